// Every real seed in ../shared parses without an exception into a record with a headline,
// and a date unless its date line holds no calendar date or a placeholder (0001-01-01),
// which must then be reported.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../src/parse/index.js";
import { seedFromBytes } from "../src/read/seeds.js";
import { hasShared, shared, sharedMissing } from "./helpers.js";

const sets = ["corpus/scrapinghub", "corpus/newspaper", "corpus/readability", "polnear/dev/seeds", "polnear/train/seeds"];

describe.skipIf(!hasShared)(`the shared seeds (${hasShared ? "../shared" : sharedMissing})`, () => {
  for (const set of sets) {
    it(`${set}: every seed gives a record with a headline, and a date or a date reported`, () => {
      const folder = join(shared, set);
      const files = readdirSync(folder).filter((f) => f.endsWith(".txt"));
      expect(files.length).toBeGreaterThan(0);
      const failures = files.flatMap((file) => {
        const record = parseSeed(seedFromBytes(file, readFileSync(join(folder, file))));
        const dateError = record.messages.some((m) => m.rule === "date" && (m.severity === "error" || m.message.includes("placeholder")));
        return (record.date || dateError) && record.headline.trim() ? [] : [`${file}: date ${record.date}, headline "${record.headline}"`];
      });
      expect(failures).toEqual([]);
    });
  }
});
