// Orchestration: read, parse, archive, render, write, with an incremental cache and
// worker threads where the work is large enough to pay for them.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { buildArchive, searchShards } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import { listSeeds, readSeedBytes, seedStamp, type SeedList } from "../read/seeds.js";
import { createEnvironment, themeFolders } from "../render/env.js";
import { summary, type Page } from "../render/page.js";
import { sitePages } from "../render/site.js";
import { plainParagraphs } from "../archive/text.js";
import { outputFile } from "../render/urls.js";
import { compareCodePoints } from "../order.js";
import type { ArticleEntry, ArticleRecord, Message } from "../types.js";
import { themeAssets, themeHash } from "./assets.js";
import { cacheKey, hashOf, stageCode } from "./cache.js";
import { stageDataExports } from "./data.js";
import { pageFingerprint, type Revisions } from "./fingerprint.js";
import { createPool, type Pool } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { writing } from "../errors.js";
import { faultPoint } from "./faults.js";
import { acquireLock } from "./lock.js";
import { claimOutput, localStateName, outputLockName, realPath, tidyOutput } from "./output.js";
import { searchBundle, searchIndexName, searchIndexed, searchSummary, stageShard, type SearchSummary, type StagedShard } from "./search.js";
import { addRecord, closeStore, dropRecord, openStore, readRecord, stampRecord, storedRecord, type RecordStore, type StoredRecord } from "./store.js";
import { parseSeeds, renderWithStories, type ParseOutcome, type SeedBytes, type WorkerData, type WorkerTask } from "./worker.js";
import { abortWrite, commitWrite, recordStaged, stageFile, startWrite, type StagedFile, type WriteSession, type WriteSummary } from "./write.js";

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
  /** What the user should know that is no seed's fault: a damaged cache rebuilt. */
  notices: string[];
  milliseconds: number;
  /** Milliseconds each stage took; search counts only the wait for it after rendering. */
  stages: Record<"read" | "parse" | "archive" | "render" | "write" | "search", number>;
}

/** Below these, starting workers costs more than it saves. */
const parallelDefaults = { seeds: 3000, pages: 4000 };
const seedsPerTask = 200;
const pagesPerTask = 250;

const workerScript = new URL("../../lib/site/worker.js", import.meta.url);

function seedFiles(config: SiteConfig): Promise<SeedList> {
  return listSeeds(config.seeds, [config.out, ...(config.cache ? [config.cache] : [])]);
}

