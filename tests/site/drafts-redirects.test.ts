// Built sites: drafts left out of every output (and shown marked when asked, as serve
// does); redirect pages at the URLs an article had and at its aliases, never over a page.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { tempDir } from "../helpers.js";
import { snapshot } from "./sites.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

function seed(headline: string, date: string, extra = ""): string {
  return `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\n${extra}---\n\n"The quay will be ready in May," harbour master Lena Voss said.\n`;
}

describe("drafts in a built site", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(seeds);
  writeFileSync(join(seeds, "quay.md"), seed("Quay works start in spring", "2024-03-05"));
  writeFileSync(join(seeds, "gull.md"), seed("Gull colony moves to the breakwater", "2024-03-06", "draft: true\ntags: [seabirds]\n"));
  writeFileSync(join(seeds, "tern.md"), seed("Tern census counts fewer nests", "2024-04-02", "draft: true\n"));
  const config: SiteConfig = { ...defaultConfig, seeds, out: join(tmp.path, "out"), baseUrl: "https://example.org/" };

  it("are left out of every page, feed, sitemap, listing and data export, and counted", async () => {
    const result = await build(config, { cache: join(tmp.path, "cache") });
    expect(result.drafts).toBe(2);
    expect(result.messages.filter((m) => m.rule === "draft")).toEqual([]);
    const site = snapshot(config.out);
    expect([...site.keys()].filter((path) => /gull|tern|seabirds|2024\/04/.test(path))).toEqual([]);
    const holding = [...site].filter(([, text]) => /Gull colony|Tern census|gull-colony|tern-census|seabirds/i.test(text)).map(([path]) => path);
    expect(holding).toEqual([]);
    expect(site.get("index.html")).toContain("Quay works start in spring");
  });

  it("are pages marked Draft, in their listings too, when a build shows them (as serve does)", async () => {
    const out = join(tmp.path, "shown");
    const result = await build({ ...config, out }, { cache: null, drafts: true });
    expect(result.drafts).toBe(0);
    const page = readFileSync(join(out, "2024/03/06/gull-colony-moves-to-the-breakwater/index.html"), "utf8");
    expect(page).toMatch(/class="draft-mark">Draft/);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home.match(/class="draft-mark">Draft</g)).toHaveLength(2);
    expect(readFileSync(join(out, "2024/03/05/quay-works-start-in-spring/index.html"), "utf8")).not.toContain("draft-mark");
  });
});

