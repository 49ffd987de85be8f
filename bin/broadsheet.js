#!/usr/bin/env node
// The command line's entry. The TypeScript in src/ is compiled to lib/ by `npm install` (prepare).
import { existsSync } from "node:fs";

const compiled = new URL("../lib/cli.js", import.meta.url);
if (!existsSync(compiled)) {
  console.error("broadsheet: lib/ is missing; run `npm install` (or `npx tsc`) to compile it");
  process.exit(2);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
