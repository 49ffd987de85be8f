// The write stage. Files go to a staging folder in the build's state folder first;
// only when the whole site is rendered are they moved into place, each file or new
// folder by one rename, so every live file is always either its old or its new
// version, and a failed build leaves the previous site as it was. A file whose bytes
// did not change is not written at all, and files the previous build wrote but this
// one did not are removed. What the site holds is kept in a manifest in the state
// folder (in the cache), trusted only when the site's marker names the same state
// (output.ts); otherwise the folder itself is looked at, and every file rewritten.
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { chunk } from "../chunk.js";
import { writing } from "../errors.js";
import { byKey, compareCodePoints } from "../order.js";
import { faultPoint } from "./faults.js";
import { markPending, markState, ownNames, readMarker, removeInside, siteFiles } from "./output.js";
import { filePart, readParts, writeParts } from "./parts.js";

const manifestName = "manifest.v8";
/** What an earlier layout kept, removed when this one is saved. */
const formerManifest = "manifest.json";
/** Search indexes are kept by folder name, not listed file by file (search.ts). */
export const searchFolder = "pagefind";

export interface WriteTarget {
  out: string;
  staging: string;
  /** Path to content hash, as the previous build left them; "" where the hash is not known. */
  previous: Map<string, string>;
}

export interface WriteSession extends WriteTarget {
  /** Where the manifest is kept between builds; null keeps none. */
  manifest: string | null;
  next: Map<string, string>;
  staged: string[];
  /** What each page of the folder was made from, by URL: the previous build's, then this one's. */
  fingerprints: { previous: Map<string, string>; next: Map<string, string> };
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

export interface WriteOptions {
  out: string;
  /** The build's state folder: the staging tree, and the manifest when `keep`. */
  state: string;
  /** Whether the manifest is kept in the state folder for the next build. */
  keep: boolean;
  /** Trust nothing recorded: render and write every file (--no-cache). */
  fresh: boolean;
}

export function startWrite(options: WriteOptions): WriteSession {
  const staging = join(options.state, "staging");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const manifestFile = options.keep ? join(options.state, manifestName) : null;
  const manifest = manifestFile && !options.fresh ? readManifest(manifestFile) : null;
  const trusted = manifest !== null && manifest.state === readMarker(options.out);
  return {
    out: options.out,
    staging,
    manifest: manifestFile,
    previous: trusted ? manifest.files : new Map(siteFiles(options.out, new Set([searchFolder])).map((path) => [path, ""])),
    next: new Map(),
    staged: [],
    fingerprints: { previous: trusted ? manifest.pages : new Map(), next: new Map() },
  };
}

/** Folders made in each staging tree, so each is made once rather than once a file. */
const madeFolders = new WeakMap<WriteTarget, Set<string>>();

/** A path of a page inside the output folder: relative, with no "..", "." or empty part, and none of the build's own names. */
function isInside(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return !isAbsolute(path) && !ownNames.has(parts[0]) && parts.every((part) => part !== "" && part !== "." && part !== "..");
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
  writing(file, () => {
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, content);
  });
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

/**
 * Swaps the staged site in: the marker says "pending", staged files and folders are
 * moved into place, files no longer made are removed, and so are the search indexes
 * not in `searchIndexes` (all of them when null); then the manifest, and the marker
 * naming the new state. A build killed anywhere in between leaves the marker saying
 * "pending", so the next one looks at the folder itself.
 */
export function commitWrite(session: WriteSession, searchIndexes: Set<string> | null): WriteSummary {
  markPending(session.out);
  const replaced = moveInto(session.staging, session.out);
  let removed = 0;
  for (const path of session.previous.keys()) {
    // a manifest is a file anyone can edit: never remove outside the folder on its word
    if (session.next.has(path) || !isInside(path)) continue;
    if (removeInside(session.out, path)) removed++;
    faultPoint("remove");
  }
  pruneSearch(session.out, searchIndexes);
  // in path order: the state hashes them so
  const files = new Map([...session.next].sort(byKey));
  const state = siteState(files, searchIndexes);
  if (session.manifest) writeManifest(session.manifest, { state, files, pages: session.fingerprints.next });
  // a link or file where the site has a folder went with what it held: the marker stays pending, so the next build looks at the folder
  if (!replaced) markState(session.out, state);
  rmSync(session.staging, { recursive: true, force: true });
  return { files: session.next.size, written: session.staged.length, removed };
}

export function abortWrite(session: WriteSession): void {
  rmSync(session.staging, { recursive: true, force: true });
}

/** Search index folders not wanted go: an older index, or one a killed build moved in. */
function pruneSearch(out: string, wanted: Set<string> | null): void {
  const folder = join(out, searchFolder);
  const info = lstatSync(folder, { throwIfNoEntry: false });
  if (!info) return;
  if (!wanted || !info.isDirectory()) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  for (const name of readdirSync(folder)) if (!wanted.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
}

/** The site's state in one hash: its files (in path order) and their bytes, and its search indexes. Equal sites, equal states. */
function siteState(files: Map<string, string>, searchIndexes: Set<string> | null): string {
  const hash = createHash("sha256");
  for (const [path, bytes] of files) hash.update(`${path}\0${bytes}\0`);
  for (const name of [...(searchIndexes ?? [])].sort(compareCodePoints)) hash.update(`${searchFolder}/${name}\0`);
  return hash.digest("hex");
}

/** What an output folder was made of, as its last build left it. */
export interface Manifest {
  /** The marker's state when the build wrote this manifest. */
  state: string;
  /** Each file by its path, to its hash. */
  files: Map<string, string>;
  /** What made each page, by URL (and what else a build notes, under names no URL has). */
  pages: Map<string, string>;
}

/** Entries a part: at 100,000 articles the maps hold 400,000. */
const entriesPerPart = 5000;

/**
 * The manifest as a file of parts (parts.ts): its head (the state, and how many parts
 * each map has), then each map's entries in the map's order (a build's is the same for
 * the same site), a part at a time, each part's keys and values in one flat list.
 */
export function writeManifest(file: string, manifest: Manifest): void {
  const maps = [manifest.files, manifest.pages].map((map) => ({ map, parts: chunk([...map.keys()], entriesPerPart) }));
  function* parts(): Generator<Uint8Array> {
    yield filePart(serialize({ state: manifest.state, parts: maps.map(({ parts }) => parts.length) }));
    for (const { map, parts } of maps) for (const keys of parts) yield filePart(serialize(keys.flatMap((key) => [key, map.get(key)])));
  }
  writeParts(file, parts(), "manifest");
  rmSync(join(dirname(file), formerManifest), { force: true });
}

/** The manifest, or null when it is missing or not whole: a damaged file is not trusted. */
export function readManifest(file: string): Manifest | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const parts = readParts(fd);
    const first = parts.next().value;
    if (!first) return null;
    const head = deserialize(first.payload) as { state: unknown; parts: unknown };
    if (typeof head.state !== "string" || !Array.isArray(head.parts) || head.parts.length !== 2 || !head.parts.every(Number.isInteger)) return null;
    const [files, pages] = (head.parts as number[]).map((count) => readMap(parts, count));
    return files && pages && parts.next().done ? { state: head.state, files, pages } : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** A map of `count` parts, each a flat list of text keys and values; null where one is missing or not so. */
function readMap(parts: ReturnType<typeof readParts>, count: number): Map<string, string> | null {
  const map = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const part = parts.next().value;
    const flat = part ? (deserialize(part.payload) as unknown) : null;
    if (!Array.isArray(flat) || flat.length % 2 !== 0) return null;
    for (let k = 0; k < flat.length; k += 2) {
      const key: unknown = flat[k];
      const value: unknown = flat[k + 1];
      if (typeof key !== "string" || typeof value !== "string") return null;
      map.set(key, value);
    }
  }
  return map;
}

/**
 * Moves the staged tree into the site: a folder the site lacks moves whole, in one
 * rename, so a first build costs a few renames rather than one per file. Never
 * through a link: a link (or a file) where a folder is staged is replaced by the
 * folder, and then true is returned, since what it held is gone.
 */
function moveInto(from: string, to: string): boolean {
  let replaced = false;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory() && existing?.isDirectory()) {
      replaced = moveInto(source, target) || replaced;
      continue;
    }
    if (existing && (entry.isDirectory() || existing.isDirectory())) {
      replaced ||= entry.isDirectory();
      rmSync(target, { recursive: true, force: true });
    }
    writing(target, () => move(source, target));
    faultPoint("move");
  }
  return replaced;
}

/**
 * One rename; where the cache and the site are on different file systems, a copy
 * beside the target first, then the rename, so the target is still never half made.
 */
function move(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    const part = `${target}.broadsheet-part`;
    rmSync(part, { recursive: true, force: true });
    if (lstatSync(source).isDirectory()) cpSync(source, part, { recursive: true });
    else copyFileSync(source, part);
    renameSync(part, target);
  }
}
