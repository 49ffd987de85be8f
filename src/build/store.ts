// The record store. Each seed's record is kept as a line of JSON in one append-only
// file, the pack; in memory the store keeps only where each record lies and its entry
// (the record without its story). The archive and the listings work from entries; an
// article page, the search index, the feeds and the data export read a full record
// back when they need it, so a build's memory does not grow with the archive's text.
//
// In the cache folder the store is the incremental cache: records by the hash of their
// seed's bytes, kept between builds, one build at a time. Without a cache (or while
// another build holds it) it is a folder inside --out that the build removes when it ends.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ArticleEntry } from "../types.js";

const indexName = "records.v8";
const lockName = "lock";
/** What an earlier cache layout kept, removed when this one is saved. */
const formerFiles = ["seeds.v8"];

/** Where a record lies in a pack. */
export interface StoredRecord {
  pack: string;
  at: number;
  /** In bytes, without the line's newline. */
  length: number;
}

export interface StoreItem {
  /** The hash of the seed's bytes the record was parsed from. */
  hash: string;
  at: number;
  length: number;
  /** The record's entry: plain data, kept as it is in the saved index too. */
  entry: ArticleEntry;
}

export interface RecordStore {
  folder: string;
  /** Removed when the build ends: a build without a cache. */
  temporary: boolean;
  key: string;
  /** The pack's path. */
  pack: string;
  fd: number;
  size: number;
  items: Map<string, StoreItem>;
  /** Whether a record was added or dropped since the store was opened: an unchanged cache is not saved again. */
  changed: boolean;
}

interface SavedIndex {
  key: string;
  pack: string;
  items: Array<[string, StoreItem]>;
}

/**
 * The store in `folder`: what a build with the same key saved there, or a new empty one.
 * A cache serves one build at a time (two would append over each other): null when
 * another build holds it.
 */
export function openStore(folder: string, key: string, temporary: boolean): RecordStore | null {
  mkdirSync(folder, { recursive: true });
  if (!temporary && !lock(folder)) return null;
  const saved = temporary ? null : readIndex(folder, key);
  if (saved && existsSync(join(folder, saved.pack))) {
    const pack = join(folder, saved.pack);
    const fd = openSync(pack, "r+");
    return { folder, temporary, key, pack, fd, size: fstatSync(fd).size, items: new Map(saved.items), changed: false };
  }
  const pack = join(folder, "records-1.ndjson");
  return { folder, temporary, key, pack, fd: openSync(pack, "w+"), size: 0, items: new Map(), changed: true };
}

/** Takes the cache's lock, unless a running build holds it; a lock left by a build that died is taken over. */
function lock(folder: string): boolean {
  const file = join(folder, lockName);
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
    return true;
  } catch {
    if (running(Number(readFileSync(file, "utf8")))) return false;
    writeFileSync(file, String(process.pid));
    return true;
  }
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readIndex(folder: string, key: string): SavedIndex | null {
  try {
    const index = deserialize(readFileSync(join(folder, indexName))) as SavedIndex;
    return index.key === key ? index : null;
  } catch {
    return null;
  }
}

/** Adds a seed's record at the pack's end; a record it replaces stays behind as garbage until the store is compacted. */
export function addRecord(store: RecordStore, file: string, hash: string, json: string, entry: ArticleEntry): void {
  const bytes = Buffer.from(`${json}\n`);
  writeSync(store.fd, bytes, 0, bytes.length, store.size);
  store.items.set(file, { hash, at: store.size, length: bytes.length - 1, entry });
  store.size += bytes.length;
  store.changed = true;
}

/** Forgets a seed's record: the seed is gone, or could not be parsed. */
export function dropRecord(store: RecordStore, file: string): void {
  if (store.items.delete(file)) store.changed = true;
}

export function storedRecord(store: RecordStore, file: string): StoredRecord {
  const item = store.items.get(file);
  if (!item) throw new Error(`no record stored for ${file}`);
  return { pack: store.pack, at: item.at, length: item.length };
}

/** A record's JSON, read from a pack open as `fd`. */
export function readRecord(fd: number, record: StoredRecord): string {
  return readBytes(fd, record).toString("utf8");
}

function readBytes(fd: number, record: StoredRecord): Buffer {
  const buffer = Buffer.allocUnsafe(record.length);
  let read = 0;
  while (read < record.length) {
    const n = readSync(fd, buffer, read, record.length - read, record.at + read);
    if (n === 0) throw new Error(`the record store ${record.pack} ends before a record it lists`);
    read += n;
  }
  return buffer.subarray(0, record.length);
}

/** Opens a pack for the length of `use`: for threads that do not hold the store. */
export function withPack<T>(pack: string, use: (fd: number) => T): T {
  const fd = openSync(pack, "r");
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Ends a build's use of the store. A temporary store is removed; a cache is saved,
 * its pack first compacted when garbage outweighs the records. The index is written
 * beside and renamed, and a compacted pack gets a new name, so a build stopped
 * half-way leaves the previous index and the pack it names intact.
 */
export function closeStore(store: RecordStore, save: boolean): void {
  if (store.temporary) {
    closeSync(store.fd);
    rmSync(store.folder, { recursive: true, force: true });
    return;
  }
  try {
    if (save && store.changed) saveStore(store);
  } finally {
    closeSync(store.fd);
    rmSync(join(store.folder, lockName), { force: true });
  }
}

function saveStore(store: RecordStore): void {
  const previousPack = store.pack;
  if (garbage(store) > Math.max(live(store), 1 << 20)) compact(store);
  const index: SavedIndex = { key: store.key, pack: basename(store.pack), items: [...store.items] };
  const file = join(store.folder, indexName);
  writeFileSync(`${file}.tmp`, serialize(index));
  renameSync(`${file}.tmp`, file);
  if (previousPack !== store.pack) rmSync(previousPack, { force: true });
  for (const name of formerFiles) rmSync(join(store.folder, name), { force: true });
}

function live(store: RecordStore): number {
  let bytes = 0;
  for (const item of store.items.values()) bytes += item.length + 1;
  return bytes;
}

function garbage(store: RecordStore): number {
  return store.size - live(store);
}

/** Copies the live records, in file order, to a pack of the next number. */
function compact(store: RecordStore): void {
  const number = Number(/records-(\d+)\.ndjson$/.exec(store.pack)?.[1] ?? 0) + 1;
  const pack = join(store.folder, `records-${number}.ndjson`);
  const fd = openSync(pack, "w+");
  let size = 0;
  for (const file of [...store.items.keys()].sort()) {
    const item = store.items.get(file)!;
    writeSync(fd, readBytes(store.fd, { pack: store.pack, at: item.at, length: item.length }), 0, item.length, size);
    writeSync(fd, "\n", size + item.length);
    store.items.set(file, { ...item, at: size });
    size += item.length + 1;
  }
  closeSync(store.fd);
  Object.assign(store, { pack, fd, size });
}
