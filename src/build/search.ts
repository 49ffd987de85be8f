// Full-text search. Pagefind indexes the articles (each record's headline and story,
// as its page shows them, under the page's URL): records, not HTML, so Pagefind has no
// pages to read back and parse, which is most of its time. One index a year, or a run
// of months where a year is large (archive's searchShards), in <out>/pagefind/<key>/
// (and undated/), merged by the search page: a build indexes again only the shards
// whose articles changed, and Pagefind holds one shard in memory at a time. Each index
// is written beside the live one as soon as it is made, while the pages still render,
// and swapped in whole once the site is written; the write stage's manifest does not
// list these files, so its cleanup leaves them alone.
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createIndex } from "pagefind";
import type { ArticleEntry } from "../types.js";

const searchFolder = "pagefind";

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

/** A shard's index, written beside the live one and waiting to be swapped in. */
export interface StagedShard extends SearchSummary {
  key: string;
}

/** Files written at once: enough to keep the file system's threads busy. */
const writesInFlight = 32;

export function shardIndexed(out: string, shard: string): boolean {
  return existsSync(join(out, searchFolder, shard, "pagefind-entry.json"));
}

/** Swaps the staged shards into the site and drops shards (and files) no longer wanted. */
export async function installSearch(out: string, staged: StagedShard[], shards: string[]): Promise<SearchSummary> {
  for (const { key } of staged) await swapShard(out, key);
  const wanted = new Set(shards);
  const present = await readdir(join(out, searchFolder)).catch(() => [] as string[]);
  for (const name of present) if (!wanted.has(name)) await rm(join(out, searchFolder, name), { recursive: true, force: true });
  return { pages: sum(staged, (s) => s.pages), files: sum(staged, (s) => s.files), bytes: sum(staged, (s) => s.bytes) };
}

/** Indexes a shard's articles and writes the index beside the live shard, so that Pagefind's files need not wait in memory. */
export async function stageShard(out: string, key: string, articles: ArticleEntry[], language: string, story: (article: ArticleEntry) => string[]): Promise<StagedShard> {
  const { pages, files } = await searchBundle(articles, language, story);
  await writeFiles(stagingFolder(out, key), files);
  return { key, pages, files: files.length, bytes: sum(files, (f) => f.content.byteLength) };
}

/** Removes staged shards that a failed build will not swap in. */
export async function discardStaged(out: string): Promise<void> {
  const present = await readdir(join(out, searchFolder)).catch(() => [] as string[]);
  for (const name of present) if (name.endsWith(stagingSuffix)) await rm(join(out, searchFolder, name), { recursive: true, force: true });
}

/** `story` gives an article's paragraphs as plain text, read back from the record store. */
async function searchBundle(articles: ArticleEntry[], language: string, story: (article: ArticleEntry) => string[]): Promise<{ pages: number; files: SearchFile[] }> {
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

/** A site without search keeps no index of an earlier build. */
export async function removeSearch(out: string): Promise<void> {
  await rm(join(out, searchFolder), { recursive: true, force: true });
}

const stagingSuffix = ".staging";

function stagingFolder(out: string, shard: string): string {
  return join(out, searchFolder, `.${shard}${stagingSuffix}`);
}

/** Each folder made once, then the files a few dozen at a time. */
async function writeFiles(folder: string, files: SearchFile[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const made of new Set(files.map((file) => dirname(join(folder, file.path))))) await mkdir(made, { recursive: true });
  for (let i = 0; i < files.length; i += writesInFlight) {
    await Promise.all(files.slice(i, i + writesInFlight).map((file) => writeFile(join(folder, file.path), file.content)));
  }
}

/** Swaps a staged shard in for the live one, so a reader never sees half an index. */
async function swapShard(out: string, shard: string): Promise<void> {
  const folder = join(out, searchFolder);
  const retired = join(folder, `.${shard}.retired`);
  const live = join(folder, shard);
  await rm(retired, { recursive: true, force: true });
  await rename(live, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(stagingFolder(out, shard), live);
  await rm(retired, { recursive: true, force: true });
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
