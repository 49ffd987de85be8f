// The output folder is Broadsheet's own. A build writes into a folder that is empty,
// absent, or that Broadsheet made (it holds the site marker); any other folder is the
// user's and is refused unless --force. The marker also journals the write: it says
// "pending" while files are being swapped in, and names the site's state (a hash of
// its files) once they are, so a build knows whether the state its cache recorded is
// the folder's, or must look at the folder itself (after a build was killed, or when
// another build wrote it).
import { lstatSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { BuildError } from "../errors.js";
import { faultPoint } from "./faults.js";

const markerName = ".broadsheet-site";
export const outputLockName = ".broadsheet-lock";
/** Build state inside --out, for a build without a cache folder: removed when it ends. */
export const localStateName = ".broadsheet-build";
/** What an earlier version kept in the site: the site is Broadsheet's, and these go. */
const formerNames = [".broadsheet-manifest.json", ".broadsheet-staging", ".broadsheet-records"];
/** Names in --out that are the build's own, never pages. */
export const ownNames = new Set([markerName, outputLockName, localStateName]);

const pending = "pending";

/**
 * Refuses an output folder that is not Broadsheet's to write: a file, a folder of the
 * user's (not empty, no marker) unless `force`, or one that holds the seeds, the
 * cache or the templates, which each build's clean-up would delete.
 */
export function claimOutput(folders: { out: string; seeds: string; cache: string | null; templates: string | null }, force: boolean): void {
  const out = realPath(folders.out);
  const info = lstatSync(folders.out, { throwIfNoEntry: false });
  if (info && !info.isDirectory() && !(info.isSymbolicLink() && isFolder(out))) throw new BuildError(`--out ${folders.out} is a file, not a folder`);
  const seeds = realPath(folders.seeds);
  if (seeds === out) throw new BuildError(`--out ${folders.out} is the seeds folder: the site would be read back as seeds; choose another --out`);
  for (const [name, folder] of [["seeds folder", seeds], ["cache folder", folders.cache], ["templates folder", folders.templates]] as const) {
    if (folder && within(realPath(folder), out)) throw new BuildError(`the ${name} ${folder} is inside --out ${folders.out}, which each build replaces; move one of them`);
  }
  // the theme is read whole for each build: a site or cache in it would change it with every build
  const templates = folders.templates && realPath(folders.templates);
  for (const [name, folder] of [["--out", out], ["the cache folder", folders.cache]] as const) {
    if (templates && folder && within(realPath(folder), templates)) throw new BuildError(`${name} ${folder} is inside the templates folder ${folders.templates}; move it out`);
  }
  if (!info || force) return;
  const names = readdirSync(folders.out);
  // another build started at the same moment may have made no more than its lock, half made
  const ours = names.length === 0 || names.some((name) => ownNames.has(name) || formerNames.includes(name) || halfMade(name));
  if (!ours) {
    throw new BuildError(`--out ${folders.out} is not empty and Broadsheet did not make it; choose an empty or new folder, or pass --force to let Broadsheet replace what it holds`);
  }
}

/**
 * Removes what a killed build may have left at the top of --out besides its lock: the
 * state of a build without a cache, a marker or a lock half made.
 */
export function tidyOutput(out: string): void {
  for (const name of readdirSync(out)) {
    if (name === localStateName || halfMade(name)) rmSync(join(out, name), { recursive: true, force: true });
  }
}

/** A marker or a lock being made (or a lock moved aside to be taken over): a build's own, not whole. */
function halfMade(name: string): boolean {
  return name === `${markerName}.tmp` || name.startsWith(`${outputLockName}.`);
}

/** The state the marker names: a hash of the site's files, or null while a write is pending or when there is no marker. */
export function readMarker(out: string): string | null {
  try {
    const marker = JSON.parse(readFileSync(join(out, markerName), "utf8")) as { state?: unknown };
    return typeof marker.state === "string" && marker.state !== pending ? marker.state : null;
  } catch {
    return null;
  }
}

export function markPending(out: string): void {
  writeMarker(out, pending);
}

export function markState(out: string, state: string): void {
  writeMarker(out, state);
}

/** Written beside and renamed, so the marker is always whole. */
function writeMarker(out: string, state: string): void {
  const file = join(out, markerName);
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ generator: "Broadsheet", note: "made by Broadsheet: each build replaces this folder's contents", state })}\n`);
  faultPoint("marker");
  renameSync(`${file}.tmp`, file);
}

/**
 * Every file in the site as the folder holds it, for a build that cannot trust the
 * state its cache recorded: walked without following links (a link is listed as a
 * file, so that it is removed, never followed), without the build's own names and
 * the folders in `apart`.
 */
export function siteFiles(out: string, apart: Set<string>): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (!prefix && (ownNames.has(entry.name) || apart.has(entry.name))) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else files.push(path);
    }
  };
  if (isFolder(out)) walk(out, "");
  return files;
}

/**
 * Removes a file of the site, and the folders it leaves empty, never through a link:
 * when a folder on the way is a link (or not a folder), nothing is removed.
 */
export function removeInside(out: string, path: string): boolean {
  const parts = path.split("/");
  for (let i = 1; i < parts.length; i++) {
    const info = lstatSync(join(out, ...parts.slice(0, i)), { throwIfNoEntry: false });
    if (!info?.isDirectory()) return false;
  }
  rmSync(join(out, path), { force: true, recursive: true });
  for (let i = parts.length - 1; i > 0; i--) {
    const folder = join(out, ...parts.slice(0, i));
    if (readdirSync(folder).length > 0) break;
    rmSync(folder, { recursive: true, force: true });
  }
  return true;
}

/** The real path of a folder that may not exist yet: its nearest existing parent's, resolved. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
