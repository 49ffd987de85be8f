// What search engines and social cards read: descriptions from the lead, og:type and the
// site image, sitemap lastmod from the articles, NewsArticle JSON-LD, no canonical on 404.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { createEnvironment } from "../../src/render/env.js";
import { defaultTemplates } from "../../src/render/theme-folders.js";
import { loadLocale } from "../../src/render/locale.js";
import { metaDescription } from "../../src/render/page.js";
import { notFoundPages } from "../../src/render/pages.js";
import { renderPage } from "../../src/render/render.js";
import { build } from "../../src/site/build.js";
import { tempDir } from "../helpers.js";

const longLead = "The ferry between Northshire and the island of Vell will run twice a day from June, the harbour board decided on Monday after a year of complaints from commuters who waited for hours on the quay in winter.";

const seeds: Record<string, string> = {
  "ferry.txt": [
    " date 2024-03-05 Ferry to Vell will run twice a day",
    longLead,
    `"We heard the commuters loud and clear," board chair Mira Solberg said.`,
  ].join("\n"),
  "quay.txt": [
    " date 2024-03-01 Quay lights mended",
    `"certainly look into it," Mira Solberg said of the dark quay.`,
    "Workers mended the lights on the quay on Friday.",
  ].join("\n"),
  "column.md": "---\ntitle: A column on tides & <storms>\ndate: 2024-02-10\nmodified: 2024-04-02\nauthor: Jane Roe\n---\nTides rose higher than any year since records began, the column says.\n",
};

describe("metadata of a built site", () => {
  const tmp = tempDir();
  const out = join(tmp.path, "out");
  let config: SiteConfig;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  const meta = (html: string, attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)">`).exec(html)?.[1] ?? null;
  const jsonld = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]) as Record<string, unknown>;

  beforeAll(async () => {
    const folder = join(tmp.path, "seeds");
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(seeds)) writeFileSync(join(folder, name), text);
    config = { ...defaultConfig, seeds: folder, out, baseUrl: "https://example.org/news/", title: "Harbour Times", search: false, image: "/assets/card.png" };
    await build(config);
  }, 120_000);
  afterAll(() => tmp.remove());

  it("describes an article by its lead, cut at a word boundary to about 160 characters, not by its first quote", () => {
    const page = read("2024/03/05/ferry-to-vell-will-run-twice-a-day/index.html");
    const description = meta(page, "name", "description")!;
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("…")).toBe(true);
    expect(longLead.startsWith(description.slice(0, -1))).toBe(true);
    expect(longLead[description.length - 1]).toMatch(/[\s,]/);
    expect(meta(page, "property", "og:description")).toBe(description);
    const quay = read("2024/03/01/quay-lights-mended/index.html");
    // the whole first paragraph, not the words of the quote it opens with
    expect(meta(quay, "name", "description")).toBe("&quot;certainly look into it,&quot; Mira Solberg said of the dark quay.");
  });

  it("describes listings by what they list, not by the generic site description", () => {
    const descriptions = ["index.html", "2024/index.html", "people/index.html", "people/mira-solberg/index.html", "sources/index.html", "topics/index.html"].map((path) => meta(read(path), "name", "description"));
    expect(descriptions).not.toContain(defaultConfig.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    expect(descriptions[1]).toBe("3 articles from 2024");
    expect(descriptions[3]).toBe("Every quote by Mira Solberg in Harbour Times");
  });

  it("marks articles og:type article and every other page website", () => {
    expect(meta(read("2024/03/05/ferry-to-vell-will-run-twice-a-day/index.html"), "property", "og:type")).toBe("article");
    for (const path of ["index.html", "people/mira-solberg/index.html", "2024/03/index.html", "404.html"]) expect(meta(read(path), "property", "og:type"), path).toBe("website");
  });

  it("names the configured site image for Open Graph and the Twitter card, absolute", () => {
    const page = read("people/mira-solberg/index.html");
    expect(meta(page, "property", "og:image")).toBe("https://example.org/news/assets/card.png");
    expect(meta(page, "name", "twitter:image")).toBe("https://example.org/news/assets/card.png");
    expect(meta(page, "name", "twitter:card")).toBe("summary_large_image");
  });

  it("has no image tags without a configured image", () => {
    const plain = { ...defaultConfig, image: null };
    const html = renderPage(createEnvironment(plain), plain, notFoundPages(loadLocale([defaultTemplates], "en"))[0]).content;
    expect(html).not.toContain("og:image");
    expect(html).not.toContain("twitter:image");
    expect(meta(html, "name", "twitter:card")).toBe("summary");
  });

  it("gives each sitemap URL a lastmod from its articles: an article's date or modified date, a listing's newest", () => {
    const sitemap = read("sitemap.xml");
    const lastmod = (path: string) => new RegExp(`<loc>https://example\\.org/news/${path}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1] ?? null;
    expect(lastmod("2024/03/05/ferry-to-vell-will-run-twice-a-day/")).toBe("2024-03-05");
    expect(lastmod("2024/02/10/a-column-on-tides-storms/")).toBe("2024-04-02");
    expect(lastmod("2024/")).toBe("2024-03-05");
    expect(lastmod("2024/02/")).toBe("2024-02-10");
    expect(lastmod("people/mira-solberg/")).toBe("2024-03-05");
    const all = [...sitemap.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(all.length).toBe([...sitemap.matchAll(/<url>/g)].length);
    // from the articles, never the clock
    expect(new Set(all)).toEqual(new Set(["2024-03-05", "2024-03-01", "2024-04-02", "2024-02-10"]));
  });

  it("carries NewsArticle JSON-LD with author, publisher, description and both dates", () => {
    const page = read("2024/02/10/a-column-on-tides-storms/index.html");
    expect(jsonld(page)).toMatchObject({
      "@type": "NewsArticle",
      headline: "A column on tides & <storms>",
      author: { "@type": "Person", name: "Jane Roe" },
      publisher: { "@type": "Organization", name: "Harbour Times" },
      description: "Tides rose higher than any year since records began, the column says.",
      datePublished: "2024-02-10",
      dateModified: "2024-04-02",
      image: "https://example.org/news/assets/card.png",
    });
    expect(page).not.toContain("<storms>");
    const ferry = jsonld(read("2024/03/05/ferry-to-vell-will-run-twice-a-day/index.html"));
    expect(ferry).toMatchObject({ datePublished: "2024-03-05", dateModified: "2024-03-05", description: meta(read("2024/03/05/ferry-to-vell-will-run-twice-a-day/index.html"), "name", "description") });
    expect(ferry).not.toHaveProperty("author");
  });

  it("gives the 404 page no canonical link and no og:url, and every other page both", () => {
    const notFound = read("404.html");
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).not.toContain("og:url");
    const home = read("index.html");
    expect(home).toContain('<link rel="canonical" href="https://example.org/news/">');
    expect(meta(home, "property", "og:url")).toBe("https://example.org/news/");
  });
});

describe("metaDescription", () => {
  it("keeps a short lead whole and cuts a long one at a word boundary", () => {
    expect(metaDescription("  A short   lead. ")).toBe("A short lead.");
    const cut = metaDescription(`${"word ".repeat(40)}end`);
    expect(cut).toBe(`${"word ".repeat(31).trim()}…`);
    expect(cut.length).toBeLessThanOrEqual(160);
  });
});
