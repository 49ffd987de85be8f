// Machine-readable outputs: Atom and JSON Feed, sitemaps, robots.txt, the records as NDJSON.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry } from "../types.js";
import { isoDateTime } from "./env.js";
import { htmlSafeJson } from "./json.js";
import { feedUrl } from "./listings.js";
import { translate, type Locale } from "./locale.js";
import { newestDate, summary, type Page } from "./page.js";
import { absoluteUrl } from "./urls.js";

const feedSize = 50;
/** A person's, source's or topic's feed: its newest articles, as many as a listing's page shows at most. */
const followedFeedSize = 20;
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
    atomFeed("/feed.xml", { title: config.title, subtitle: config.description, alternate: "/" }, latest),
    { url: "/feed.json", data: {}, content: `${htmlSafeJson(JSON.stringify(jsonFeed, null, 2))}\n` },
  ];
}

/** An Atom feed at `url` of `articles` (newest first), the page it follows at `feed.alternate`. */
function atomFeed(url: string, feed: { title: string; subtitle: string; alternate: string }, articles: ArticleEntry[]): Page {
  const entries = articles.map(summary);
  return { url, template: "feed.xml.njk", data: { feed, articles: entries, updated: newestDate(entries.map((a) => a.updated)) } };
}

/** What a person's articles are: those that quote them, each once, newest first. */
function articlesQuoting(quotes: Array<{ article: ArticleEntry }>): ArticleEntry[] {
  return [...new Set(quotes.map(({ article }) => article))];
}

/** An Atom feed for each person, source and topic, beside its page: `/people/<slug>/feed.xml`. */
export function* followedFeeds(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const followed = [
    ...archive.people.map((p) => ({ name: p.name, url: p.url, articles: () => articlesQuoting(p.quotes), about: "person.description" })),
    ...archive.sources.map((s) => ({ name: s.name, url: s.url, articles: () => s.articles, about: "source.description" })),
    ...archive.topics.map((t) => ({ name: t.name, url: t.url, articles: () => t.articles, about: "topic.description" })),
  ];
  for (const { name, url, articles, about } of followed) {
    const feed = { title: translate(locale, "feed.title", { name, site: config.title }), subtitle: translate(locale, about, { name, site: config.title }), alternate: url };
    yield atomFeed(feedUrl(url), feed, articles().slice(0, followedFeedSize));
  }
}

export interface SitemapEntry {
  url: string;
  /** "YYYY-MM-DD" or "YYYY-MM", as the W3C dates sitemaps take; null leaves lastmod out. */
  updated: string | null;
}

/** One sitemap, or past 50,000 URLs a sitemap index over numbered sitemaps. */
export function sitemapPages(urls: SitemapEntry[]): Page[] {
  if (urls.length <= sitemapLimit) return [{ url: "/sitemap.xml", template: "sitemap.xml.njk", data: { urls } }];
  const parts: Array<{ page: Page; updated: string | null }> = [];
  for (let i = 0; i * sitemapLimit < urls.length; i++) {
    const slice = urls.slice(i * sitemapLimit, (i + 1) * sitemapLimit);
    parts.push({ page: { url: `/sitemap-${i + 1}.xml`, template: "sitemap.xml.njk", data: { urls: slice } }, updated: newestDate(slice.map((u) => u.updated)) });
  }
  return [{ url: "/sitemap.xml", template: "sitemap-index.xml.njk", data: { sitemaps: parts.map(({ page, updated }) => ({ url: page.url, updated })) } }, ...parts.map((p) => p.page)];
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

