#!/usr/bin/env node
// Quote and speaker evaluation on an annotated split: `npm run eval:quotes -- ../shared/polnear/dev`.
// Options: --show N (findings listed per kind, default 15), --json (the summary as JSON).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { findings, formatFindings, formatRuleScores, formatSummary, ruleScores, scoreArticle, summarize } from "../lib/eval/quotes.js";
import { parseSeed } from "../lib/parse/index.js";
import { seedFromBytes } from "../lib/read/seeds.js";

const args = process.argv.slice(2);
const splits = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--show");
const showAt = args.indexOf("--show");
const show = showAt === -1 ? 15 : Number(args[showAt + 1]);
if (splits.length === 0) {
  console.error("usage: npm run eval:quotes -- <split folder with seeds/ and gold.jsonl>... [--show N] [--json]");
  process.exit(2);
}

for (const split of splits) {
  const gold = readFileSync(join(split, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const scores = gold.map((article) => {
    const record = parseSeed(seedFromBytes(article.file, readFileSync(join(split, "seeds", article.file))));
    return scoreArticle(article, record.quotes);
  });
  const summary = summarize(scores);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ split, ...summary, rules: ruleScores(scores) }));
    continue;
  }
  const found = findings(scores);
  console.log([
    formatSummary(basename(split), summary),
    formatRuleScores(ruleScores(scores)),
    formatFindings(found.misses, "missed gold quotes", show),
    formatFindings(found.extras, "extra quotes", show),
    formatFindings(found.wrongSpeakers, "wrong speakers", show),
  ].filter(Boolean).join("\n\n"));
}