/** Parses a folder without building: for `check`, and for tools. */
export async function parseFolder(config: SiteConfig): Promise<{ records: ArticleRecord[]; unreadable: Message[] }> {
  const records: ArticleRecord[] = [];
  const { files, refused } = await seedFiles(config);
  const unreadable: Message[] = [...refused];
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
  const poolFor = workers > 0 ? () => (pool ??= createPool<WorkerTask, unknown>(workerScript, workers, workerData(config, session))) : null;
  const stages = { read: 0, parse: 0, archive: 0, render: 0, write: 0, search: 0 };
  let searching: Promise<StagedShard[]> | null = null;
  let lap = performance.now();
  const time = (stage: keyof typeof stages) => {
    const now = performance.now();
    stages[stage] += now - lap;
    lap = now;
  };
  try {
    const { files, refused } = await seedFiles(config);
    time("read");
    const { entries, parsed, failed, unreadable } = await parseChanged(files, store, config, progress, poolFor, parallel.seeds);
    unreadable.unshift(...refused);
    saveStore = true;
    time("parse");
    const messages = [...unreadable, ...failed, ...entries.flatMap((r) => r.messages)];
    const notices = store.damage ? [`the cache ${options.cache} was damaged: ${store.damage}`] : [];
    // what makes the site: the settings, theme and code (salt), and every record by its seed's bytes
    const inputs = hashOf(salt, ...entries.map((entry) => `${entry.file}\0${store.items.get(entry.file)!.hash}`));
    if (siteUnchanged(session, inputs, config.out)) {
      abortWrite(session);
      return { seeds: files.length + refused.length, pages: Number(session.fingerprints.previous.get(pagesKey)), parsed, rendered: 0, write: { files: session.previous.size, written: 0, removed: 0 }, search: config.search ? searchSummary([]) : null, messages, notices, milliseconds: performance.now() - started, stages };
    }
    session.fingerprints.next.set(inputsKey, inputs);
    const archive = buildArchive(entries);
    const revisions = entryRevisions(archive.articles, store);
    const story = (article: ArticleEntry) => plainParagraphs(articleRecord(store, article));
    // Pagefind works in a process of its own: it indexes while the pages render. An
    // index whose folder is there holds what its name says; from scratch, none is kept.
    const indexes = (config.search ? searchShards(archive) : []).map(({ key: shard, articles }) => ({ articles, name: searchIndexName(shard, hashOf(salt, shard, ...articles.map((a) => revisions.get(a)!))) }));
    const keepIndexes = options.cache !== null && !fresh;
    searching = indexShards(session.staging, indexes.filter(({ name }) => !keepIndexes || !searchIndexed(config.out, name)), config.language, story);
    // awaited after the render; until then a failure must not count as unhandled, which would end the process
    searching.catch(() => undefined);
    const pages = sitePages(archive, config, story, indexes.map(({ name }) => searchBundle(name)));
    time("archive");
    progress.stage("render");
    const rendering = await renderChanged(pages, { config, session, store, revisions, salt, progress, pool: poolFor, parallelFrom: parallel.pages });
    const asParsed = new Set(entries);
    const peopleOf = (article: ArticleEntry) => article.quotes.map((quote) => archive.personOf.get(quote)?.slug ?? null);
    for (const file of stageDataExports(session, archive.articles, (article) => recordJson(store, article, asParsed), peopleOf, revisions, salt)) recordStaged(session, file);
    for (const [path, bytes] of await themeAssets(folders)) stageFile(session, path, bytes);
    time("render");
    const staged = await searching;
    time("search");
    session.fingerprints.next.set(pagesKey, String(rendering.pages));
    session.fingerprints.next.set(indexesKey, indexes.map(({ name }) => name).join(" "));
    const write = commitWrite(session, config.search ? new Set(indexes.map(({ name }) => name)) : null);
    time("write");
    return {
      seeds: files.length + refused.length,
      pages: rendering.pages,
      parsed,
      rendered: rendering.rendered,
      write,
      search: config.search ? searchSummary(staged) : null,
      messages,
      notices,
      milliseconds: performance.now() - started,
      stages,
    };
  } catch (error) {
    abortWrite(session);
    await searching?.catch(() => null);
    throw error;
  } finally {
    progress.done();
    await (pool as Pool<WorkerTask, unknown> | null)?.close();
    closeStore(store, saveStore);
    if (!options.cache) rmSync(state, { recursive: true, force: true });
  }
}

/** Kept with the pages' fingerprints, under names no URL has: what made the site, its page count and its search indexes. */
const inputsKey = "@inputs";
const pagesKey = "@pages";
const indexesKey = "@indexes";

/**
 * Whether the output folder is what this build would make: the build that made it had
 * the same inputs, and every file and search index it wrote is still there (a file
 * deleted by hand is written again). Then nothing needs making at all.
 */
function siteUnchanged(session: WriteSession, inputs: string, out: string): boolean {
  const { previous } = session.fingerprints;
  if (previous.get(inputsKey) !== inputs || !previous.has(pagesKey)) return false;
  const indexes = (previous.get(indexesKey) ?? "").match(/[\w-]+/g) ?? [];
  return [...session.previous.keys()].every((path) => existsSync(join(out, path))) && indexes.every((name) => searchIndexed(out, name));
}

/** An article's full record, as the archive named it: its id, slug and URL over the parser's. */
function articleRecord(store: RecordStore, article: ArticleEntry): ArticleRecord {
  const record = JSON.parse(readRecord(store.fd, storedRecord(store, article.file))) as ArticleRecord;
  return { ...record, id: article.id, slug: article.slug, url: article.url };
}

/** A record's JSON for the data export: as stored, unless the archive renamed the article. */
function recordJson(store: RecordStore, article: ArticleEntry, parsedEntries: ReadonlySet<ArticleEntry>): string {
  return parsedEntries.has(article) ? readRecord(store.fd, storedRecord(store, article.file)) : JSON.stringify(articleRecord(store, article));
}

/** One shard after another, so Pagefind holds one shard in memory at a time. */
async function indexShards(staging: string, shards: Array<{ name: string; articles: ArticleEntry[] }>, language: string, story: (article: ArticleEntry) => string[]): Promise<StagedShard[]> {
  const staged: StagedShard[] = [];
  for (const { name, articles } of shards) {
    staged.push(await stageShard(staging, name, articles, language, story));
    faultPoint("search");
  }
  return staged;
}

