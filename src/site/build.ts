// A build, as a flat sequence of named stages, each timed: read the seeds, parse the
// changed ones, make the archive, render the changed pages (the search indexes made
// meanwhile in Pagefind's own process), then write the site in one swap. Each stage's
// work is in a module of its own: parse-changed.ts, render-changed.ts, search.ts,
// write.ts; what a build keeps between builds in incremental.ts and store.ts; how work
// is cut for the workers in schedule.ts.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { buildArchive } from "../archive/archive.js";
import { plainParagraphs } from "../archive/text.js";
import type { SiteConfig } from "../config.js";
import { writing } from "../errors.js";
import { listChangedSeeds, listSeeds, readSeedBytes, type SeedList } from "../read/seeds.js";
import { themeFolders } from "../render/theme-folders.js";
import type { ArticleEntry, ArticleRecord, Message } from "../types.js";
import { themeAssets, themeHash } from "./assets.js";
import { cacheKey, hashOf, stageCode } from "./cache.js";
import { stageDataExports } from "./data.js";
import { entryRevisions, missingFiles, noteSite, previousPageCount, previousSeeds, previousSiteMessages, siteInputs, siteUnchanged } from "./incremental.js";
import { acquireLock } from "./lock.js";
import { claimOutput, localStateName, outputLockName, realPath, tidyOutput } from "./output.js";
import { parseChanged } from "./parse-changed.js";
import { publishedEntries } from "./drafts.js";
import { nextRememberedUrls, rememberedUrls, saveRememberedUrls } from "./redirects.js";
import { withRedirects } from "../render/redirects.js";
import { keepHeapNearLive, watchHeap } from "./heap.js";
import { createPool, type Pool } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { parallelDefaults } from "./schedule.js";
import { indexShards, searchBundle, searchIndexed, searchIndexes, searchSummary, type SearchSummary, type StagedShard } from "./search.js";
import { articleRecord, closeStore, openStore, recordBytes, shareStored } from "./store.js";
import type { WorkerData, WorkerTask } from "./worker.js";
import { abortWrite, commitWrite, recordStaged, stageFile, startWrite, type WriteSession, type WriteSummary } from "./write.js";

export interface BuildOptions {
  /** The cache folder, which also holds the build's state; null builds from scratch and keeps nothing. */
  cache: string | null;
  /** Reuse no record and trust nothing the cache recorded, but keep the state for the next build (--no-cache). */
  fresh?: boolean;
  /** Replace the contents of a non-empty output folder that Broadsheet did not make (--force). */
  force?: boolean;
  /** How long to wait for another build on the same cache or output folder, in milliseconds. */
  lockWait?: number;
  /** Told when the build waits for another. */
  waiting?: (message: string) => void;
  progress?: Progress;
  /** Worker threads; 0 does all the work on this thread. Default: one per core, up to two. */
  workers?: number;
  /** How many seeds to parse, or pages to render, before workers pay for their start. */
  parallel?: { seeds: number; pages: number };
  /**
   * The seeds (paths relative to the seeds folder) added, edited or deleted since the last
   * build (--changed): the others are taken on that build's word, not looked at. Without a
   * last build to go by, every seed is.
   */
  changed?: string[];
  /** Make drafts' pages too, marked (serve); a build leaves them out. */
  drafts?: boolean;
}

export interface BuildResult {
  seeds: number;
  pages: number;
  /** Seeds parsed this time, not taken from the cache. */
  parsed: number;
  /** Drafts left out. */
  drafts: number;
  /** Pages rendered this time, not skipped as unchanged. */
  rendered: number;
  write: WriteSummary;
  search: SearchSummary | null;
  messages: Message[];
  /** What the user should know that is no seed's fault: a damaged cache rebuilt. */
  notices: string[];
  milliseconds: number;
  /** Milliseconds each stage took; search counts only the wait for it after rendering. */
  stages: Record<"read" | "parse" | "archive" | "render" | "write" | "search", number>;
}

const workerScript = new URL("../../lib/site/worker-thread.js", import.meta.url);

function seedFiles(config: SiteConfig): Promise<SeedList> {
  return listSeeds(config.seeds, skippedFolders(config));
}

/** The site and the cache hold no seeds, wherever they are. */
function skippedFolders(config: SiteConfig): string[] {
  return [config.out, ...(config.cache ? [config.cache] : [])];
}

