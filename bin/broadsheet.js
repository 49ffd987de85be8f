#!/usr/bin/env node
// The command line's entry. The TypeScript in src/ is compiled to lib/ by `npm install` (prepare).
import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// A build keeps its archive in memory for minutes while it makes garbage page by page, and
// V8 lets the heap grow to about twice what is live before it collects (at 100,000
// articles, 1.2 GB of heap for 0.6 GB live). Growing by a tenth keeps it near what is live,
// for a few more collections.
setFlagsFromString("--heap-growing-percent=10");

const compiled = new URL("../lib/cli.js", import.meta.url);
if (!existsSync(compiled)) {
  console.error("broadsheet: lib/ is missing; run `npm install` (or `npx tsc`) to compile it");
  process.exit(2);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
