// The data exports for research: /data/articles.ndjson (every record, newest first),
// and every quote as a row, /data/quotes.ndjson and /data/quotes.csv, with the id of
// the person the archive gives it. As large as the archive, so they are streamed to
// their files line by line, the records as stored and the quotes from the entries, and
// not written at all when neither a record nor anyone's identity changed.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { htmlSafeJson } from "../render/json.js";
import type { ArticleEntry } from "../types.js";
import { hashOf } from "./cache.js";
import type { Revisions } from "./fingerprint.js";
import type { StagedFile, WriteSession } from "./write.js";

const exportsUrl = "/data/";
const files = { articles: "data/articles.ndjson", quotes: "data/quotes.ndjson", csv: "data/quotes.csv" };

/** One row per quote, as DESIGN.md names the columns. */
export const quoteColumns = ["article", "date", "url", "text", "speaker", "person", "role", "cue", "addressee", "via", "paragraph"] as const;
type QuoteRow = Record<(typeof quoteColumns)[number], string | number | null>;

/**
 * `json` gives an article's full record as JSON safe beside HTML, as the record store
 * holds it; `people` the person id of each of an article's quotes, in order (null for none).
 */
export function stageDataExports(session: WriteSession, articles: ArticleEntry[], json: (article: ArticleEntry) => Uint8Array, people: (article: ArticleEntry) => Array<string | null>, revisions: Revisions, salt: string): StagedFile[] {
  const fingerprint = hashOf(salt, exportsUrl, ...articles.map((a) => `${revisions.get(a) ?? ""}:${people(a).join(",")}`));
  session.fingerprints.next.set(exportsUrl, fingerprint);
  const paths = Object.values(files);
  if (session.fingerprints.previous.get(exportsUrl) === fingerprint && paths.every((path) => session.previous.get(path) && existsSync(join(session.out, path)))) {
    return paths.map((path) => ({ path, hash: session.previous.get(path)!, written: false }));
  }
  const out = {
    articles: openExport(session, files.articles),
    quotes: openExport(session, files.quotes),
    csv: openExport(session, files.csv),
  };
  try {
    write(out.csv, `${quoteColumns.join(",")}\r\n`);
    for (const article of articles) {
      write(out.articles, json(article));
      write(out.articles, "\n");
      for (const row of quoteRows(article, people(article))) {
        write(out.quotes, `${htmlSafeJson(JSON.stringify(row))}\n`);
        write(out.csv, `${quoteColumns.map((column) => csvField(row[column])).join(",")}\r\n`);
      }
    }
    for (const file of Object.values(out)) flush(file);
  } finally {
    for (const file of Object.values(out)) closeSync(file.fd);
  }
  // what the files hold is what the fingerprint says: it names their bytes, which need no hashing of their own
  return Object.values(out).map((file) => ({ path: file.path, hash: hashOf(fingerprint, file.path), written: true }));
}

interface ExportFile {
  path: string;
  fd: number;
  /** Lines not yet written: a write per line would be a system call per quote. */
  pending: Array<string | Uint8Array>;
  pendingLength: number;
}

/** Characters held back before they are written. */
const flushAt = 1 << 20;

function openExport(session: WriteSession, path: string): ExportFile {
  const file = join(session.staging, path);
  mkdirSync(dirname(file), { recursive: true });
  return { path, fd: openSync(file, "w"), pending: [], pendingLength: 0 };
}

function write(file: ExportFile, chunk: string | Uint8Array): void {
  file.pending.push(chunk);
  file.pendingLength += chunk.length;
  if (file.pendingLength >= flushAt) flush(file);
}

function flush(file: ExportFile): void {
  const bytes = Buffer.concat(file.pending.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)));
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
