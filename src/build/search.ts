// Full-text search. After the site is written, Pagefind indexes the built HTML files
// alone (only what templates mark `data-pagefind-body`: the article pages) and its
// bundle, index and UI together, goes to <out>/pagefind/. The bundle is staged beside
// the site and swapped in whole, so fragments of an earlier index never linger; the
// write stage's manifest does not list these files, so its cleanup leaves them alone.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createIndex } from "pagefind";

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

export async function indexSearch(out: string): Promise<SearchSummary> {
  const files = await pagefindBundle(out);
  await replaceBundle(out, files.bundle);
  return { pages: files.pages, files: files.bundle.length, bytes: files.bundle.reduce((sum, f) => sum + f.content.byteLength, 0) };
}

async function pagefindBundle(out: string): Promise<{ pages: number; bundle: SearchFile[] }> {
  const created = await createIndex();
  const index = created.index;
  if (!index) throw searchError("cannot start Pagefind", created.errors);
  // The service stays up for the next build in this process (serve rebuilds); it does
  // not keep Node alive, and only this index is dropped.
  try {
    const added = await index.addDirectory({ path: out, glob: "**/*.html" });
    if (added.errors.length) throw searchError("cannot index the site", added.errors);
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw searchError("cannot write the index", bundle.errors);
    return { pages: added.page_count, bundle: [...bundle.files].sort((a, b) => (a.path < b.path ? -1 : 1)) };
  } finally {
    await index.deleteIndex();
  }
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

function searchError(what: string, errors: string[]): Error {
  return new Error(`search: ${what}: ${errors.join("; ")}`);
}