interface RenderContext {
  config: SiteConfig;
  session: WriteSession;
  store: RecordStore;
  revisions: Revisions;
  salt: string;
  progress: Progress;
  pool: (() => Pool<WorkerTask, unknown>) | null;
  /** How many pages to render before workers pay for their start. */
  parallelFrom: number;
}

/**
 * Renders the pages whose fingerprint differs from what made the output folder's copy,
 * as the page list makes them; the others stay as they are. Past `parallelFrom` pages
 * to render, they go to the workers a chunk at a time, a few chunks in flight.
 */
async function renderChanged(pages: Iterable<Page>, context: RenderContext): Promise<{ pages: number; rendered: number }> {
  const { session, store, progress } = context;
  const tasks = boundedTasks(tasksInFlight);
  const waiting: Page[] = [];
  let count = 0;
  let rendered = 0;
  const inPool = async (chunk: Page[]) => {
    await tasks.add(context.pool!().run({ kind: "render", pages: chunk, stories: storiesOf(chunk, store) }).then((staged) => {
      for (const file of staged as StagedFile[]) recordStaged(session, file);
      progress.advance(chunk.length);
    }));
  };
  for (const page of pages) {
    count++;
    if (unchanged(page, context)) continue;
    rendered++;
    waiting.push(page);
    if (context.pool && rendered >= context.parallelFrom) while (waiting.length >= pagesPerTask) await inPool(waiting.splice(0, pagesPerTask));
  }
  if (context.pool && rendered >= context.parallelFrom) {
    while (waiting.length > 0) await inPool(waiting.splice(0, pagesPerTask));
    await tasks.drain();
  } else {
    renderHere(waiting, context);
  }
  return { pages: count, rendered };
}

/** Whether the output folder's copy of a page was made from what would make it now; notes the page's fingerprint either way. */
function unchanged(page: Page, { session, revisions, salt }: RenderContext): boolean {
  const fingerprint = pageFingerprint(page, revisions, salt);
  const path = outputFile(page.url);
  const same = session.fingerprints.previous.get(page.url) === fingerprint && session.previous.has(path) && existsSync(join(session.out, path));
  session.fingerprints.next.set(page.url, fingerprint);
  if (same) recordStaged(session, { path, hash: session.previous.get(path)!, written: false });
  return same;
}

function workerData(config: SiteConfig, session: WriteSession): WorkerData {
  return { config, target: { out: session.out, staging: session.staging, previous: Object.fromEntries(session.previous) } };
}

interface Parsed {
  /** Every seed's entry, in the order of the seed files; the archive's input. */
  entries: ArticleEntry[];
  parsed: number;
  /** Seeds the parser failed on. */
  failed: Message[];
  /** Seeds that could not be read at all. */
  unreadable: Message[];
}

/** Tasks the workers may have queued at once: enough to keep both busy, few enough that seeds' bytes and pages do not pile up. */
const tasksInFlight = 4;

/** Tasks under way, at most `limit`: adding one more waits until one has ended. */
function boundedTasks(limit: number): { add: (task: Promise<void>) => Promise<void>; drain: () => Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    add: async (task) => {
      const tracked: Promise<void> = task.finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    },
    drain: async () => {
      await Promise.all(running);
    },
  };
}

/**
 * Every seed's entry: from the store where the seed's bytes are unchanged, the rest
 * parsed as they are read, and their records added to the store. Changed seeds wait
 * until there are `parallelFrom` of them, which the workers then parse; fewer are
 * parsed here, sparing the workers' start.
 */
