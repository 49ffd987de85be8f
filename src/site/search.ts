// Full-text search. Pagefind indexes the articles (each record's headline and story,
// as its page shows them, under the page's URL): records, not HTML, so Pagefind has no
// pages to read back and parse, which is most of its time. One index a year, or runs of
// one counted from its oldest article, the newest year's growing run in small ones
// (archive's searchShards), merged by the search page: a build indexes again only the
// shards whose articles changed (a new article, one small shard), and Pagefind holds one
// shard in memory at a time. Each index lives in a folder named after what made it,
// <out>/pagefind/<shard>-<fingerprint>/: a changed index is a new folder, staged while
// the pages render and moved in whole with them, so a reader (or a killed build) never
// meets half an index, and a folder that is there holds what its name says.
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { searchShards, type Archive } from "../archive/archive.js";
import type { ArticleEntry } from "../types.js";
import { withPath } from "../errors.js";
import { hashOf } from "./cache.js";
import { faultPoint } from "./faults.js";
import type { Revisions } from "./fingerprint.js";
import { searchFolder } from "./write.js";

export interface SearchSummary {
  /** Pages Pagefind indexed. */
  pages: number;
  files: number;
  bytes: number;
}

interface SearchFile {
  path: string;
  content: Uint8Array;
}

/** A shard's index, staged to move in with the site. */
export interface StagedShard extends SearchSummary {
  name: string;
}

/** Files written at once: enough to keep the file system's threads busy. */
const writesInFlight = 32;

/** The folder of a shard's index: the shard and what made it, so that another index is another folder. */
export function searchIndexName(shard: string, fingerprint: string): string {
  return `${shard}-${fingerprint.slice(0, 12)}`;
}

/** The search page's list of indexes, site-relative. */
export function searchBundle(name: string): string {
  return `/${searchFolder}/${name}/`;
}

export function searchIndexed(out: string, name: string): boolean {
  return existsSync(join(out, searchFolder, name, "pagefind-entry.json"));
}

/** Indexes a shard's articles into the staging tree, so that Pagefind's files need not wait in memory. */
export async function stageShard(staging: string, name: string, articles: ArticleEntry[], language: string, story: (article: ArticleEntry) => string[]): Promise<StagedShard> {
  const { pages, files } = await indexFiles(articles, language, story);
  await writeFiles(join(staging, searchFolder, name), files);
  return { name, pages, files: files.length, bytes: sum(files, (f) => f.content.byteLength) };
}

export function searchSummary(staged: StagedShard[]): SearchSummary {
  return { pages: sum(staged, (s) => s.pages), files: sum(staged, (s) => s.files), bytes: sum(staged, (s) => s.bytes) };
}

/** `story` gives an article's paragraphs as plain text, read back from the record store. */
async function indexFiles(articles: ArticleEntry[], language: string, story: (article: ArticleEntry) => string[]): Promise<{ pages: number; files: SearchFile[] }> {
  // loaded when there is something to index: a build that indexes nothing starts without it
  const { createIndex } = await import("pagefind");
  const created = await createIndex();
  const index = created.index;
  if (!index) throw searchError("cannot start Pagefind", created.errors);
  // The service stays up for the next build in this process (serve rebuilds); it does
  // not keep Node alive, and only this index is dropped.
  try {
    const added = await Promise.all(articles.map((article) => index.addCustomRecord(searchRecord(article, story(article), language))));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw searchError("cannot index the site", errors);
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw searchError("cannot write the index", bundle.errors);
    return { pages: added.length, files: [...bundle.files].sort((a, b) => (a.path < b.path ? -1 : 1)) };
  } finally {
    await index.deleteIndex();
  }
}

/** Each folder made once, then the files a few dozen at a time. */
async function writeFiles(folder: string, files: SearchFile[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const made of new Set(files.map((file) => dirname(join(folder, file.path))))) await mkdir(made, { recursive: true });
  for (let i = 0; i < files.length; i += writesInFlight) {
    await Promise.all(files.slice(i, i + writesInFlight).map((file) => writeFile(join(folder, file.path), file.content).catch((error: unknown) => {
      throw withPath(error, join(folder, file.path));
    })));
  }
}

function sum<T>(items: T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}

/** What a reader searches: the headline and the story, as text. */
function searchRecord(article: ArticleEntry, story: string[], language: string) {
  return {
    url: article.url,
    content: [article.headline, ...story].join("\n"),
    language,
    meta: { title: article.headline, ...(article.date ? { date: article.date } : {}) },
  };
}

function searchError(what: string, errors: string[]): Error {
  return new Error(`search: ${what}: ${errors.join("; ")}`);
}

export interface SearchIndex {
  /** The index's folder under /pagefind/. */
  name: string;
  articles: ArticleEntry[];
}

/** The archive's search indexes, one a shard (archive's searchShards), each named after what makes it: its articles' revisions and `salt`. */
export function searchIndexes(archive: Archive, salt: string, revisions: Revisions): SearchIndex[] {
  return searchShards(archive).map(({ key, articles }) => ({ articles, name: searchIndexName(key, hashOf(salt, key, ...articles.map((a) => revisions.get(a)!))) }));
}

/** One shard after another, so Pagefind holds one shard in memory at a time; `indexed` is told each shard's articles as it is staged. */
export async function indexShards(staging: string, shards: SearchIndex[], language: string, story: (article: ArticleEntry) => string[], indexed: (articles: number) => void = () => {}): Promise<StagedShard[]> {
  const staged: StagedShard[] = [];
  for (const { name, articles } of shards) {
    staged.push(await stageShard(staging, name, articles, language, story));
    faultPoint("search");
    indexed(articles.length);
  }
  return staged;
}
