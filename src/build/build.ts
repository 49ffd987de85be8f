// Orchestration: read, parse, archive, render, write.
import { buildArchive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import { parseSeed } from "../parse/index.js";
import { listSeeds, readSeed } from "../read/seeds.js";
import { createEnvironment, defaultTemplates } from "../render/env.js";
import { sitePages } from "../render/pages.js";
import { renderPage } from "../render/render.js";
import type { ArticleRecord, Message } from "../types.js";
import { themeAssets } from "./assets.js";
import { indexSearch, type SearchSummary } from "./search.js";
import { abortWrite, commitWrite, stageFile, startWrite, type WriteSummary } from "./write.js";

export interface BuildResult {
  seeds: number;
  pages: number;
  write: WriteSummary;
  search: SearchSummary;
  messages: Message[];
  milliseconds: number;
}

export interface ParsedFolder {
  records: ArticleRecord[];
  /** Seeds that could not be read at all, each reported here. */
  unreadable: Message[];
}

export async function parseFolder(config: SiteConfig): Promise<ParsedFolder> {
  const files = await listSeeds(config.seeds);
  const records: ArticleRecord[] = [];
  const unreadable: Message[] = [];
  for (const file of files) {
    try {
      records.push(parseSeed(await readSeed(config.seeds, file, config.encoding ?? undefined)));
    } catch (error) {
      unreadable.push({ file, line: 1, column: 1, severity: "error", rule: "read", message: `cannot read the seed: ${(error as Error).message}` });
    }
  }
  return { records, unreadable };
}

export async function build(config: SiteConfig): Promise<BuildResult> {
  const started = performance.now();
  const { records, unreadable } = await parseFolder(config);
  const archive = buildArchive(records);
  const env = createEnvironment(config);
  const pages = sitePages(archive, config);
  const session = await startWrite(config.out);
  try {
    for (const page of pages) {
      const file = renderPage(env, config, page);
      await stageFile(session, file.path, file.content);
    }
    const folders = config.templates ? [config.templates, defaultTemplates] : [defaultTemplates];
    for (const [path, bytes] of await themeAssets(folders)) await stageFile(session, path, bytes);
  } catch (error) {
    await abortWrite(session);
    throw error;
  }
  const write = await commitWrite(session);
  const search = await indexSearch(config.out);
  return {
    seeds: records.length + unreadable.length,
    pages: pages.length,
    write,
    search,
    messages: [...unreadable, ...records.flatMap((r) => r.messages)],
    milliseconds: performance.now() - started,
  };
}
