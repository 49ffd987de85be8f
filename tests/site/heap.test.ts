// The heap's rule: a build with work enough for its workers keeps the heap near what is
// live; a short one, rendering its few pages on the main thread, keeps V8's own rule.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { heapNearLive } from "../../src/site/heap.js";
import { tempDir } from "../helpers.js";
import { seedText } from "./sites.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("the heap's rule", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(seeds);
  for (let i = 1; i <= 3; i++) writeFileSync(join(seeds, `story-${i}.txt`), seedText(i));
  const config: SiteConfig = { ...defaultConfig, seeds, out: join(tmp.path, "out") };

  // in this order: the rule, once changed, stays so for the process
  it("stays V8's for a build that renders its few pages on the main thread", async () => {
    await build(config, { cache: null, workers: 2 });
    expect(heapNearLive()).toBe(false);
  });

  it("keeps the heap near what is live once a build starts its workers", async () => {
    await build(config, { cache: null, workers: 2, parallel: { seeds: 1, pages: 1 } });
    expect(heapNearLive()).toBe(true);
  });
});
