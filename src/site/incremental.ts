// What a build keeps of the site it made, beside the pages' fingerprints (write.ts):
// what made it, so that a build with the same inputs, whose files are all still there,
// leaves it as it is without making the archive or a page; and each entry's revision,
// which fingerprints stand for a record by.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { SeedList } from "../read/seeds.js";
import type { Archive } from "../archive/archive.js";
import type { ArticleEntry, EntryQuote, Message } from "../types.js";
import { hashOf } from "./cache.js";
import type { Revisions } from "./fingerprint.js";
import { searchIndexed } from "./search.js";
import type { RecordStore, StoreItem } from "./store.js";
import type { WriteSession } from "./write.js";

/** Kept with the pages' fingerprints, under names no URL has: what made the site, its page count and its search indexes. */
const inputsKey = "@inputs";
const pagesKey = "@pages";
const indexesKey = "@indexes";
const seedsKey = "@seeds";
const messagesKey = "@messages";

/** What makes the site: the settings, theme and code (`salt`), and every record by its seed's bytes. */
export function siteInputs(salt: string, entries: ArticleEntry[], store: RecordStore): string {
  return hashOf(salt, ...entries.map((entry) => `${entry.file}\0${store.items.get(entry.file)!.hash}`));
}

/**
 * Whether the output folder is what this build would make: the build that made it had
 * the same inputs, and every file and search index it wrote is still there (a file
 * deleted by hand is written again: `missing`, from missingFiles). Then nothing needs making at all.
 */
export function siteUnchanged(session: WriteSession, inputs: string, missing: Set<string>): boolean {
  const { out, fingerprints: { previous } } = session;
  if (previous.get(inputsKey) !== inputs || !previous.has(pagesKey)) return false;
  const indexes = (previous.get(indexesKey) ?? "").match(/\w[\w.-]*/g) ?? [];
  return missing.size === 0 && indexes.every((name) => searchIndexed(out, name));
}

/**
 * The files the build that made the site wrote that are no longer there (deleted by
 * hand): written again, whatever their fingerprints say. One pass over the list, before
 * any page is made.
 */
export function missingFiles(session: WriteSession): Set<string> {
  const missing = new Set<string>();
  for (const path of session.previous.keys()) if (!existsSync(join(session.out, path))) missing.add(path);
  return missing;
}

/** The seed list of the build that made the site; null where there is none, or not one of ours. */
export function previousSeeds(session: WriteSession): SeedList | null {
  try {
    const list = JSON.parse(session.fingerprints.previous.get(seedsKey) ?? "null") as SeedList | null;
    if (!list || !Array.isArray(list.files) || !Array.isArray(list.refused) || !list.files.every((file) => typeof file === "string") || !list.refused.every(isMessage)) return null;
    return list;
  } catch {
    return null;
  }
}

/** What making the site's pages said, as the build that made it noted; none where the note is not whole. */
export function previousSiteMessages(session: WriteSession): Message[] {
  try {
    const messages = JSON.parse(session.fingerprints.previous.get(messagesKey) ?? "[]") as unknown;
    return Array.isArray(messages) && messages.every(isMessage) ? (messages as Message[]) : [];
  } catch {
    return [];
  }
}

/** A message as a build noted it in the manifest, which anyone can edit: every field there, of its type. */
function isMessage(value: unknown): value is Message {
  const m = value as Message;
  return typeof m === "object" && m !== null && typeof m.file === "string" && typeof m.message === "string" && typeof m.rule === "string" && Number.isInteger(m.line) && Number.isInteger(m.column) && (m.severity === "error" || m.severity === "warning");
}

/** The page count the build that made the site left. */
export function previousPageCount(session: WriteSession): number {
  return Number(session.fingerprints.previous.get(pagesKey));
}

/**
 * Notes what made the site, for the next build: its inputs, seeds, page count and search
 * indexes, and what making its pages said (an alias that a page has): a build that
 * leaves the site as it is says it again, so that --strict gives one answer for one input.
 */
export function noteSite(session: WriteSession, inputs: string, seeds: SeedList, pages: number, indexes: string[], messages: Message[]): void {
  session.fingerprints.next.set(messagesKey, JSON.stringify(messages));
  session.fingerprints.next.set(inputsKey, inputs);
  session.fingerprints.next.set(seedsKey, JSON.stringify(seeds));
  session.fingerprints.next.set(pagesKey, String(pages));
  session.fingerprints.next.set(indexesKey, indexes.join(" "));
}

/**
 * An entry's revision: its seed's bytes (by the hash the store has of them, shortened,
 * since fingerprints hold one for each article a page shows), and the id and URL the
 * archive gave it where they are not the record's own. A quote as a person's listing
 * has it, with its article, has the article's revision and the quote's place in it.
 */
export function entryRevisions({ articles, people }: Pick<Archive, "articles" | "people">, items: ReadonlyMap<string, Pick<StoreItem, "hash" | "entry">>): Revisions {
  const revisions: Revisions = new WeakMap();
  // each quote's place in its article, noted once: looked up per quote, it would cost as the square of an article's quotes
  const places = new Map<EntryQuote, number>();
  for (const article of articles) {
    const { hash, entry } = items.get(article.file)!;
    const renamed = article.id === entry.id && article.url === entry.url ? "" : `:${article.id}:${article.url}`;
    revisions.set(article, `${hash.slice(0, 16)}${renamed}`);
    for (const [i, quote] of article.quotes.entries()) places.set(quote, i);
  }
  for (const person of people) for (const ref of person.quotes) revisions.set(ref, `${revisions.get(ref.article)!}q${places.get(ref.quote)!}`);
  return revisions;
}
