#!/usr/bin/env node
// Growth of parse time with a seed's size, for each pathological shape:
// `npm run bench:pathological -- [--shapes a,b] [--limit 30] [--max-exponent 1.3]`.
// Each size is parsed in a worker, best of 3 runs; a run past the limit (seconds) stops the shape.
import { shapes, timeShape } from "../lib/eval/pathological.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const sizes = [10_000, 100_000, 1_000_000];
const limitMs = Number(option("limit", "30")) * 1000;
const maxExponent = Number(option("max-exponent", "1.3"));
const only = option("shapes", null)?.split(",");
const chosen = only ? shapes.filter((s) => only.includes(s.name)) : shapes;

/** The slope of log(time) over log(size) between the first and the last measured size. */
function exponent(timings) {
  const first = timings[0];
  const last = timings[timings.length - 1];
  return Math.log(last.ms / first.ms) / Math.log(last.size / first.size);
}

const width = Math.max(...chosen.map((s) => s.name.length));
const cell = (text) => String(text).padStart(12);
console.log(`${"shape".padEnd(width)}${sizes.map((s) => cell(`${s / 1000} KB ms`)).join("")}  exponent`);
const failures = [];
for (const shape of chosen) {
  const timings = [];
  let stalled = false;
  for (const size of sizes) {
    const timing = await timeShape(shape.name, size, 3, limitMs);
    if (timing.ms === null) {
      // the time limit stands in for the time, so the exponent is at least this
      timings.push({ ms: limitMs, size: timing.size });
      stalled = true;
      break;
    }
    timings.push({ ms: Math.max(timing.ms, 0.01), size: timing.size });
  }
  const growth = timings.length > 1 ? exponent(timings) : NaN;
  const cells = sizes.map((_, i) => (i < timings.length ? (stalled && i === timings.length - 1 ? `>${limitMs}` : timings[i].ms.toFixed(1)) : "-"));
  const shown = Number.isNaN(growth) ? "-" : `${stalled ? ">=" : ""}${growth.toFixed(2)}`;
  console.log(`${shape.name.padEnd(width)}${cells.map(cell).join("")}  ${shown}`);
  if (stalled || growth > maxExponent) failures.push(shape.name);
}
if (failures.length > 0) {
  console.error(`\nsuper-linear (exponent above ${maxExponent} or past the ${limitMs / 1000} s limit): ${failures.join(", ")}`);
  process.exit(1);
}
