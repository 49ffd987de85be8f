// Machine-readable outputs: Atom and JSON Feed, sitemaps, robots.txt, the records as NDJSON.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry } from "../types.js";
import { isoDateTime } from "./env.js";
import { htmlSafeJson } from "./json.js";
import { summary, type Page } from "./page.js";
import { absoluteUrl } from "./urls.js";

const feedSize = 50;
/** The sitemap protocol's limit of URLs per file. */
export const sitemapLimit = 50_000;

/** `story` gives an article's paragraphs as plain text: the JSON feed carries the latest articles whole. */
export function feedPages(archive: Archive, config: SiteConfig, story: (article: ArticleEntry) => string[]): Page[] {
  const latest = archive.articles.slice(0, feedSize);
  const jsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    description: config.description,
    home_page_url: absoluteUrl(config, "/"),
    feed_url: absoluteUrl(config, "/feed.json"),
    language: config.language,
    items: latest.map((a) => ({
      id: absoluteUrl(config, a.url),
      url: absoluteUrl(config, a.url),
      title: a.headline,
      content_text: story(a).join("\n\n"),
      summary: summary(a).lead,
      ...(a.date ? { date_published: isoDateTime(a.date) } : {}),
      ...(a.author ? { authors: [{ name: a.author }] } : a.publisher ? { authors: [{ name: a.publisher.name }] } : {}),
      ...(a.tags?.length ? { tags: a.tags } : {}),
    })),
  };
  return [
    { url: "/feed.xml", template: "feed.xml.njk", data: { articles: latest.map(summary), updated: latest[0]?.date ?? null } },
    { url: "/feed.json", data: {}, content: `${htmlSafeJson(JSON.stringify(jsonFeed, null, 2))}\n` },
  ];
}

/** One sitemap, or past 50,000 URLs a sitemap index over numbered sitemaps. */
export function sitemapPages(urls: string[]): Page[] {
  if (urls.length <= sitemapLimit) return [{ url: "/sitemap.xml", template: "sitemap.xml.njk", data: { urls } }];
  const parts: Page[] = [];
  for (let i = 0; i * sitemapLimit < urls.length; i++) {
    parts.push({ url: `/sitemap-${i + 1}.xml`, template: "sitemap.xml.njk", data: { urls: urls.slice(i * sitemapLimit, (i + 1) * sitemapLimit) } });
  }
  return [{ url: "/sitemap.xml", template: "sitemap-index.xml.njk", data: { sitemaps: parts.map((p) => p.url) } }, ...parts];
}

/** /data/people.ndjson: everyone who speaks, one line each, in the order of /people/. */
export function peopleDataPages(archive: Archive): Page[] {
  const lines = archive.people.map((p) =>
    htmlSafeJson(JSON.stringify({ id: p.slug, name: p.name, kind: p.kind, aliases: p.aliases, roles: p.roles, namesakes: p.namesakes.map((n) => n.slug), quotes: p.quotes.length, articles: p.articles })),
  );
  return [{ url: "/data/people.ndjson", data: {}, content: lines.map((line) => `${line}\n`).join("") }];
}

export function robotsPages(config: SiteConfig): Page[] {
  return [{ url: "/robots.txt", data: {}, content: `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config, "/sitemap.xml")}\n` }];
}

