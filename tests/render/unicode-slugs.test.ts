// Names none of whose letters has a Latin spelling keep their own letters in their
// pages' URLs: each its own page, at the same address however many others there are,
// linked as it is and given to feeds and the sitemap percent-encoded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { tempDir } from "../helpers.js";

describe("pages of names in scripts with no Latin spelling", () => {
  const tmp = tempDir();
  const out = join(tmp.path, "out");
  const seeds = join(tmp.path, "seeds");
  const read = (path: string) => readFileSync(join(out, path), "utf8");

  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "summit.md"), "---\ntitle: Summit in Beijing\ndate: 2024-05-01\ntags: [习近平, 北京]\n---\nThe leaders met.\n");
    writeFileSync(join(seeds, "knesset.md"), "---\ntitle: Knesset votes\ndate: 2024-05-02\ntags: [הכנסת]\n---\nThe vote was close.\n");
    const config: SiteConfig = { ...defaultConfig, seeds, out, search: false, baseUrl: "https://news.example.org/" };
    await build(config, { cache: null });
  }, 120_000);
  afterAll(() => tmp.remove());

  it("gives each its own page, at its own letters", () => {
    for (const slug of ["习近平", "北京", "הכנסת"]) expect(existsSync(join(out, "topics", slug, "index.html")), slug).toBe(true);
    expect(existsSync(join(out, "topics", "article", "index.html"))).toBe(false);
  });

  it("links it from the article page as it is, and names it percent-encoded in the sitemap", () => {
    expect(read("2024/05/01/summit-in-beijing/index.html")).toContain('href="/topics/习近平/"');
    expect(read("sitemap.xml")).toContain(`<loc>https://news.example.org/topics/${encodeURIComponent("习近平")}/</loc>`);
    expect(read("data/articles.ndjson")).toContain("习近平");
  });
});
