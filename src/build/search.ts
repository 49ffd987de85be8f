// Full-text search. Pagefind indexes the articles (each record's headline and story,
// as its page shows them, under the page's URL): records, not HTML, so Pagefind has no
// pages to read back and parse, which is most of its time. One index a year, or a run
// of months where a year is large (archive's searchShards), in <out>/pagefind/<key>/
// (and undated/), merged by the search page: a build indexes again only the shards
// whose articles changed, and Pagefind holds one shard in memory at a time. Each index is staged beside the live one and swapped in whole; the write
// stage's manifest does not list these files, so its cleanup leaves them alone.
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

export interface SearchBundle {
  pages: number;
  files: SearchFile[];
}

export function shardIndexed(out: string, shard: string): boolean {
  return existsSync(join(out, searchFolder, shard, "pagefind-entry.json"));
}

/** Swaps the new shard bundles into the site and drops shards (and files) no longer wanted. */
export async function installSearch(out: string, bundles: Map<string, SearchBundle>, shards: string[]): Promise<SearchSummary> {
  for (const [shard, bundle] of bundles) await replaceBundle(join(out, searchFolder), shard, bundle.files);
  const wanted = new Set(shards);
  const present = await readdir(join(out, searchFolder)).catch(() => [] as string[]);
  for (const name of present) if (!wanted.has(name)) await rm(join(out, searchFolder, name), { recursive: true, force: true });
  const made = [...bundles.values()];
  return { pages: made.reduce((n, b) => n + b.pages, 0), files: made.reduce((n, b) => n + b.files.length, 0), bytes: made.reduce((n, b) => n + b.files.reduce((sum, f) => sum + f.content.byteLength, 0), 0) };
}

/** `story` gives an article's paragraphs as plain text, read back from the record store. */
export async function searchBundle(articles: ArticleEntry[], language: string, story: (article: ArticleEntry) => string[]): Promise<SearchBundle> {
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

/** Writes a shard beside the live one, then swaps the folders, so a reader never sees half an index. */
async function replaceBundle(folder: string, shard: string, files: SearchFile[]): Promise<void> {
  const staging = join(folder, `.${shard}.staging`);
  const retired = join(folder, `.${shard}.retired`);
  const live = join(folder, shard);
  await rm(staging, { recursive: true, force: true });
  await rm(retired, { recursive: true, force: true });
  for (const file of files) {
    const target = join(staging, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await rename(live, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, live);
  await rm(retired, { recursive: true, force: true });
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
