// Worker for timeShape: builds one pathological seed and parses it, best of a few runs.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { parseSeed } from "../parse/index.js";
import { seedFromBytes } from "../read/seeds.js";
import { shapes, type Timing } from "./pathological.js";

const { shape, size, runs } = workerData as { shape: string; size: number; runs: number };
const found = shapes.find((s) => s.name === shape);
if (!found) throw new Error(`no pathological shape "${shape}"`);
const bytes = Buffer.from(found.build(size), "utf8");
let best = Infinity;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  parseSeed(seedFromBytes(found.file, bytes));
  best = Math.min(best, performance.now() - start);
}
parentPort!.postMessage({ ms: best, size: bytes.length } satisfies Timing);
