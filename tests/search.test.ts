// The search index as the build leaves it in the output folder: Pagefind's bundle over
// the article pages alone, the same bytes for the same site, and no trace of an earlier
// index once the site changes.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSeeds, siteFiles } from "./browser/site.js";
import { root, runCli, tempDir } from "./helpers.js";

interface Entry {
  languages: Record<string, { page_count: number }>;
}

/** The year indexes under pagefind/, each a Pagefind bundle of its own, in a folder named by its year and what made it. */
function shards(out: string): string[] {
  return readdirSync(join(out, "pagefind")).sort();
}

function shardOf(out: string, year: string): string {
  return shards(out).find((name) => name.startsWith(`${year}-`))!;
}

function indexedPages(out: string): number {
  return shards(out).reduce((sum, shard) => {
    const entry = JSON.parse(readFileSync(join(out, "pagefind", shard, "pagefind-entry.json"), "utf8")) as Entry;
    return sum + Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }, 0);
}

function fragments(out: string): number {
  return shards(out).reduce((sum, shard) => sum + readdirSync(join(out, "pagefind", shard, "fragment")).length, 0);
}

/** Path and content hash of every file of the bundle. */
function bundle(out: string): string[] {
  return siteFiles(join(out, "pagefind")).map((f) => `${f} ${createHash("sha256").update(readFileSync(join(out, "pagefind", f))).digest("hex")}`);
}

/** The years of the test articles: the project's seed (2023) and the browser fixtures (2024). */
const YEARS = ["2023", "2024"];

describe("the search index", () => {
  const temp = tempDir("broadsheet-search-");
  const seeds = join(temp.path, "seeds");
  const out = join(temp.path, "out");
  const build = () => runCli(["build", "--seeds", seeds, "--out", out, "--base-url", "https://example.org/archive/"], temp.path);

  beforeAll(() => {
    cpSync(join(root, "seeds/000_fd44b74fcdb4dbec.txt"), join(seeds, "000_fd44b74fcdb4dbec.txt"));
    cpSync(fixtureSeeds, seeds, { recursive: true });
    expect(build().status).toBe(0);
  });
  afterAll(() => temp.remove());

  it("holds the article pages and no listing", () => {
    expect(indexedPages(out)).toBe(4);
    expect(fragments(out)).toBe(4);
    expect(shards(out).map((name) => /^(\d{4})-[0-9a-f]{12}$/.exec(name)?.[1])).toEqual(YEARS);
    for (const shard of shards(out)) {
      expect(siteFiles(join(out, "pagefind", shard))).toEqual(expect.arrayContaining(["pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"]));
    }
    const page = readFileSync(join(out, "search/index.html"), "utf8");
    expect(page).toContain(`<script src="/archive/pagefind/${shardOf(out, YEARS.at(-1)!)}/pagefind-ui.js"></script>`);
  });

  it("comes out byte for byte the same when the site did not change", () => {
    const first = bundle(out);
    expect(build().status).toBe(0);
    expect(bundle(out)).toEqual(first);
  });

  it("loses a removed article's page, and the build leaves no staging folder behind", () => {
    const untouched = shardOf(out, "2023");
    const changed = shardOf(out, "2024");
    const before = statSync(join(out, "pagefind", untouched, "pagefind-entry.json")).mtimeMs;
    rmSync(join(seeds, "rail-strike.txt"));
    expect(build().status).toBe(0);
    // only the year whose articles changed is indexed again, into a folder of its own
    expect(statSync(join(out, "pagefind", untouched, "pagefind-entry.json")).mtimeMs).toBe(before);
    expect(shardOf(out, "2024")).not.toBe(changed);
    expect(existsSync(join(out, "pagefind", changed))).toBe(false);
    expect(indexedPages(out)).toBe(3);
    expect(fragments(out)).toBe(3);
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([".broadsheet-site"]);
  });

  it("stays as it was when the build fails, with no index of the failed build left beside it", () => {
    const before = bundle(out);
    cpSync(join(fixtureSeeds, "rail-strike.txt"), join(seeds, "rail-strike.txt"));
    const theme = join(temp.path, "templates");
    mkdirSync(theme);
    writeFileSync(join(theme, "article.njk"), "{{ story | nosuchfilter }}");
    writeFileSync(join(temp.path, "broadsheet.config.json"), '{ "templates": "templates" }');
    const failed = build();
    rmSync(theme, { recursive: true });
    rmSync(join(temp.path, "broadsheet.config.json"));
    expect(failed.status).not.toBe(0);
    expect(bundle(out)).toEqual(before);
    expect(shards(out)).toHaveLength(YEARS.length);
    rmSync(join(seeds, "rail-strike.txt"));
  });

  it("goes away with the search page and its link when the settings turn search off", () => {
    writeFileSync(join(temp.path, "broadsheet.config.json"), '{ "search": false }');
    expect(build().status).toBe(0);
    expect(existsSync(join(out, "pagefind"))).toBe(false);
    expect(existsSync(join(out, "search/index.html"))).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).not.toContain("/search/");
    rmSync(join(temp.path, "broadsheet.config.json"));
    expect(build().status).toBe(0);
    expect(indexedPages(out)).toBe(3);
  });
});
