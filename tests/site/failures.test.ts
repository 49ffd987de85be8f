// One bad seed never stops the others: a parser failure becomes that seed's error.
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";

vi.mock("../../src/parse/index.js", async (real) => {
  const actual = await real<typeof import("../../src/parse/index.js")>();
  return {
    ...actual,
    parseSeed: (seed: { file: string }) => {
      if (seed.file.includes("boom")) throw new Error("a rule broke");
      return actual.parseSeed(seed as Parameters<typeof actual.parseSeed>[0]);
    },
  };
});
vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("a seed the parser fails on", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("is reported with its file, and every other seed still gets its page", async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, "good.txt"), " date 2024-03-05 Bridge to open in spring\nThe works began.\n");
    writeFileSync(join(seeds, "boom.txt"), " date 2024-03-06 Something else\nText.\n");
    const result = await build({ ...defaultConfig, seeds, out: join(tmp.path, "out") }, { cache: join(tmp.path, "cache") });
    expect(result.messages).toContainEqual(expect.objectContaining({ file: "boom.txt", severity: "error", rule: "parse", message: expect.stringContaining("a rule broke") }));
    expect(result.seeds).toBe(2);
    expect(existsSync(join(tmp.path, "out/2024/03/05/bridge-to-open-in-spring/index.html"))).toBe(true);
    const again = await build({ ...defaultConfig, seeds, out: join(tmp.path, "out") }, { cache: join(tmp.path, "cache") });
    expect(again.parsed).toBe(1);
    expect(again.messages).toContainEqual(expect.objectContaining({ file: "boom.txt", rule: "parse" }));
  });
});
