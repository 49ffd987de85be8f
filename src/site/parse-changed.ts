// The parse stage of a build: every seed's entry, from the record store where the
// seed is as it was, the others parsed (on the workers, past a number) and stored.
import type { SiteConfig } from "../config.js";
import { readSeedBytes, seedStamp } from "../read/seeds.js";
import { compareCodePoints } from "../order.js";
import type { ArticleEntry, Message } from "../types.js";
import { hashOf } from "./cache.js";
import { faultPoint } from "./faults.js";
import type { Pool } from "./pool.js";
import type { Progress } from "./progress.js";
import { boundedTasks, seedsPerTask, tasksInFlight } from "./schedule.js";
import { addRecord, dropRecord, stampRecord, type RecordStore } from "./store.js";
import type { ParseOutcome, SeedBytes, WorkerTask } from "./worker.js";

export interface Parsed {
  /** Every seed's entry, in the order of the seed files; the archive's input. */
  entries: ArticleEntry[];
  parsed: number;
  /** Seeds the parser failed on. */
  failed: Message[];
  /** Seeds that could not be read at all. */
  unreadable: Message[];
}

/**
 * Every seed's entry: from the store where the seed's bytes are unchanged, the rest
 * parsed as they are read, and their records added to the store. Changed seeds wait
 * until there are `parallelFrom` of them, which the workers then parse; fewer are
 * parsed here, sparing the workers' start. A seed `unchanged` vouches for (the build was
 * told which changed) is taken from the store without looking at it.
 */
export async function parseChanged(files: string[], store: RecordStore, config: SiteConfig, progress: Progress, pool: (() => Pool<WorkerTask, unknown>) | null, parallelFrom: number, unchanged: (file: string) => boolean = () => false): Promise<Parsed> {
  progress.stage("parse", files.length);
  const waiting: Array<SeedBytes & { hash: string; stamp: string | null }> = [];
  let inPool = false;
  // the parser loads when a seed is parsed on this thread: a build with nothing to parse starts without it
  const parseChunk = async (seeds: SeedBytes[]) => (inPool ? ((await pool!().run({ kind: "parse", seeds })) as ParseOutcome[]) : (await import("./worker.js")).parseSeeds(seeds, config));
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
    // a seed the build was told is unchanged (--changed) is not even looked at
    const known = store.items.get(file);
    if (known?.stamp?.endsWith(`:${settings}`) && unchanged(file)) {
      progress.advance(1);
      continue;
    }
    const stamp = seedStamp(config.seeds, file);
    const stamped = stamp === null ? null : `${stamp}:${settings}`;
    if (stamped !== null && known?.stamp === stamped) {
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
  failed.sort((a, b) => compareCodePoints(a.file, b.file));
  return { entries, parsed, failed, unreadable };
}
