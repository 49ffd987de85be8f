// The data exports for research: /data/articles.ndjson (every record, newest first),
// and every quote as a row, /data/quotes.ndjson and /data/quotes.csv, with the id of
// the person the archive gives it. As large as the archive, so they are streamed to
// their files line by line, the records as stored and the quotes from the entries; not
// written at all when neither a record nor anyone's identity changed, and otherwise
// made only for the articles that did change, the others' lines copied from the last
// build's files.
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { BuildError } from "../errors.js";
import { htmlSafeJson } from "../render/json.js";
import type { ArticleEntry } from "../types.js";
import { hashOf, stageCode } from "./cache.js";
import type { Revisions } from "./fingerprint.js";
import type { StagedFile, WriteSession } from "./write.js";

const exportsUrl = "/data/";
const files = { articles: "data/articles.ndjson", quotes: "data/quotes.ndjson", csv: "data/quotes.csv" };

/** One row per quote, as DESIGN.md names the columns. */
export const quoteColumns = ["article", "date", "url", "text", "speaker", "person", "role", "cue", "addressee", "via", "paragraph"] as const;
type QuoteRow = Record<(typeof quoteColumns)[number], string | number | null>;

/** This module's code, which lays the rows out: the build's salt covers the archive's and the pages' code, not this. */
let code: string | undefined;
const exportCode = () => (code ??= stageCode(["site/data"]));

/** Kept with the pages' fingerprints: what each article put in each export, in order, for the next build to copy. */
const piecesKey = "@exports-pieces";

/**
 * `json` gives an article's full record as JSON safe beside HTML, as the record store
 * holds it; `people` the person id of each of an article's quotes, in order (null for none).
 * What an article puts in the exports depends on its record and its quotes' people
 * alone: an article whose record and people are as they were has its lines copied from
 * the files the last build wrote, a run at a time, and only the others are made.
 */
export function stageDataExports(session: WriteSession, articles: ArticleEntry[], json: (article: ArticleEntry) => Uint8Array, people: (article: ArticleEntry) => Array<string | null>, revisions: Revisions, salt: string): StagedFile[] {
  const ids = articles.map(people);
  const keys = articles.map((a, i) => `${a.file}\0${revisions.get(a) ?? ""}\0${ids[i].join(",")}`);
  const fingerprint = hashOf(salt, exportCode(), exportsUrl, ...keys);
  session.fingerprints.next.set(exportsUrl, fingerprint);
  const paths = Object.values(files);
  if (session.fingerprints.previous.get(exportsUrl) === fingerprint && paths.every((path) => session.previous.get(path) && existsSync(join(session.out, path)))) {
    session.fingerprints.next.set(piecesKey, session.fingerprints.previous.get(piecesKey) ?? "");
    return paths.map((path) => ({ path, hash: session.previous.get(path)!, written: false }));
  }
  const saltKey = hashOf(salt, piecesKey, exportCode());
  const earlier = previousPieces(session, saltKey);
  const out: ExportFile[] = [];
  const pieces: Array<[string, ...number[]]> = [];
  try {
    for (const path of paths) out.push(openExport(session, path));
    write(out[2], `${quoteColumns.join(",")}\r\n`);
    for (const [i, article] of articles.entries()) {
      const kept = earlier?.pieces.get(keys[i]);
      const lengths = kept ? kept.map(([at, length], f) => (copy(out[f], earlier!.fds[f], at, length), length)) : made(out, article, json(article), ids[i]);
      pieces.push([keys[i], ...lengths]);
    }
    for (const file of out) flush(file);
  } finally {
    for (const file of out) closeSync(file.fd);
    for (const fd of earlier?.fds ?? []) closeSync(fd);
  }
  session.fingerprints.next.set(piecesKey, JSON.stringify({ salt: saltKey, sizes: out.map((file) => file.size), pieces }));
  // what the files hold is what the fingerprint says: it names their bytes, which need no hashing of their own
  return out.map((file) => ({ path: file.path, hash: hashOf(fingerprint, file.path), written: true }));
}

/** An article's lines in each export, made anew; their lengths in bytes. */
function made(out: ExportFile[], article: ArticleEntry, record: Uint8Array, people: Array<string | null>): number[] {
  const before = out.map((file) => file.size);
  write(out[0], record);
  write(out[0], "\n");
  for (const row of quoteRows(article, people)) {
    write(out[1], `${htmlSafeJson(JSON.stringify(row))}\n`);
    write(out[2], `${quoteColumns.map((column) => csvField(row[column])).join(",")}\r\n`);
  }
  return out.map((file, f) => file.size - before[f]);
}

/**
 * Where each article's lines lie in the exports the last build wrote, open to copy from:
 * only when they were made with the same settings and code, and each file is as long as
 * that build left it (a file edited or cut since is not copied from).
 */