describe("redirects", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  const cache = join(tmp.path, "cache");
  mkdirSync(seeds);
  const config: SiteConfig = { ...defaultConfig, seeds, out: join(tmp.path, "out"), baseUrl: "https://example.org/harbour/" };
  const page = (url: string) => readFileSync(join(config.out, url, "index.html"), "utf8");
  const oldUrl = "2024/03/05/quay-works-start-in-spring";
  const newUrl = "2024/03/05/quay-works-start-in-april-not-in-spring";

  it("keep the old URL of an article whose headline was corrected, pointing to the new one", async () => {
    writeFileSync(join(seeds, "quay.md"), seed("Quay works start in spring", "2024-03-05"));
    writeFileSync(join(seeds, "ferry.md"), seed("Ferry timetable changes", "2024-03-07"));
    await build(config, { cache });
    expect(page(oldUrl)).toContain("<h1>Quay works start in spring</h1>");
    writeFileSync(join(seeds, "quay.md"), seed('Quay works start in April, not in spring <"&>', "2024-03-05"));
    await build(config, { cache });
    const redirect = page(oldUrl);
    expect(redirect).toContain(`<link rel="canonical" href="https://example.org/harbour/${newUrl}/">`);
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=/harbour/${newUrl}/">`);
    expect(redirect).toContain('<meta name="robots" content="noindex">');
    expect(redirect).toContain("Quay works start in April, not in spring &lt;&quot;&amp;&gt;");
    expect(redirect).not.toContain('<"&>');
    expect(page(newUrl)).toContain("<h1>Quay works start in April");
    expect(readFileSync(join(config.out, "sitemap.xml"), "utf8")).not.toContain(oldUrl);
  });

  it("keep every URL an article had, and stay as they are on a rebuild", async () => {
    writeFileSync(join(seeds, "quay.md"), seed("Quay works start in May", "2024-03-05"));
    await build(config, { cache });
    for (const url of [oldUrl, newUrl]) expect(page(url)).toContain('href="https://example.org/harbour/2024/03/05/quay-works-start-in-may/"');
    const before = snapshot(config.out);
    const again = await build(config, { cache });
    expect(again.write.written).toBe(0);
    expect(snapshot(config.out)).toEqual(before);
  });

  it("never take the place of a page: a new article at an old URL is that article's", async () => {
    writeFileSync(join(seeds, "quay-2.md"), seed("Quay works start in spring", "2024-03-05"));
    await build(config, { cache });
    expect(page(oldUrl)).toContain("<h1>Quay works start in spring</h1>");
    expect(page(newUrl)).toContain("quay-works-start-in-may");
    rmSync(join(seeds, "quay-2.md"));
  });

  it("are made at each alias in every build, the cache kept or not, and an alias at a page is a warning", async () => {
    writeFileSync(join(seeds, "pier.md"), seed("Pier reopens", "2024-03-09", 'aliases: ["/news/pier-reopens.html", "/old/pier/", "/2024/03/07/ferry-timetable-changes/", "/assets/style.css.html"]\n'));
    for (const options of [{ cache }, { cache: null }]) {
      rmSync(config.out, { recursive: true, force: true });
      const result = await build(config, options);
      expect(readFileSync(join(config.out, "news/pier-reopens.html"), "utf8")).toContain('url=/harbour/2024/03/09/pier-reopens/"');
      expect(page("old/pier")).toContain('rel="canonical" href="https://example.org/harbour/2024/03/09/pier-reopens/"');
      expect(page("2024/03/07/ferry-timetable-changes")).toContain("<h1>Ferry timetable changes</h1>");
      expect(existsSync(join(config.out, "assets/style.css.html"))).toBe(false);
      expect(result.messages.filter((m) => m.rule === "aliases").map((m) => [m.file, m.severity])).toEqual([["pier.md", "warning"], ["pier.md", "warning"]]);
    }
  });

  it("never go where a file of the site is, or a folder it needs, whatever the case of the alias, and the build goes on", async () => {
    const aliases = ["feed.xml", "/404.html/", "sitemap.xml", "/data/articles.ndjson", "/people/lena-voss/feed.xml/", "/People/", "/2024/03/07/FERRY-timetable-changes/"];
    writeFileSync(join(seeds, "pier.md"), seed("Pier reopens", "2024-03-09", `aliases: ${JSON.stringify(aliases)}\n`));
    rmSync(config.out, { recursive: true, force: true });
    const result = await build(config, { cache: null });
    expect(result.messages.filter((m) => m.rule === "aliases")).toHaveLength(aliases.length);
    expect(readFileSync(join(config.out, "feed.xml"), "utf8")).toContain("<feed");
    expect(readFileSync(join(config.out, "people/index.html"), "utf8")).not.toContain('http-equiv="refresh"');
    expect(existsSync(join(config.out, "data/articles.ndjson/index.html"))).toBe(false);
  });

  it("give an URL an article had to that article, not to another's alias", async () => {
    writeFileSync(join(seeds, "pier.md"), seed("Pier reopens", "2024-03-09", `aliases: ["/${oldUrl}/"]\n`));
    const result = await build(config, { cache });
    expect(page(oldUrl)).toContain("quay-works-start-in-may");
    expect(result.messages.filter((m) => m.rule === "aliases").map((m) => m.file)).toEqual(["pier.md"]);
  });

  it("say the alias that lost on every build, the site left as it was or not, so --strict gives one answer", async () => {
    const again = await build(config, { cache });
    expect(again.rendered).toBe(0);
    expect(again.messages.filter((m) => m.rule === "aliases").map((m) => m.file)).toEqual(["pier.md"]);
    rmSync(join(seeds, "pier.md"));
  });

  it("are forgotten with the cache, where a clean build cannot know an article's old URLs", async () => {
    const fresh = join(tmp.path, "fresh");
    await build({ ...config, out: fresh }, { cache: null });
    expect(existsSync(join(fresh, oldUrl))).toBe(false);
  });
});

describe("placeholder dates in a built site", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(seeds);
  writeFileSync(join(seeds, "quay.md"), seed("Quay works start in spring", "2024-03-05"));
  writeFileSync(join(seeds, "pier.md"), seed("Pier reopens on Monday", "0001-01-01"));

  it("are never a year: the article is undated, and Browse by date links /undated/", async () => {
    const out = join(tmp.path, "out");
    await build({ ...defaultConfig, seeds, out, baseUrl: "https://example.org/" }, { cache: null });
    expect(existsSync(join(out, "0001"))).toBe(false);
    expect(existsSync(join(out, "undated/pier-reopens-on-monday/index.html"))).toBe(true);
    const browse = /<nav class="periods" aria-label="Browse by year">[\s\S]*?<\/nav>/.exec(readFileSync(join(out, "index.html"), "utf8"))?.[0] ?? "";
    expect(browse).toContain('<a href="/undated/">Undated</a> <span class="count">(1)</span>');
    expect(browse).not.toContain("0001");
  });
});
