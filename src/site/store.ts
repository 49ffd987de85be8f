// The record store. Each seed's record is kept as a line of JSON in one append-only
// file, the pack; in memory the store keeps only where each record lies and its entry
// (the record without its story). The archive and the listings work from entries; an
// article page, the search index, the feeds and the data export read a full record
// back when they need it, so a build's memory does not grow with the archive's text.
//
// In the cache folder the store is the incremental cache: records by the hash of their
// seed's bytes, kept between builds (one build at a time: the build holds the cache's
// lock). Without a cache it is a folder of the build's state that the build removes
// when it ends. A cache is a file anyone can truncate or edit: the index carries a
// checksum of itself and of each record, a damaged index is dropped whole and a damaged
// record alone, each said in `damage`, and their seeds are parsed again.
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { BuildError, writing } from "../errors.js";
import { htmlSafeJson } from "../render/json.js";
import { chunk } from "../chunk.js";
import type { ArticleEntry, ArticleRecord } from "../types.js";
import { filePart, readAt, readParts, writeParts } from "./parts.js";
import { shareRepeated } from "./share-repeated.js";

const indexName = "index.v8";
const packName = /^records-\d+\.ndjson$/;
/** What an earlier cache layout kept, removed when this one is saved. */
const formerFiles = ["seeds.v8", "records.v8"];

/** Where a record lies in a pack. */
export interface StoredRecord {
  pack: string;
  at: number;
  /** In bytes, without the line's newline. */
  length: number;
  /** The checksum of its bytes. */
  sum: string;
}

export interface StoreItem {
  /** The hash of the seed's bytes the record was parsed from. */
  hash: string;
  /** The seed's stamp (read/seeds.ts, seedStamp) when its bytes last had that hash: while it is the same, the seed is not read. */
  stamp?: string;
  at: number;
  length: number;
  sum: string;
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
  /** What was found damaged in the saved cache, and not used; null when nothing was. */
  damage: string | null;
  /** The saved index's parts of items, as read: a part whose items are as they were is copied, not serialized, when the index is saved again. */
  saved: SavedParts | null;
  /** Seeds whose item was added or changed since the store was opened. */
  touched: Set<string>;
  /** Makes an entry share what the entries before it repeat (share-repeated.ts). */
  share: (entry: ArticleEntry) => void;
  /** Whether the entries read from the saved index share nothing yet: see shareStored. */
  unshared: boolean;
}

interface SavedParts {
  /** The saved index, open: it is replaced by a rename, so these bytes stay as they were read. */
  fd: number;
  parts: Array<{ at: number; length: number; files: string[] }>;
}

/**
 * The saved index, as parts: its head, then its items a few thousand at a time. Each
 * part is its length, its checksum and its v8 serialization, so that neither reading
 * nor saving a large archive's index holds all its bytes at once beside its data.
 */
interface IndexHead {
  key: string;
  pack: string;
  /** The pack's size and change time when the index was saved: a pack that differs has each record checked. */
  packSize: number;
  packTime: number;
  /** How many parts of items follow: an index cut short at a part's end is damaged too. */
  parts: number;
}

interface SavedIndex extends IndexHead {
  items: Array<[string, StoreItem]>;
  saved: SavedParts;
}

const itemsPerPart = 1000;

/** The store in `folder`: what a build with the same key saved there (less what is damaged), or a new empty one. */
export function openStore(folder: string, key: string, temporary: boolean): RecordStore {
  writing(folder, () => mkdirSync(folder, { recursive: true }));
  const share = shareRepeated();
  const saved = temporary ? null : readIndex(folder, key);
  const found = saved && "index" in saved ? saved.index : null;
  // the index names its pack: a name of ours, never a path the index could point anywhere with
  const index = found && packName.test(found.pack) ? found : null;
  const damage = saved && "damage" in saved ? saved.damage : found && !index ? `its index ${join(folder, indexName)} names a pack that is not its own; every seed is parsed again` : null;
  if (index && existsSync(join(folder, index.pack))) {
    const pack = join(folder, index.pack);
    let fd: number | null = null;
    try {
      fd = openSync(pack, "r+");
      const store: RecordStore = { folder, temporary, key, pack, fd, size: fstatSync(fd).size, items: new Map(index.items), changed: false, damage, saved: index.saved, touched: new Set(), share, unshared: true };
      checkRecords(store, index);
      return store;
    } catch (error) {
      if (fd !== null) closeSync(fd);
      closeSync(index.saved.fd);
      throw error;
    }
  }
  if (found) closeSync(found.saved.fd);
  const pack = join(folder, "records-1.ndjson");
  return { folder, temporary, key, pack, fd: writing(pack, () => openSync(pack, "w+")), size: 0, items: new Map(), changed: true, damage, saved: null, touched: new Set(), share, unshared: false };
}

