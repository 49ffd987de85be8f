// The render stage of a build: the pages whose fingerprint differs from what made the
// output folder's copy, rendered here or, past a number, on the workers.
import type { SiteConfig } from "../config.js";
import { createEnvironment } from "../render/env.js";
import type { Page } from "../render/page.js";
import { outputFile } from "../render/urls.js";
import { pageFingerprint, type Revisions } from "./fingerprint.js";
import type { Pool } from "./pool.js";
import type { Progress } from "./progress.js";
import { chunk } from "../chunk.js";
import { boundedTasks, pagesPerTask, tasksInFlight } from "./schedule.js";
import { storedRecord, type RecordStore, type StoredRecord } from "./store.js";
import type { WorkerTask } from "./worker.js";
import { recordStaged, type StagedFile, type WriteSession } from "./write.js";

export interface RenderContext {
  config: SiteConfig;
  session: WriteSession;
  store: RecordStore;
  revisions: Revisions;
  salt: string;
  progress: Progress;
  pool: (() => Pool<WorkerTask, unknown>) | null;
  /** How many pages to render before workers pay for their start. */
  parallelFrom: number;
  /** Files of the site deleted since it was made (incremental.ts, missingFiles): their pages are rendered again. */
  missing: Set<string>;
}

/**
 * Renders the pages whose fingerprint differs from what made the output folder's copy,
 * as the page list makes them; the others stay as they are. Past `parallelFrom` pages
 * to render, they go to the workers a chunk at a time, a few chunks in flight.
 */
export async function renderChanged(pages: Iterable<Page>, context: RenderContext): Promise<{ pages: number; rendered: number }> {
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
    // a page goes to a worker as itself: what it is made from is for the fingerprint
    const { inputs: _inputs, ...alone } = page;
    waiting.push(alone);
    if (context.pool && rendered >= context.parallelFrom) while (waiting.length >= pagesPerTask) await inPool(waiting.splice(0, pagesPerTask));
  }
  if (context.pool && rendered >= context.parallelFrom) {
    while (waiting.length > 0) await inPool(waiting.splice(0, pagesPerTask));
    await tasks.drain();
  } else {
    await renderHere(waiting, context);
  }
  return { pages: count, rendered };
}

/**
 * Whether the output folder's copy of a page was made from what would make it now; notes
 * the page's fingerprint either way.
 */
function unchanged(page: Page, { session, revisions, salt, missing }: RenderContext): boolean {
  const path = outputFile(page.url);
  const there = session.previous.has(path) && !missing.has(path);
  const fingerprint = pageFingerprint(page, revisions, salt);
  const same = there && session.fingerprints.previous.get(page.url) === fingerprint;
  session.fingerprints.next.set(page.url, fingerprint);
  if (same) recordStaged(session, { path, hash: session.previous.get(path)!, written: false });
  return same;
}

/** The renderer, like the parser, loads when needed: an unchanged site never does. */
async function renderHere(pages: Page[], { config, session, store, progress }: RenderContext): Promise<void> {
  if (pages.length === 0) return;
  const { renderWithStories } = await import("./worker.js");
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
