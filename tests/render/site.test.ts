import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/site/build.js";
import { ConfigError, defaultConfig, loadConfig, type SiteConfig } from "../../src/config.js";
import { paginateByDate, paginateByRank } from "../../src/render/page.js";
import { sitemapLimit, sitemapPages } from "../../src/render/feeds.js";
import { tempDir } from "../helpers.js";

function writeSeeds(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    writeFileSync(join(folder, `s${String(i).padStart(3, "0")}.txt`), [
      ` date 2024-0${1 + (i % 3)}-${day} Story number ${i} about the bridge`,
      `"We will finish the bridge number ${i} this year," Mayor Anna Petrova said, according to Reuters.`,
      `The works in Sofia began ${i} days ago.`,
    ].join("\n"));
  }
  writeFileSync(join(folder, "tagged.md"), "---\ntitle: A tagged story\ndate: 2024-02\ntags: [bridges]\nauthor: Jane Roe\n---\nA short story.\n");
}

describe("the built site", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  let config: SiteConfig;

  beforeAll(async () => {
    writeSeeds(seeds, 25);
    const theme = join(tmp.path, "theme");
    mkdirSync(join(theme, "partials"), { recursive: true });
    writeFileSync(join(theme, "partials/pagination.njk"), '{% if pagination.total > 1 %}<nav class="my-pager" aria-label="Pages">{{ pagination.number or "newest" }}/{{ pagination.total }}{% if pagination.next %} <a href="{{ pagination.next | url }}">next</a>{% endif %}</nav>{% endif %}\n');
    config = { ...defaultConfig, seeds, out, pageSize: 10, baseUrl: "https://example.org/archive/", title: "Test Archive", templates: theme };
    await build(config);
  }, 120_000);
  afterAll(() => tmp.remove());

  const read = (path: string) => readFileSync(join(out, path), "utf8");

  it("writes every page type", () => {
    for (const path of [
      "index.html", "page/2/index.html", "page/3/index.html", "2024/index.html", "2024/01/index.html", "2024/01/01/index.html",
      "2024/02/a-tagged-story/index.html", "people/index.html", "people/anna-petrova/index.html", "people/anna-petrova/page/3/index.html",
      "sources/index.html", "sources/reuters/index.html", "topics/index.html", "topics/sofia/index.html", "topics/bridges/index.html",
      "search/index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "data/articles.ndjson",
    ]) expect(existsSync(join(out, path)), path).toBe(true);
  });

  it("links under the base URL's path everywhere", () => {
    const home = read("index.html");
    expect(home).toContain('href="/archive/people/"');
    expect(home).toContain('<link rel="canonical" href="https://example.org/archive/">');
    const hrefs = [...home.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => h.startsWith("/"));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith("/archive/"))).toEqual([]);
    expect(read("404.html")).toContain('href="/archive/"');
  });

  it("uses the user's template over the default one, file by file", () => {
    expect(read("index.html")).toContain('<nav class="my-pager" aria-label="Pages">newest/3 <a href="/archive/page/2/">next</a></nav>');
    expect(read("index.html")).toContain('class="article-list"');
  });

  it("gives every page Open Graph and Twitter tags, and articles NewsArticle JSON-LD", () => {
    const page = read("2024/02/a-tagged-story/index.html");
    expect(page).toContain('<meta property="og:title" content="A tagged story">');
    expect(page).toContain('<meta name="twitter:card" content="summary">');
    const jsonld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
    expect(jsonld).toMatchObject({ "@type": "NewsArticle", headline: "A tagged story", datePublished: "2024-02", author: { name: "Jane Roe" }, url: "https://example.org/archive/2024/02/a-tagged-story/" });
  });

  it("shows a person's quote book with each quote's article and date", () => {
    const person = read("people/anna-petrova/index.html");
    expect(person).toContain("25 quotes");
    expect(person).toMatch(/<blockquote><p>We will finish the bridge number \d+ this year<\/p><\/blockquote>/);
    expect(person).toContain('<time datetime="2024-03-');
  });

  it("leads from the home page to the years, and from an article to its day", () => {
    expect(read("index.html")).toMatch(/<nav class="periods" aria-label="Browse by year">[\s\S]*href="\/archive\/2024\/"/);
    expect(read("2024/02/a-tagged-story/index.html")).toContain('<a href="/archive/2024/02/"><time datetime="2024-02">February 2024</time></a>');
  });

  it("counts and links date archives with previous and next periods", () => {
    const month = read("2024/02/index.html");
    expect(month).toContain("9 articles");
    expect(month).toContain('href="/archive/2024/03/"');
    expect(month).toContain('href="/archive/2024/01/"');
    expect(month).toContain('href="/archive/2024/02/02/"');
  });

  it("writes a JSON Feed 1.1 and an Atom feed with absolute links", () => {
    const feed = JSON.parse(read("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items).toHaveLength(26);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/example\.org\/archive\//);
      expect(typeof item.content_text).toBe("string");
    }
    expect(read("feed.xml")).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/archive/feed.xml"/>');
  });

  it("lists the records as NDJSON and names the sitemap in robots.txt", () => {
    const lines = read("data/articles.ndjson").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(26);
    expect(lines[0]).toHaveProperty("quotes");
    expect(read("robots.txt")).toContain("Sitemap: https://example.org/archive/sitemap.xml");
  });
});