/** The saved index under `key`; null when there is none (or another version's), or why it cannot be used. */
function readIndex(folder: string, key: string): { index: SavedIndex } | { damage: string } | null {
  let fd: number;
  try {
    fd = openSync(join(folder, indexName), "r");
  } catch {
    return null;
  }
  const damaged = { damage: `its index ${join(folder, indexName)} is damaged; every seed is parsed again` };
  let kept = false;
  try {
    const parts = readParts(fd);
    const head = parts.next().value;
    if (!head) return damaged;
    const saved = deserialize(head.payload) as IndexHead;
    if (saved.key !== key) return null;
    const items: Array<[string, StoreItem]> = [];
    const read: SavedParts = { fd, parts: [] };
    for (const part of parts) {
      if (!part) return damaged;
      const partItems = deserialize(part.payload) as Array<[string, StoreItem]>;
      for (const item of partItems) items.push(item);
      read.parts.push({ at: part.at, length: part.length, files: partItems.map(([file]) => file) });
    }
    if (read.parts.length !== saved.parts) return damaged;
    kept = true;
    return { index: { ...saved, items, saved: read } };
  } catch {
    return damaged;
  } finally {
    if (!kept) closeSync(fd);
  }
}

/**
 * Drops the records the pack no longer holds as they were saved: cut short, or
 * edited. Each record is read back and checked only when the pack is not as the
 * index left it (its size or change time differ: any write, and any setting of its
 * times, changes the latter), so an untouched cache costs nothing.
 */
function checkRecords(store: RecordStore, index: SavedIndex): void {
  const info = fstatSync(store.fd);
  if (info.size === index.packSize && info.ctimeMs === index.packTime) return;
  let dropped = 0;
  for (const [file, item] of store.items) {
    if (item.at + item.length <= store.size && sumOf(readBytes(store.fd, { ...item, pack: store.pack })) === item.sum) continue;
    store.items.delete(file);
    dropped++;
  }
  // saved again, so that the next build finds the pack as the index says
  store.changed = true;
  if (dropped > 0) {
    store.damage = `${dropped} of its records in ${store.pack} do not match their checksums (the pack was cut short or edited); their seeds are parsed again`;
  }
}