async function parseChanged(files: string[], store: RecordStore, config: SiteConfig, progress: Progress, pool: (() => Pool<WorkerTask, unknown>) | null, parallelFrom: number): Promise<Parsed> {
  progress.stage("parse", files.length);
  const waiting: Array<SeedBytes & { hash: string; stamp: string | null }> = [];
  let inPool = false;
  const parseChunk = async (seeds: SeedBytes[]) => (inPool ? ((await pool!().run({ kind: "parse", seeds })) as ParseOutcome[]) : parseSeeds(seeds, config));
  const failed: Message[] = [];
  const unreadable: Message[] = [];
  const tasks = boundedTasks(tasksInFlight);
  let parsed = 0;
  const dispatch = async (seeds: Array<SeedBytes & { hash: string; stamp: string | null }>) => {
    const task = parseChunk(seeds).then((outcomes) => {
      outcomes.forEach((outcome, i) => {
        const { file, hash } = seeds[i];
        if ("json" in outcome) {
          addRecord(store, file, hash, outcome.json, outcome.entry);
          stampRecord(store, file, seeds[i].stamp);
        }
        else {
          dropRecord(store, file);
          failed.push(outcome.error);
        }
        faultPoint("parse");
      });
      progress.advance(seeds.length);
    });
    parsed += seeds.length;
    await tasks.add(task);
  };
  // the outlets setting names publishers, so it is part of what a record is made from
  const settings = hashOf(config.encoding ?? "", JSON.stringify(config.outlets));
  for (const file of files) {
    // a seed as it was when its record was made is not read again; its settings are part of the stamp
    const stamp = seedStamp(config.seeds, file);
    const stamped = stamp === null ? null : `${stamp}:${settings}`;
    if (stamped !== null && store.items.get(file)?.stamp === stamped) {
      progress.advance(1);
      continue;
    }
    const bytes = readSeedBytes(config.seeds, file, config.maxSeedBytes);
    if (!(bytes instanceof Uint8Array)) {
      dropRecord(store, file);
      unreadable.push(bytes);
      continue;
    }
    const hash = hashOf(bytes, settings);
    if (store.items.get(file)?.hash === hash) {
      stampRecord(store, file, stamped);
      progress.advance(1);
    } else {
      waiting.push({ file, bytes, hash, stamp: stamped });
      inPool ||= pool !== null && parsed + waiting.length >= parallelFrom;
      if (inPool) while (waiting.length >= seedsPerTask) await dispatch(waiting.splice(0, seedsPerTask));
    }
  }
  while (waiting.length > 0) await dispatch(waiting.splice(0, seedsPerTask));
  await tasks.drain();
  const listed = new Set(files);
  for (const file of [...store.items.keys()]) if (!listed.has(file)) dropRecord(store, file);
  const entries = files.flatMap((file) => {
    const item = store.items.get(file);
    return item ? [item.entry] : [];
  });
  shareRepeated(entries);
  failed.sort((a, b) => compareCodePoints(a.file, b.file));
  return { entries, parsed, failed, unreadable };
}

/**
 * Topics, sources and publishers repeat across thousands of articles ("Ukraine", a
 * place): one object for each, shared by every entry that names it, rather than a copy
 * per entry. Entries are not changed after this, so sharing is safe.
 */
function shareRepeated(entries: ArticleEntry[]): void {
  const shared = new Map<string, object>();
  const one = <T extends object>(key: string, item: T): T => {
    const known = shared.get(key) as T | undefined;
    if (known) return known;
    shared.set(key, item);
    return item;
  };
  for (const entry of entries) {
    entry.topics = entry.topics.map((topic) => one(`topic\0${topic.kind}\0${topic.name}`, topic));
    entry.sources = entry.sources.map((source) => one(`source\0${source.kind}\0${source.name}`, source));
    const publisher = entry.publisher;
    if (publisher) entry.publisher = one(`publisher\0${publisher.name}\0${publisher.url ?? ""}\0${publisher.email ?? ""}`, publisher);
  }
}

/** An entry's revision: its seed's bytes, and the id and URL the archive gave it. */
function entryRevisions(articles: ArticleEntry[], store: RecordStore): Revisions {
  const revisions: Revisions = new WeakMap();
  for (const article of articles) {
    const revision = `${store.items.get(article.file)!.hash}:${article.id}:${article.url}`;
    revisions.set(article, revision);
    revisions.set(summary(article), `${revision}:summary`);
  }
  return revisions;
}

function renderHere(pages: Page[], { config, session, store, progress }: RenderContext): void {
  const env = createEnvironment(config);
  for (const c of chunk(pages, pagesPerTask)) {
    for (const file of renderWithStories(env, config, c, storiesOf(c, store), session)) recordStaged(session, file);
    progress.advance(c.length);
  }
}

/** Where each page's full record lies, for the article pages among them. */
function storiesOf(pages: Page[], store: RecordStore): Array<StoredRecord | null> {
  return pages.map((page) => (page.story ? storedRecord(store, page.story) : null));
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
