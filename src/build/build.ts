// Orchestration: read, parse, archive, render, write, with an incremental cache and
// worker threads where the work is large enough to pay for them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { buildArchive, byYear } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import { listSeeds } from "../read/seeds.js";
import { createEnvironment, themeFolders } from "../render/env.js";
import { sitePages, summary, type Page } from "../render/pages.js";
import { renderPage } from "../render/render.js";
import { outputFile } from "../render/urls.js";
import type { ArticleRecord, Message } from "../types.js";
import { themeAssets, themeHash } from "./assets.js";
import { hashOf, loadCache, saveCache, stageCode, type BuildCache } from "./cache.js";
import { stageDataExport } from "./data.js";
import { pageFingerprint, type Revisions } from "./fingerprint.js";
import { createPool, type Pool } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { installSearch, removeSearch, searchBundle, shardIndexed, type SearchBundle, type SearchSummary } from "./search.js";
import { parseSeeds, renderPages, type ParseOutcome, type SeedBytes, type WorkerData, type WorkerTask } from "./worker.js";
import { abortWrite, commitWrite, recordStaged, stageFile, startWrite, type StagedFile, type WriteSession, type WriteSummary } from "./write.js";

export interface BuildOptions {
  /** The cache folder; null builds from scratch and keeps nothing. */
  cache: string | null;
  progress?: Progress;
  /** Worker threads; 0 does all the work on this thread. Default: one per core, up to two. */
  workers?: number;
  /** How many seeds to parse, or pages to render, before workers pay for their start. */
  parallel?: { seeds: number; pages: number };
}

export interface BuildResult {
  seeds: number;
  pages: number;
  /** Seeds parsed this time, not taken from the cache. */
  parsed: number;
  /** Pages rendered this time, not skipped as unchanged. */
  rendered: number;
  write: WriteSummary;
  search: SearchSummary | null;
  messages: Message[];
  milliseconds: number;
  /** Milliseconds each stage took; search counts only the wait for it after rendering. */
  stages: Record<"read" | "parse" | "archive" | "render" | "write" | "search", number>;
}

/** Below these, starting workers costs more than it saves. */
const parallelDefaults = { seeds: 400, pages: 2000 };
const seedsPerTask = 200;
const pagesPerTask = 250;

const workerScript = new URL("../../lib/build/worker.js", import.meta.url);

export interface ReadSeeds {
  seeds: Array<SeedBytes & { hash: string }>;
  /** Seeds that could not be read at all, each reported here. */
  unreadable: Message[];
}

export async function readSeedFolder(config: SiteConfig): Promise<ReadSeeds> {
  const seeds: ReadSeeds["seeds"] = [];
  const unreadable: Message[] = [];
  for (const file of await listSeeds(config.seeds, [config.out, ...(config.cache ? [config.cache] : [])])) {
    try {
      const bytes = readFileSync(join(config.seeds, file));
      seeds.push({ file, bytes, hash: hashOf(bytes, config.encoding ?? "") });
    } catch (error) {
      unreadable.push({ file, line: 1, column: 1, severity: "error", rule: "read", message: `cannot read the seed: ${(error as Error).message}` });
    }
  }
  return { seeds, unreadable };
}

/** Parses a folder without building: for `check`, and for tools. */
export async function parseFolder(config: SiteConfig): Promise<{ records: ArticleRecord[]; unreadable: Message[] }> {
  const { seeds, unreadable } = await readSeedFolder(config);
  const outcomes = parseSeeds(seeds, config.encoding);
  return {
    records: outcomes.flatMap((o) => ("json" in o ? [JSON.parse(o.json) as ArticleRecord] : [])),
    unreadable: [...unreadable, ...outcomes.flatMap((o) => ("error" in o ? [o.error] : []))],
  };
}