function sumOf(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/** Adds a seed's record at the pack's end; a record it replaces stays behind as garbage until the store is compacted. */
export function addRecord(store: RecordStore, file: string, hash: string, json: string, entry: ArticleEntry): void {
  store.share(entry);
  // safe beside HTML as stored, so that the data export copies its bytes as they are
  const bytes = Buffer.from(`${htmlSafeJson(json)}\n`);
  writing(store.pack, () => writeSync(store.fd, bytes, 0, bytes.length, store.size));
  store.items.set(file, { hash, at: store.size, length: bytes.length - 1, sum: sumOf(bytes.subarray(0, bytes.length - 1)), entry });
  store.size += bytes.length;
  store.changed = true;
  touch(store, file);
}

/**
 * Makes the entries read from the saved index share what they repeat, as parsed ones do
 * when they are added: once, and only in a build that goes on to make pages, since one
 * that leaves the site as it is holds them for a moment only.
 */
export function shareStored(store: RecordStore): void {
  if (!store.unshared) return;
  for (const item of store.items.values()) store.share(item.entry);
  store.unshared = false;
}

/** Notes the stamp of a seed whose bytes its record was made from, now or before. */
export function stampRecord(store: RecordStore, file: string, stamp: string | null): void {
  const item = store.items.get(file);
  if (!item || item.stamp === (stamp ?? undefined)) return;
  if (stamp === null) delete item.stamp;
  else item.stamp = stamp;
  store.changed = true;
  touch(store, file);
}

/** Notes that a seed's item changed, where a saved part may hold it as it was. */
function touch(store: RecordStore, file: string): void {
  if (store.saved) store.touched.add(file);
}

/** Forgets a seed's record: the seed is gone, or could not be parsed. */
export function dropRecord(store: RecordStore, file: string): void {
  if (store.items.delete(file)) store.changed = true;
}

export function storedRecord(store: RecordStore, file: string): StoredRecord {
  const item = store.items.get(file);
  if (!item) throw new Error(`no record stored for ${file}`);
  return { pack: store.pack, at: item.at, length: item.length, sum: item.sum };
}

/** A record's JSON, read from a pack open as `fd`; one changed since the build began is an error, never a page. */
export function readRecord(fd: number, record: StoredRecord): string {
  const bytes = readBytes(fd, record);
  if (sumOf(bytes) !== record.sum) throw new BuildError(`the cache's pack ${record.pack} changed while the build read it; build again`);
  return bytes.toString("utf8");
}

function readBytes(fd: number, record: StoredRecord): Buffer {
  const bytes = readAt(fd, record.at, record.length);
  if (!bytes) throw new Error(`the record store ${record.pack} ends before a record it lists`);
  return bytes;
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
    if (store.saved) closeSync(store.saved.fd);
  }
}

function saveStore(store: RecordStore): void {
  const previousPack = store.pack;
  if (garbage(store) > Math.max(live(store), 1 << 20)) compact(store);
  const pack = fstatSync(store.fd);
  const items = chunk([...store.items], itemsPerPart);
  const head: IndexHead = { key: store.key, pack: basename(store.pack), packSize: pack.size, packTime: pack.ctimeMs, parts: items.length };
  // a part at a time: copied as it was saved, or serialized, written and let go
  function* parts(): Generator<Uint8Array> {
    yield filePart(serialize(head));
    for (const [i, part] of items.entries()) {
      const saved = store.saved?.parts[i];
      const copied = saved && unchangedPart(store, part, saved.files) ? readAt(store.saved!.fd, saved.at, saved.length) : null;
      yield copied ?? filePart(serialize(part));
    }
  }
  writeParts(join(store.folder, indexName), parts());
  if (previousPack !== store.pack) rmSync(previousPack, { force: true });
  for (const name of formerFiles) rmSync(join(store.folder, name), { force: true });
}

/** Whether a part holds the items a saved part held, in its order, none of them changed since. */
function unchangedPart(store: RecordStore, part: Array<[string, StoreItem]>, files: string[]): boolean {
  return part.length === files.length && part.every(([file], i) => file === files[i] && !store.touched.has(file));
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
    writeSync(fd, readBytes(store.fd, { ...item, pack: store.pack }), 0, item.length, size);
    writeSync(fd, "\n", size + item.length);
    store.items.set(file, { ...item, at: size });
    touch(store, file);
    size += item.length + 1;
  }
  closeSync(store.fd);
  Object.assign(store, { pack, fd, size });
}

/** An article's full record, as the archive named it: its id, slug and URL over the parser's. */
export function articleRecord(store: RecordStore, article: ArticleEntry): ArticleRecord {
  const record = JSON.parse(readRecord(store.fd, storedRecord(store, article.file))) as ArticleRecord;
  return { ...record, id: article.id, slug: article.slug, url: article.url };
}

/** A record's JSON for the data export, safe beside HTML: its bytes as stored, unless the archive renamed the article. */
export function recordBytes(store: RecordStore, article: ArticleEntry, parsedEntries: ReadonlySet<ArticleEntry>): Uint8Array {
  return parsedEntries.has(article) ? readBytes(store.fd, storedRecord(store, article.file)) : Buffer.from(htmlSafeJson(JSON.stringify(articleRecord(store, article))));
}
