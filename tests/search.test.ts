// The search index as the build leaves it in the output folder: Pagefind's bundle over
// the article pages alone, the same bytes for the same site, and no trace of an earlier
// index once the site changes.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSeeds, siteFiles } from "./browser/site.js";
import { root, runCli, tempDir } from "./helpers.js";

interface Entry {
  languages: Record<string, { page_count: number }>;
}

function indexedPages(out: string): number {
  const entry = JSON.parse(readFileSync(join(out, "pagefind/pagefind-entry.json"), "utf8")) as Entry;
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Path and content hash of every file of the bundle. */
function bundle(out: string): string[] {
  return siteFiles(join(out, "pagefind")).map((f) => `${f} ${createHash("sha256").update(readFileSync(join(out, "pagefind", f))).digest("hex")}`);
}

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
    expect(readdirSync(join(out, "pagefind/fragment"))).toHaveLength(4);
    expect(siteFiles(join(out, "pagefind"))).toEqual(expect.arrayContaining(["pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"]));
  });

  it("comes out byte for byte the same when the site did not change", () => {
    const first = bundle(out);
    expect(build().status).toBe(0);
    expect(bundle(out)).toEqual(first);
  });

  it("loses a removed article's page, and the build leaves no staging folder behind", () => {
    rmSync(join(seeds, "rail-strike.txt"));
    expect(build().status).toBe(0);
    expect(indexedPages(out)).toBe(3);
    expect(readdirSync(join(out, "pagefind/fragment"))).toHaveLength(3);
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([".broadsheet-manifest.json"]);
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