export async function build(config: SiteConfig, options: BuildOptions = { cache: null }): Promise<BuildResult> {
  const started = performance.now();
  const progress = options.progress ?? createProgress(process.stderr, { CI: "true" });
  const cache = loadCache(options.cache);
  const folders = themeFolders(config);
  // what makes a page: the records, the code that lays pages out, the theme, the settings
  // (where seeds, site and cache live changes no page's bytes)
  const salt = hashOf(cache.key, stageCode(["archive", "render"]), await themeHash(folders), JSON.stringify({ ...config, seeds: "", out: "", cache: "" }));
  const session = await startWrite(config.out);
  let pool: Pool<WorkerTask, unknown> | null = null;
  const workers = options.workers ?? Math.min(2, cpus().length);
  const parallel = options.parallel ?? parallelDefaults;
  const poolFor = () => (pool ??= createPool<WorkerTask, unknown>(workerScript, workers, workerData(config, session)));
  const stages = { read: 0, parse: 0, archive: 0, render: 0, write: 0, search: 0 };
  let searching: Promise<Map<string, SearchBundle>> | null = null;
  let lap = performance.now();
  const time = (stage: keyof typeof stages) => {
    const now = performance.now();
    stages[stage] += now - lap;
    lap = now;
  };
  try {
    const { seeds, unreadable } = await readSeedFolder(config);
    time("read");
    const cachedSeeds = cache.seeds.size;
    const { records, json, parsed, failed } = await parseChanged(seeds, cache, config, progress, seeds.length >= parallel.seeds && workers > 0 ? poolFor : null);
    time("parse");
    const archive = buildArchive(records);
    const revisions = recordRevisions(archive.articles, cache);
    const pages = sitePages(archive, config);
    time("archive");
    // without the cache, a build starts from scratch: nothing in the site is trusted to be current
    if (options.cache === null) {
      session.fingerprints.previous.clear();
      session.search.previous = {};
    }
    // Pagefind works in a process of its own: it indexes while the pages render.
    const shards = config.search ? byYear(archive) : [];
    const staleShards = shards.filter(({ key: shard, articles }) => {
      const key = hashOf(salt, shard, ...articles.map((a) => revisions.get(a)!));
      session.search.next[shard] = key;
      return session.search.previous[shard] !== key || !shardIndexed(config.out, shard);
    });
    searching = indexShards(staleShards, config.language);
    const stale = changedPages(pages, session, revisions, salt);
    progress.stage("render", stale.length);
    const staged = stale.length >= parallel.pages && workers > 0 ? await renderInPool(poolFor(), stale, progress) : renderHere(config, stale, session, progress);
    for (const file of staged) recordStaged(session, file);
    recordStaged(session, stageDataExport(session, archive.articles, json, revisions, salt));
    for (const [path, bytes] of await themeAssets(folders)) stageFile(session, path, bytes);
    time("render");
    const bundles = await searching;
    time("search");
    const write = await commitWrite(session);
    const search = config.search ? await installSearch(config.out, bundles, shards.map((s) => s.key)) : null;
    if (!config.search) await removeSearch(config.out);
    time("write");
    if (parsed > 0 || cachedSeeds !== cache.seeds.size) saveCache(options.cache, cache);
    return {
      seeds: seeds.length + unreadable.length,
      pages: pages.length,
      parsed,
      rendered: stale.length,
      write,
      search,
      messages: [...unreadable, ...failed, ...records.flatMap((r) => r.messages)],
      milliseconds: performance.now() - started,
      stages,
    };
  } catch (error) {
    await abortWrite(session);
    await searching?.catch(() => null);
    throw error;
  } finally {
    progress.done();
    await (pool as Pool<WorkerTask, unknown> | null)?.close();
  }
}

/** One shard after another, so Pagefind holds one year in memory at a time. */
async function indexShards(shards: Array<{ key: string; articles: ArticleRecord[] }>, language: string): Promise<Map<string, SearchBundle>> {
  const bundles = new Map<string, SearchBundle>();
  for (const { key, articles } of shards) bundles.set(key, await searchBundle(articles, language));
  return bundles;
}