function previousPieces(session: WriteSession, saltKey: string): { pieces: Map<string, Array<[number, number]>>; fds: number[] } | null {
  let noted: { salt: string; sizes: number[]; pieces: Array<[string, ...number[]]> };
  try {
    noted = JSON.parse(session.fingerprints.previous.get(piecesKey) ?? "null") as typeof noted;
  } catch {
    return null;
  }
  const paths = Object.values(files);
  if (!noted || noted.salt !== saltKey || !Array.isArray(noted.sizes) || !Array.isArray(noted.pieces) || !paths.every((path) => session.previous.has(path))) return null;
  const pieces = new Map<string, Array<[number, number]>>();
  const at = [0, 0, quoteColumns.join(",").length + 2];
  for (const piece of noted.pieces) {
    if (!Array.isArray(piece)) return null;
    const [key, ...lengths] = piece;
    if (typeof key !== "string" || lengths.length !== paths.length || !lengths.every((n) => Number.isInteger(n) && n >= 0)) return null;
    pieces.set(key, lengths.map((length, f) => [at[f], length]));
    lengths.forEach((length, f) => (at[f] += length));
  }
  if (!at.every((end, f) => end === noted.sizes[f])) return null;
  const fds: number[] = [];
  for (const [f, path] of paths.entries()) {
    const fd = openIfThere(join(session.out, path));
    if (fd !== null) fds.push(fd);
    if (fd === null || fstatSync(fd).size !== noted.sizes[f]) {
      for (const open of fds) closeSync(open);
      return null;
    }
  }
  return { pieces, fds };
}

/** A plain file's descriptor; null for none, or for anything else put there (a FIFO, which a plain open would wait on for ever). */
function openIfThere(file: string): number | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  if (fstatSync(fd).isFile()) return fd;
  closeSync(fd);
  return null;
}

interface ExportFile {
  path: string;
  fd: number;
  /** Bytes written or waiting to be. */
  size: number;
  /** Lines not yet written: a write per line would be a system call per quote. */
  pending: Uint8Array[];
  pendingLength: number;
  /** Bytes of the last build's file still to copy, as one run: consecutive pieces are one read and one write. */
  run: { fd: number; at: number; length: number } | null;
}

/** Bytes held back before they are written. */
const flushAt = 1 << 20;

function openExport(session: WriteSession, path: string): ExportFile {
  const file = join(session.staging, path);
  mkdirSync(dirname(file), { recursive: true });
  return { path, fd: openSync(file, "w"), size: 0, pending: [], pendingLength: 0, run: null };
}

function write(file: ExportFile, chunk: string | Uint8Array): void {
  copyRun(file);
  const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  file.pending.push(bytes);
  file.pendingLength += bytes.length;
  file.size += bytes.length;
  if (file.pendingLength >= flushAt) flush(file);
}

/** Copies `length` bytes at `at` of the last build's file: joined to the run waiting, when they follow it. */
function copy(file: ExportFile, from: number, at: number, length: number): void {
  if (file.run && file.run.at + file.run.length === at) file.run.length += length;
  else {
    copyRun(file);
    file.run = { fd: from, at, length };
  }
  file.size += length;
}

function copyRun(file: ExportFile): void {
  const run = file.run;
  if (!run) return;
  file.run = null;
  flush(file);
  const buffer = Buffer.allocUnsafe(Math.min(run.length, flushAt));
  for (let done = 0; done < run.length; ) {
    const read = readSync(run.fd, buffer, 0, Math.min(buffer.length, run.length - done), run.at + done);
    if (read === 0) throw new BuildError(`${file.path} in the site was cut short while the build copied from it; build again`);
    for (let written = 0; written < read; ) written += writeSync(file.fd, buffer, written, read - written);
    done += read;
  }
}

function flush(file: ExportFile): void {
  copyRun(file);
  if (file.pending.length === 0) return;
  const bytes = Buffer.concat(file.pending);
  file.pending = [];
  file.pendingLength = 0;
  for (let written = 0; written < bytes.length; ) written += writeSync(file.fd, bytes, written);
}

/** An article's quotes as rows, from its entry: the record itself is not parsed again. */
function quoteRows(article: ArticleEntry, people: Array<string | null>): QuoteRow[] {
  return article.quotes.map((quote, i) => ({
    article: article.id,
    date: article.date,
    url: article.url,
    text: quote.text,
    speaker: quote.speaker,
    person: people[i] ?? null,
    role: quote.role,
    cue: quote.cue,
    addressee: quote.addressee,
    via: quote.via,
    paragraph: quote.paragraph,
  }));
}

/**
 * RFC 4180: a field with a comma, a quotation mark or a line break is quoted, its quotation
 * marks doubled; null is empty. A text that a spreadsheet would run as a formula ("=HYPERLINK(...)",
 * "+1", "@SUM") starts with an apostrophe, as OWASP advises; quotes.ndjson keeps it as given.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
