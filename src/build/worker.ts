// A build worker: parses seeds and renders pages off the main thread.
import { parentPort, workerData } from "node:worker_threads";
import type { SiteConfig } from "../config.js";
import type { Message } from "../types.js";
import { parseSeed } from "../parse/index.js";
import { seedFromBytes } from "../read/seeds.js";
import { createEnvironment } from "../render/env.js";
import type { Page } from "../render/pages.js";
import { renderPage } from "../render/render.js";
import { stageContent, type StagedFile, type WriteTarget } from "./write.js";

export interface SeedBytes {
  file: string;
  bytes: Uint8Array;
}

export type WorkerTask = { kind: "parse"; seeds: SeedBytes[] } | { kind: "render"; pages: Page[] };

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

/** A record as JSON (the form the cache and the data export keep it in), or why there is none. */
export type ParseOutcome = { json: string } | { error: Message };

/** A parser failure on one seed is that seed's error; the other seeds go on. */
export function parseSeeds(seeds: SeedBytes[], encoding: string | null): ParseOutcome[] {
  return seeds.map(({ file, bytes }) => {
    try {
      return { json: JSON.stringify(parseSeed(seedFromBytes(file, bytes, encoding ?? undefined))) };
    } catch (error) {
      return { error: { file, line: 1, column: 1, severity: "error", rule: "parse", message: `the parser failed on this seed: ${(error as Error).message}` } };
    }
  });
}

export function renderPages(render: (page: Page) => { path: string; content: string }, pages: Page[], target: WriteTarget): StagedFile[] {
  return pages.map((page) => {
    const file = render(page);
    return stageContent(target, file.path, file.content);
  });
}

if (parentPort) {
  const { config, target: serial } = workerData as WorkerData;
  const env = createEnvironment(config);
  const target: WriteTarget = { ...serial, previous: new Map(Object.entries(serial.previous)) };
  parentPort.on("message", (task: WorkerTask) => {
    try {
      const result = task.kind === "parse"
        ? parseSeeds(task.seeds, config.encoding)
        : renderPages((page) => renderPage(env, config, page), task.pages, target);
      parentPort!.postMessage({ result });
    } catch (error) {
      parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
    }
  });
}
