// How many real seeds in ../shared get a publisher: from boilerplate, or from a file-name
// prefix (the polnear sets' "breitbart_", "nyt_", ...). Most of them should.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../src/parse/index.js";
import { seedFromBytes } from "../src/read/seeds.js";
import { hasShared, shared, sharedMissing } from "./helpers.js";

const sets = ["seeds", "corpus/scrapinghub", "corpus/newspaper", "corpus/readability", "polnear/dev/seeds", "polnear/train/seeds"];

describe.skipIf(!hasShared)(`publishers of the shared seeds (${hasShared ? "../shared" : sharedMissing})`, () => {
  it("most records have a publisher", () => {
    let records = 0;
    let published = 0;
    for (const set of sets) {
      const folder = join(shared, set);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".txt"))) {
        records++;
        if (parseSeed(seedFromBytes(file, readFileSync(join(folder, file)))).publisher) published++;
      }
    }
    console.log(`shared seeds: ${published} of ${records} records have a publisher`);
    expect(published / records).toBeGreaterThan(0.75);
  });
});
