// The write stage. Files go to a staging folder inside --out first; only when the
// whole site is rendered are they moved into place, so a failed build leaves the
// previous site as it was. A file whose bytes did not change is not written at all,
// and files the previous build wrote but this one did not are removed.
import { createHash } from "node:crypto";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { mkdir, readFile, rm, rmdir } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import { compareCodePoints } from "../order.js";

const manifestName = ".broadsheet-manifest.json";
const stagingName = ".broadsheet-staging";

export interface WriteTarget {
  out: string;
  staging: string;
  /** Path to content hash, as the previous build left them. */
  previous: Map<string, string>;
}

export interface WriteSession extends WriteTarget {
  next: Map<string, string>;
  staged: string[];
  /** What each page of the folder was made from, by URL: the previous build's, then this one's. */
  fingerprints: { previous: Map<string, string>; next: Map<string, string> };
  /** Each search shard's fingerprint, likewise. */
  search: { previous: Record<string, string>; next: Record<string, string> };
}

export interface StagedFile {
  path: string;
  hash: string;
  written: boolean;
}

export interface WriteSummary {
  files: number;
  written: number;
  removed: number;
}

export async function startWrite(out: string): Promise<WriteSession> {
  const staging = join(out, stagingName);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const manifest = await readManifest(out);
  return {
    out,
    staging,
    previous: new Map(Object.entries(manifest.files)),
    next: new Map(),
    staged: [],
    fingerprints: { previous: new Map(Object.entries(manifest.pages)), next: new Map() },
    search: { previous: manifest.search, next: {} },
  };
}

/** Folders made in each staging tree, so each is made once rather than once a file. */
const madeFolders = new WeakMap<WriteTarget, Set<string>>();

/** A path that stays inside the output folder: relative, with no ".." part. */
export function isInside(path: string): boolean {
  return path !== "" && !isAbsolute(path) && !path.split(/[\\/]/).includes("..");
}

/** Hashes a file and stages it unless the previous build left the same bytes. Safe in any thread. */
export function stageContent(target: WriteTarget, path: string, content: string | Uint8Array): StagedFile {
  if (!isInside(path)) throw new Error(`refusing to write outside the output folder: ${path}`);
  const hash = createHash("sha256").update(content).digest("hex");
  if (target.previous.get(path) === hash && existsSync(join(target.out, path))) return { path, hash, written: false };
  const file = join(target.staging, path);
  let made = madeFolders.get(target);
  if (!made) madeFolders.set(target, (made = new Set()));
  const folder = dirname(file);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(file, content);
  return { path, hash, written: true };
}

/** Notes a file staged here or by a worker; two pages wanting one file is a bug in the page list. */
export function recordStaged(session: WriteSession, file: StagedFile): void {
  if (session.next.has(file.path)) throw new Error(`two pages want the same file: ${file.path}`);
  session.next.set(file.path, file.hash);
  if (file.written) session.staged.push(file.path);
}

export function stageFile(session: WriteSession, path: string, content: string | Uint8Array): void {
  recordStaged(session, stageContent(session, path, content));
}

export async function commitWrite(session: WriteSession): Promise<WriteSummary> {
  moveInto(session.staging, session.out);
  let removed = 0;
  for (const path of session.previous.keys()) {
    // a manifest is a file anyone can edit: never remove outside the folder on its word
    if (session.next.has(path) || !isInside(path)) continue;
    await rm(join(session.out, path), { force: true });
    await removeEmptyParents(session.out, dirname(path));
    removed++;
  }
  writeManifest(join(session.out, manifestName), { files: session.next, pages: session.fingerprints.next, search: new Map(Object.entries(session.search.next)) });
  await rm(session.staging, { recursive: true, force: true });
  return { files: session.next.size, written: session.staged.length, removed };
}

export async function abortWrite(session: WriteSession): Promise<void> {
  await rm(session.staging, { recursive: true, force: true });
}

/** The state of an output folder: each file's hash, each page's fingerprint, the search index's. */
interface Manifest {
  files: Record<string, string>;
  pages: Record<string, string>;
  search: Record<string, string>;
}

async function readManifest(out: string): Promise<Manifest> {
  try {
    const manifest = JSON.parse(await readFile(join(out, manifestName), "utf8")) as Partial<Manifest>;
    const search = typeof manifest.search === "object" && manifest.search !== null ? manifest.search : {};
    return { files: manifest.files ?? {}, pages: manifest.pages ?? {}, search };
  } catch {
    return { files: {}, pages: {}, search: {} };
  }
}

/** Entries written at once: a large site's manifest is never one string in memory. */
const manifestChunk = 5000;

/**
 * Writes the manifest as JSON, each map as an object in key order, a chunk of entries
 * at a time: at 100,000 articles the maps hold 400,000 entries, and the whole JSON
 * built at once made the last peak of the build's memory.
 */
export function writeManifest(file: string, sections: Record<keyof Manifest, Map<string, string>>): void {
  const fd = openSync(file, "w");
  try {
    Object.entries(sections).forEach(([name, map], i) => {
      writeSync(fd, `${i === 0 ? "{" : ","}${JSON.stringify(name)}:{`);
      const keys = [...map.keys()].sort(compareCodePoints);
      for (let k = 0; k < keys.length; k += manifestChunk) {
        const entries = keys.slice(k, k + manifestChunk).map((key) => `${JSON.stringify(key)}:${JSON.stringify(map.get(key))}`);
        writeSync(fd, `${k === 0 ? "" : ","}${entries.join(",")}`);
      }
      writeSync(fd, "}");
    });
    writeSync(fd, "}");
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves the staged tree into the site: a folder the site lacks moves whole, in one
 * rename, so a first build costs a few renames rather than one per file.
 */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory() && existing?.isDirectory()) {
      moveInto(source, target);
      continue;
    }
    if (existing && (entry.isDirectory() || existing.isDirectory())) rmSync(target, { recursive: true, force: true });
    renameSync(source, target);
  }
}

async function removeEmptyParents(out: string, dir: string): Promise<void> {
  for (let d = dir; d !== "." && d !== ""; d = dirname(d)) {
    try {
      await rmdir(join(out, d));
    } catch {
      return;
    }
  }
}
