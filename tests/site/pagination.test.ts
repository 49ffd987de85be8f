// Oldest-anchored pagination, as a build writes it: a new newest article changes its own
// page, its neighbour, the first and newest numbered page of each listing it joins, the
// name indexes, feeds, sitemap and data exports, and no other numbered page.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";
import { snapshot } from "./sites.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

/** Article `i` of a harbour story, one a day from 1 January 2024, all quoting one mayor, citing one agency, about one town. */
function seed(i: number): string {
  const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
  return [
    ` date ${day} Harbour report number ${i} from Northshire`,
    `"The ferry ${i} leaves on time every morning now," Mayor Ilse Vance said, according to Reuters.`,
    `The harbour in Sofia has ${i} boats this week.`,
  ].join("\n");
}

/** The files that differ between two snapshots of a site, or exist in one only. */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** The highest page number of each listing in a site: "people/ilse-vance/" -> 9. */
function newestNumbered(site: Map<string, string>): Map<string, number> {
  const newest = new Map<string, number>();
  for (const path of site.keys()) {
    const m = /^(.*?)page\/(\d+)\/index\.html$/.exec(path);
    if (m) newest.set(m[1], Math.max(newest.get(m[1]) ?? 0, Number(m[2])));
  }
  return newest;
}

describe("oldest-anchored pagination in a build", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  const cache = join(tmp.path, "cache");
  let config: SiteConfig;
  // 40 articles in pages of 5: 8 full numbered pages in each listing they all join
  const articles = 40;

  beforeAll(async () => {
    mkdirSync(seeds, { recursive: true });
    for (let i = 0; i < articles; i++) writeFileSync(join(seeds, `h${String(i).padStart(3, "0")}.txt`), seed(i));
    config = { ...defaultConfig, seeds, out, pageSize: 5, search: false };
    await build(config, { cache });
  }, 120_000);
  afterAll(() => tmp.remove());

  it("changes no numbered page but the newest of each listing when a newest article arrives", async () => {
    const before = snapshot(out);
    writeFileSync(join(seeds, `h${articles}.txt`), seed(articles));
    await build(config, { cache });
    const after = snapshot(out);
    const changed = changedFiles(before, after);
    const newest = newestNumbered(after);
    const numbered = changed.flatMap((path) => {
      const m = /^(.*?)page\/(\d+)\/index\.html$/.exec(path);
      return m ? [[m[1], Number(m[2])] as const] : [];
    });
    // 41 articles: a ninth numbered page opens, and the eighth's newer link moves to it
    for (const [listing, n] of numbered) expect(n, `${listing}page/${n}/`).toBeGreaterThanOrEqual(newest.get(listing)! - 1);
    expect(numbered.filter(([listing]) => listing === "").map(([, n]) => n).sort()).toEqual([8, 9]);
    expect(numbered.filter(([listing]) => listing === "people/ilse-vance/").map(([, n]) => n).sort()).toEqual([8, 9]);
    expect(before.get("page/3/index.html")).toBe(after.get("page/3/index.html"));
    expect(after.get("page/1/index.html")).toContain("Harbour report number 0 from Northshire");
    expect(after.get("index.html")).toContain(`Harbour report number ${articles} from Northshire`);
    // the feeds of the person, source and topic the new article joins change with it, each
    // holding its listing's newest entries: three files more than before (35 in all)
    expect(changed.filter((path) => path.endsWith("/feed.xml"))).toEqual(["people/ilse-vance/feed.xml", "sources/reuters/feed.xml", "topics/sofia/feed.xml"]);
    expect(changed.length).toBeLessThan(45);
  }, 120_000);

  it("matches a clean build after the new article", async () => {
    const clean = join(tmp.path, "clean");
    rmSync(clean, { recursive: true, force: true });
    await build({ ...config, out: clean }, { cache: null });
    expect(snapshot(out)).toEqual(snapshot(clean));
  }, 120_000);

  it("shows totals on a listing's first page only", () => {
    const site = snapshot(out);
    expect(site.get("people/ilse-vance/index.html")).toMatch(/41 quotes in 41 articles/);
    expect(site.get("people/ilse-vance/page/2/index.html")).not.toMatch(/\d+ quotes in \d+ articles/);
    expect(site.get("people/ilse-vance/page/2/index.html")).toContain("<title>Ilse Vance, page 2 ");
    expect(site.get("2024/index.html")).toMatch(/41 articles/);
    expect(site.get("2024/page/2/index.html")).not.toMatch(/\d+ articles/);
  });
});