/** Parses a folder without building: for `check`, and for tools. */
export async function parseFolder(config: SiteConfig): Promise<{ records: ArticleRecord[]; unreadable: Message[] }> {
  const records: ArticleRecord[] = [];
  const { files, refused } = await seedFiles(config);
  const unreadable: Message[] = [...refused];
  const { parseSeeds } = await import("./worker.js");
  for (const file of files) {
    const bytes = readSeedBytes(config.seeds, file, config.maxSeedBytes);
    if (!(bytes instanceof Uint8Array)) {
      unreadable.push(bytes);
      continue;
    }
    const [outcome] = parseSeeds([{ file, bytes }], config);
    if ("json" in outcome) records.push(JSON.parse(outcome.json) as ArticleRecord);
    else unreadable.push(outcome.error);
  }
  return { records, unreadable };
}

export async function build(config: SiteConfig, options: BuildOptions = { cache: null }): Promise<BuildResult> {
  const started = performance.now();
  claimOutput({ out: config.out, seeds: config.seeds, cache: options.cache, templates: config.templates }, options.force ?? false);
  writing(config.out, () => mkdirSync(config.out, { recursive: true }));
  const locks = { wait: options.lockWait ?? defaultLockWait, onWait: (holder: number) => options.waiting?.(`waiting for the build in process ${holder} to end`) };
  const releases: Array<() => void> = [];
  try {
    if (options.cache) {
      writing(options.cache, () => mkdirSync(options.cache!, { recursive: true }));
      releases.push(await acquireLock(join(options.cache, "lock"), `the cache ${options.cache}`, locks));
    }
    releases.push(await acquireLock(join(config.out, outputLockName), `the output folder ${config.out}`, locks));
    return await buildLocked(config, options, started);
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/** How long a build waits for another on the same cache or output folder. */
const defaultLockWait = 10 * 60 * 1000;

/**
 * Where a build keeps its state for an output folder: in the cache, one folder per
 * output (serve's and the production build's apart); without a cache, inside --out
 * for the length of the build.
 */
function stateFolder(out: string, cache: string | null): string {
  return cache ? join(cache, "sites", hashOf(realPath(out)).slice(0, 16)) : join(out, localStateName);
}

async function buildLocked(config: SiteConfig, options: BuildOptions, started: number): Promise<BuildResult> {
  const progress = options.progress ?? createProgress(process.stderr, { CI: "true" });
  const key = cacheKey();
  const folders = themeFolders(config);
  // what makes a page: the records, the code that lays pages out, the theme, the settings
  // (where seeds, site and cache live changes no page's bytes)
  const salt = hashOf(key, stageCode(["archive", "render"]), await themeHash(folders), JSON.stringify({ ...config, seeds: "", out: "", cache: "" }));
  const fresh = options.fresh ?? false;
  const state = stateFolder(config.out, options.cache);
  tidyOutput(config.out);
  const session = startWrite({ out: config.out, state, keep: options.cache !== null, fresh });
  const store = options.cache && !fresh ? openStore(options.cache, key, false) : openStore(join(state, "records"), key, true);
  let saveStore = false;
  let pool: Pool<WorkerTask, unknown> | null = null;
  const workers = options.workers ?? Math.min(2, cpus().length);
  const parallel = options.parallel ?? parallelDefaults;
  // a build with enough to do for workers makes garbage for a while: its heap is kept near what is live
  const startPool = () => {
    keepHeapNearLive();
    return createPool<WorkerTask, unknown>(workerScript, workers, workerData(config, session));
  };
  const poolFor = workers > 0 ? () => (pool ??= startPool()) : null;
  const stages = { read: 0, parse: 0, archive: 0, render: 0, write: 0, search: 0 };
  let lap = performance.now();
  const timed = <T>(stage: keyof typeof stages, result: T): T => {
    const now = performance.now();
    stages[stage] += now - lap;
    lap = now;
    watchHeap();
    return result;
  };
  let searching: Promise<StagedShard[]> | null = null;
  try {
    const earlier = options.changed && !fresh ? previousSeeds(session) : null;
    const seedList = earlier && options.changed ? listChangedSeeds(config.seeds, earlier, options.changed, skippedFolders(config)) : await seedFiles(config);
    const { files, refused } = timed("read", seedList);
    const changed = new Set(options.changed);
    const unchanged = earlier ? (file: string) => !changed.has(file) : undefined;
    const outcome = timed("parse", await parseChanged(files, store, config, progress, poolFor, parallel.seeds, unchanged));
    const { parsed, failed, unreadable } = outcome;
    const { entries, drafts } = publishedEntries(outcome.entries, options.drafts ?? false);
    saveStore = true;
    const seeds = files.length + refused.length;
    const messages = [...refused, ...unreadable, ...failed, ...entries.flatMap((r) => r.messages)];
    const notices = store.damage ? [`the cache ${options.cache} was damaged: ${store.damage}`] : [];
    const inputs = siteInputs(salt, entries, store);
    const missing = missingFiles(session);
    if (siteUnchanged(session, inputs, missing)) {
      abortWrite(session);
      messages.push(...previousSiteMessages(session));
      const write = { files: session.previous.size, written: 0, removed: 0 };
      return { seeds, pages: previousPageCount(session), parsed, drafts, rendered: 0, write, search: config.search ? searchSummary([]) : null, messages, notices, milliseconds: performance.now() - started, stages };
    }

    // what makes pages loads only now: a build that leaves the site as it is starts without a template engine, Markdown or YAML
    const [{ sitePages }, { renderChanged }] = await Promise.all([import("../render/site.js"), import("./render-changed.js")]);
    shareStored(store);
    const archive = buildArchive(entries);
    const revisions = entryRevisions(archive, store.items);
    const story = (article: ArticleEntry) => plainParagraphs(articleRecord(store, article));
    const indexes = config.search ? searchIndexes(archive, salt, revisions) : [];
    // Pagefind works in a process of its own: it indexes while the pages render. An
    // index whose folder is there holds what its name says; from scratch, none is kept.
    const keepIndexes = options.cache !== null && !fresh;
    const toIndex = indexes.filter(({ name }) => !keepIndexes || !searchIndexed(config.out, name));
    const indexed = toIndex.length > 0 ? progress.alongside?.("search", toIndex.reduce((n, { articles }) => n + articles.length, 0)) : undefined;
    searching = indexShards(session.staging, toIndex, config.language, story, indexed);
    // awaited after the render; until then a failure must not count as unhandled, which would end the process
    searching.catch(() => undefined);
    const remembered = rememberedUrls(state);
    const siteMessages: Message[] = [];
    const pages = timed("archive", withRedirects(sitePages(archive, config, story, indexes.map(({ name }) => searchBundle(name))), archive, remembered, (message) => siteMessages.push(message)));

    progress.stage("render");
    const rendering = await renderChanged(pages, { config, session, store, revisions, salt, progress, pool: poolFor, parallelFrom: parallel.pages, missing });
    const asParsed = new Set(entries);
    const peopleOf = (article: ArticleEntry) => article.quotes.map((quote) => archive.personOf.get(quote)?.slug ?? null);
    for (const file of stageDataExports(session, archive.articles, (article) => recordBytes(store, article, asParsed), peopleOf, revisions, salt)) recordStaged(session, file);
    for (const [path, bytes] of await themeAssets(folders)) stageFile(session, path, bytes);
    timed("render", null);

    if (indexed) progress.stage("search");
    const staged = timed("search", await searching);

    messages.push(...siteMessages);
    noteSite(session, inputs, seedList, rendering.pages, indexes.map(({ name }) => name), siteMessages);
    const write = timed("write", commitWrite(session, config.search ? new Set(indexes.map(({ name }) => name)) : null));
    if (options.cache) saveRememberedUrls(state, nextRememberedUrls(remembered, archive.articles, seedList.files));
    const search = config.search ? searchSummary(staged) : null;
    return { seeds, pages: rendering.pages, parsed, drafts, rendered: rendering.rendered, write, search, messages, notices, milliseconds: performance.now() - started, stages };
  } catch (error) {
    // the staging folder goes once nothing writes to it any more: not while a worker or Pagefind still does
    await searching?.catch(() => null);
    await (pool as Pool<WorkerTask, unknown> | null)?.close();
    abortWrite(session);
    throw error;
  } finally {
    progress.done();
    await (pool as Pool<WorkerTask, unknown> | null)?.close();
    closeStore(store, saveStore);
    if (!options.cache) rmSync(state, { recursive: true, force: true });
  }
}

function workerData(config: SiteConfig, session: WriteSession): WorkerData {
  return { config, target: { out: session.out, staging: session.staging, previous: Object.fromEntries(session.previous) } };
}
