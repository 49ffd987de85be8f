// What a build worker does: parses seeds and renders pages, off the main thread
// (worker-thread.ts, the thread's script) or on it.
import type nunjucks from "nunjucks";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry, ArticleRecord, Message } from "../types.js";
import { parseSeed } from "../parse/index.js";
import { readError, seedFromBytes } from "../read/seeds.js";
import { articleEntry } from "../archive/entry.js";
import type { Page } from "../render/page.js";
import { withStory } from "../render/pages.js";
import { renderPage } from "../render/render.js";
import { faultPoint } from "./faults.js";
import { readRecord, withPack, type StoredRecord } from "./store.js";
import { stageContent, type StagedFile, type WriteTarget } from "./write.js";

export interface SeedBytes {
  file: string;
  bytes: Uint8Array;
}

/** Article pages come with where their full records lie (`stories`, one per page, null for other pages). */
export type WorkerTask = { kind: "parse"; seeds: SeedBytes[] } | { kind: "render"; pages: Page[]; stories: Array<StoredRecord | null> };

/** A write target as it crosses to a worker: the previous hashes as an object. */
export interface SerialTarget {
  out: string;
  staging: string;
  previous: Record<string, string>;
}

export interface WorkerData {
  config: SiteConfig;
  target: SerialTarget;
}

/** A record as JSON (the form the store keeps it in) and its entry, or why there is none. */
export type ParseOutcome = { json: string; entry: ArticleEntry } | { error: Message };

/** The settings a parse reads. */
export type ParseConfig = Pick<SiteConfig, "encoding" | "outlets">;

/** A parser failure on one seed is that seed's error; the other seeds go on. */
export function parseSeeds(seeds: SeedBytes[], { encoding, outlets }: ParseConfig): ParseOutcome[] {
  return seeds.map(({ file, bytes }) => {
    try {
      const record = parseSeed(seedFromBytes(file, bytes, encoding ?? undefined), undefined, { outlets });
      return { json: JSON.stringify(record), entry: articleEntry(record) };
    } catch (error) {
      return { error: readError(file, `the parser failed on this seed: ${(error as Error).message}`, "parse") };
    }
  });
}

/**
 * Renders pages to staged files; an article page renders with its full record, read
 * from the pack where `stories` (one per page, null for other pages) says it lies.
 */
export function renderWithStories(env: nunjucks.Environment, config: SiteConfig, pages: Page[], stories: Array<StoredRecord | null>, target: WriteTarget): StagedFile[] {
  const render = (fd: number | null) => pages.map((page, i) => {
    const story = stories[i];
    const file = renderPage(env, config, story && fd !== null ? withStory(page, JSON.parse(readRecord(fd, story)) as ArticleRecord, config) : page);
    faultPoint("render");
    return stageContent(target, file.path, file.content);
  });
  const pack = stories.find((s) => s !== null)?.pack;
  return pack ? withPack(pack, render) : render(null);
}

/** An error as it crosses to the main thread: what the CLI needs to tell it (its exit code, a file-system code and path). */
export interface CarriedError {
  message: string;
  stack?: string;
  exitCode?: number;
  code?: string;
  path?: string;
  syscall?: string;
}
