// Full-text search. After the site is written, Pagefind indexes the articles (each
// record's headline and story, as its page shows them, under the page's URL) and its
// bundle, index and UI together, goes to <out>/pagefind/. Records, not HTML: Pagefind
// then has no pages to read back and parse, which is most of its time. The bundle is staged beside
// the site and swapped in whole, so fragments of an earlier index never linger; the
// write stage's manifest does not list these files, so its cleanup leaves them alone.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createIndex } from "pagefind";
import { plainParagraphs } from "../render/text.js";
import type { ArticleRecord } from "../types.js";

const searchFolder = "pagefind";
const stagingName = ".broadsheet-search-staging";
const retiredName = ".broadsheet-search-retired";

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

/** Swaps a bundle into the site; apart from making it, so it can be made while the site renders. */
export async function installSearch(out: string, bundle: SearchBundle): Promise<SearchSummary> {
  await replaceBundle(out, bundle.files);
  return { pages: bundle.pages, files: bundle.files.length, bytes: bundle.files.reduce((sum, f) => sum + f.content.byteLength, 0) };
}

export async function searchBundle(articles: ArticleRecord[], language: string): Promise<SearchBundle> {
  const created = await createIndex();
  const index = created.index;
  if (!index) throw searchError("cannot start Pagefind", created.errors);
  // The service stays up for the next build in this process (serve rebuilds); it does
  // not keep Node alive, and only this index is dropped.
  try {
    const added = await Promise.all(articles.map((article) => index.addCustomRecord(searchRecord(article, language))));
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

/** Writes the bundle beside the live one, then swaps the folders, so a reader never sees half an index. */
async function replaceBundle(out: string, files: SearchFile[]): Promise<void> {
  const staging = join(out, stagingName);
  const retired = join(out, retiredName);
  const live = join(out, searchFolder);
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
function searchRecord(article: ArticleRecord, language: string) {
  return {
    url: article.url,
    content: [article.headline, ...plainParagraphs(article)].join("\n"),
    language,
    meta: { title: article.headline, ...(article.date ? { date: article.date } : {}) },
  };
}

function searchError(what: string, errors: string[]): Error {
  return new Error(`search: ${what}: ${errors.join("; ")}`);
}
