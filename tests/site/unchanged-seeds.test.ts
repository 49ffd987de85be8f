// A seed whose size, times and inode are as they were when its record was made is not
// read again; one rewritten, even with its old size and modification time, is. A site
// whose seeds, settings, theme and code are as they were is not made again at all.
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { readSeedBytes } from "../../src/read/seeds.js";
import { tempDir } from "../helpers.js";
import { seedText } from "./sites.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));
vi.mock("../../src/read/seeds.js", async (real) => {
  const seeds = await real<typeof import("../../src/read/seeds.js")>();
  return { ...seeds, readSeedBytes: vi.fn(seeds.readSeedBytes) };
});

const reads = vi.mocked(readSeedBytes);
const filesRead = () => reads.mock.calls.map(([, file]) => file);

/** A site of `n` seeds in a folder of its own, built once with a cache before the tests. */
function builtSite(n: number) {
  const tmp = tempDir();
  const site = { tmp, seeds: join(tmp.path, "seeds"), cache: join(tmp.path, "cache"), config: { ...defaultConfig, search: false } as SiteConfig };
  site.config = { ...site.config, seeds: site.seeds, out: join(tmp.path, "out") };
  beforeAll(async () => {
    mkdirSync(site.seeds, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(join(site.seeds, `s${i}.txt`), seedText(i));
    await build(site.config, { cache: site.cache });
  }, 60_000);
  afterAll(() => tmp.remove());
  return site;
}

describe("seeds left as they were", () => {
  const { seeds, cache, config } = builtSite(6);

  it("are not read again", async () => {
    reads.mockClear();
    const result = await build(config, { cache });
    expect(filesRead()).toEqual([]);
    expect(result.parsed).toBe(0);
  });

  it("leave the site as it is without making its archive or any page, when nothing else changed either", async () => {
    const result = await build(config, { cache });
    expect(result.stages.archive).toBe(0);
    expect(result.stages.render).toBe(0);
    expect(result).toMatchObject({ rendered: 0, write: { written: 0, removed: 0 } });
    expect(result.pages).toBeGreaterThan(10);
    const other = await build({ ...config, title: "Another title" }, { cache });
    expect(other.stages.render).toBeGreaterThan(0);
    expect(other.rendered).toBeGreaterThan(0);
  });

  it("are, where one changed, all but that one", async () => {
    writeFileSync(join(seeds, "s2.txt"), seedText(2).replace("Story 2", "Story 2, updated"));
    reads.mockClear();
    const result = await build(config, { cache });
    expect(filesRead()).toEqual(["s2.txt"]);
    expect(result.parsed).toBe(1);
  });

  it("do not hide a seed rewritten with its old size and modification time", async () => {
    const file = join(seeds, "s3.txt");
    const before = statSync(file);
    const text = seedText(3);
    writeFileSync(file, text.replace("Mayor", "MAYOR"));
    utimesSync(file, before.atime, before.mtime);
    reads.mockClear();
    const result = await build(config, { cache });
    expect(filesRead()).toEqual(["s3.txt"]);
    expect(result.parsed).toBe(1);
  });

  it("are read again, though unchanged, after a setting that records depend on", async () => {
    reads.mockClear();
    const result = await build({ ...config, outlets: { s: "Harbour Gazette" } }, { cache });
    expect(filesRead()).toHaveLength(6);
    expect(result.parsed).toBe(6);
  });
});

describe("seeds named as changed (--changed)", () => {
  const { tmp, seeds, cache, config } = builtSite(4);

  it("are the only ones looked at: a new one and an edited one read, a deleted one gone, the others taken as they were", async () => {
    writeFileSync(join(seeds, "s1.txt"), seedText(1).replace("Story 1", "Story 1, edited"));
    writeFileSync(join(seeds, "s9.txt"), seedText(9));
    rmSync(join(seeds, "s2.txt"));
    // edited too, but not named: taken on the last build's word
    writeFileSync(join(seeds, "s3.txt"), seedText(3).replace("Story 3", "Story 3, unnamed"));
    reads.mockClear();
    const result = await build(config, { cache, changed: ["s1.txt", "s9.txt", "s2.txt", "../outside.txt"] });
    expect(filesRead().sort()).toEqual(["s1.txt", "s9.txt"]);
    expect(result.seeds).toBe(4);
    const home = readFileSync(join(config.out, "index.html"), "utf8");
    expect(home).toContain("Story 1, edited");
    expect(home).toContain("Story 9");
    expect(home).not.toContain("Story 2 ");
    expect(home).not.toContain("Story 3, unnamed");
  });

  it("are all looked for when no earlier build of the site says what the others are", async () => {
    writeFileSync(join(seeds, "s8.txt"), seedText(8));
    const result = await build({ ...config, out: join(tmp.path, "another-site") }, { cache, changed: ["s1.txt"] });
    expect(result.seeds).toBe(5);
    expect(readFileSync(join(tmp.path, "another-site", "index.html"), "utf8")).toContain("Story 8");
  });
});