describe("pagination and sitemaps", () => {
  it("splits a name index into pages with previous and next", () => {
    const pages = paginateByRank([1, 2, 3, 4, 5], 2, "/people/");
    expect(pages.map((p) => [p.url, p.items, p.pagination.number, p.pagination.previous, p.pagination.next])).toEqual([
      ["/people/", [1, 2], null, null, "/people/page/2/"],
      ["/people/page/2/", [3, 4], 2, "/people/", "/people/page/3/"],
      ["/people/page/3/", [5], 3, "/people/page/2/", null],
    ]);
  });

  it("anchors a listing by date at its oldest entry: the first page the newest, numbered pages fixed runs from the oldest", () => {
    // newest first, as listings are: 7 is the newest, 1 the oldest
    const pages = paginateByDate([7, 6, 5, 4, 3, 2, 1], 3, "/t/");
    expect(pages.map((p) => [p.url, p.items, p.pagination.number, p.pagination.total, p.pagination.previous, p.pagination.next])).toEqual([
      ["/t/", [7, 6, 5], null, 3, null, "/t/page/2/"],
      ["/t/page/1/", [3, 2, 1], 1, null, "/t/page/2/", null],
      ["/t/page/2/", [6, 5, 4], 2, null, "/t/page/3/", "/t/page/1/"],
      ["/t/page/3/", [7], 3, null, "/t/", "/t/page/2/"],
    ]);
    expect(pages[0].pagination.oldest).toBe("/t/page/1/");
    expect(paginateByDate([2, 1], 3, "/t/").map((p) => [p.url, p.pagination.next])).toEqual([["/t/", null]]);
  });

  it("changes only the first and the newest numbered page when a newest entry arrives", () => {
    const before = paginateByDate([7, 6, 5, 4, 3, 2, 1], 3, "/t/");
    const after = paginateByDate([8, 7, 6, 5, 4, 3, 2, 1], 3, "/t/");
    const changed = after.filter((page) => JSON.stringify(page) !== JSON.stringify(before.find((p) => p.url === page.url)));
    expect(changed.map((p) => p.url)).toEqual(["/t/", "/t/page/3/"]);
    const full = paginateByDate([9, 8, 7, 6, 5, 4, 3, 2, 1], 3, "/t/");
    const next = paginateByDate([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 3, "/t/");
    // a new numbered page: it, the first page, and the one before it, whose newer link moves to it
    expect(next.filter((page) => JSON.stringify(page) !== JSON.stringify(full.find((p) => p.url === page.url))).map((p) => p.url)).toEqual(["/t/", "/t/page/3/", "/t/page/4/"]);
  });

  it("splits the sitemap under a sitemap index past 50,000 URLs", () => {
    expect(sitemapPages([{ url: "/a/", updated: null }]).map((p) => p.url)).toEqual(["/sitemap.xml"]);
    const urls = Array.from({ length: sitemapLimit + 1 }, (_, i) => ({ url: `/${i}/`, updated: i === 0 ? "2024-05-01" : "2024-04-01" }));
    const pages = sitemapPages(urls);
    expect(pages.map((p) => p.url)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml"]);
    expect(pages[0].template).toBe("sitemap-index.xml.njk");
    expect(pages[0].data.sitemaps).toEqual([{ url: "/sitemap-1.xml", updated: "2024-05-01" }, { url: "/sitemap-2.xml", updated: "2024-04-01" }]);
    expect(pages[2].data.urls).toEqual([{ url: `/${sitemapLimit}/`, updated: "2024-04-01" }]);
  });
});

describe("settings", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const withFile = (text: string) => {
    const file = join(tmp.path, "broadsheet.config.json");
    writeFileSync(file, text);
    return file;
  };

  it("reads settings and resolves folders relative to the file", () => {
    const config = loadConfig(withFile('{ "title": "My Archive", "baseUrl": "https://example.org/news", "templates": "theme" }'));
    expect(config).toMatchObject({ title: "My Archive", baseUrl: "https://example.org/news/", templates: join(tmp.path, "theme") });
  });

  it("names the file, the line and the problem", () => {
    expect(() => loadConfig(withFile('{ "title": "x",\n  "pageSize": }'))).toThrow(/broadsheet\.config\.json:2:\d+: not valid JSON/);
    expect(() => loadConfig(withFile('{ "baseUrl": "example.org" }'))).toThrow(/"baseUrl" must be an absolute URL/);
    expect(() => loadConfig(withFile('{ "pagesize": 10 }'))).toThrow(/unknown setting "pagesize"/);
    expect(() => loadConfig(withFile('{ "language": "english please" }'))).toThrow(ConfigError);
  });

  it("reads outlets as lower-case file-name prefixes to outlet names", () => {
    expect(loadConfig(withFile('{ "outlets": { "gazette": "The Village Gazette" } }')).outlets).toEqual({ gazette: "The Village Gazette" });
    expect(loadConfig(null).outlets).toEqual({});
    expect(() => loadConfig(withFile('{ "outlets": ["nyt"] }'))).toThrow(/"outlets" must be an object/);
    expect(() => loadConfig(withFile('{ "outlets": { "NYT": "The New York Times" } }'))).toThrow(/prefix "NYT": a prefix is lower-case/);
    expect(() => loadConfig(withFile('{ "outlets": { "new_york": "The New York Times" } }'))).toThrow(/prefix "new_york"/);
    expect(() => loadConfig(withFile('{ "outlets": { "gazette": "" } }'))).toThrow(/gives "gazette" no outlet name/);
  });
});