/** The pages whose fingerprint differs from what made the output folder's copy; the others stay as they are. */
function changedPages(pages: Page[], session: WriteSession, revisions: Revisions, salt: string): Page[] {
  return pages.filter((page) => {
    const fingerprint = pageFingerprint(page, revisions, salt);
    const path = outputFile(page.url);
    const unchanged = session.fingerprints.previous.get(page.url) === fingerprint && session.previous.has(path) && existsSync(join(session.out, path));
    session.fingerprints.next.set(page.url, fingerprint);
    if (unchanged) recordStaged(session, { path, hash: session.previous.get(path)!, written: false });
    return !unchanged;
  });
}

function workerData(config: SiteConfig, session: WriteSession): WorkerData {
  return { config, target: { out: session.out, staging: session.staging, previous: Object.fromEntries(session.previous) } };
}

interface Parsed {
  records: ArticleRecord[];
  /** Each record's JSON as parsed, for the data export. */
  json: Map<ArticleRecord, string>;
  parsed: number;
  /** Seeds the parser failed on. */
  failed: Message[];
}

/** Records from the cache where the seed's bytes are unchanged; the rest parsed, in workers when many. */
async function parseChanged(seeds: ReadSeeds["seeds"], cache: BuildCache, config: SiteConfig, progress: Progress, pool: (() => Pool<WorkerTask, unknown>) | null): Promise<Parsed> {
  const changed = seeds.filter((s) => cache.seeds.get(s.file)?.hash !== s.hash);
  progress.stage("parse", changed.length);
  const parseChunk = pool
    ? async (seeds: SeedBytes[]) => (await pool().run({ kind: "parse", seeds })) as ParseOutcome[]
    : async (seeds: SeedBytes[]) => parseSeeds(seeds, config.encoding);
  const failed: Message[] = [];
  await Promise.all(chunk(changed, seedsPerTask).map(async (seeds) => {
    const outcomes = await parseChunk(seeds);
    outcomes.forEach((outcome, i) => {
      if ("json" in outcome) cache.seeds.set(seeds[i].file, { hash: seeds[i].hash, json: outcome.json });
      else {
        cache.seeds.delete(seeds[i].file);
        failed.push(outcome.error);
      }
    });
    progress.advance(seeds.length);
  }));
  const kept = new Set(seeds.map((s) => s.file));
  for (const file of [...cache.seeds.keys()]) if (!kept.has(file)) cache.seeds.delete(file);
  const json = new Map<ArticleRecord, string>();
  const records = seeds.flatMap((s) => {
    const cached = cache.seeds.get(s.file);
    if (!cached) return [];
    const record = JSON.parse(cached.json) as ArticleRecord;
    json.set(record, cached.json);
    return [record];
  });
  return { records, json, parsed: changed.length, failed };
}

/** A record's revision: its seed's bytes, and the id and URL the archive gave it. */
function recordRevisions(articles: ArticleRecord[], cache: BuildCache): Revisions {
  const revisions: Revisions = new WeakMap();
  for (const article of articles) {
    const revision = `${cache.seeds.get(article.file)!.hash}:${article.id}:${article.url}`;
    revisions.set(article, revision);
    revisions.set(summary(article), `${revision}:summary`);
  }
  return revisions;
}

function renderHere(config: SiteConfig, pages: Page[], session: WriteSession, progress: Progress): StagedFile[] {
  const env = createEnvironment(config);
  return chunk(pages, pagesPerTask).flatMap((c) => {
    const staged = renderPages((page) => renderPage(env, config, page), c, session);
    progress.advance(staged.length);
    return staged;
  });
}

async function renderInPool(pool: Pool<WorkerTask, unknown>, pages: Page[], progress: Progress): Promise<StagedFile[]> {
  const results = await Promise.all(chunk(pages, pagesPerTask).map(async (c) => {
    const staged = (await pool.run({ kind: "render", pages: c })) as StagedFile[];
    progress.advance(staged.length);
    return staged;
  }));
  return results.flat();
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
