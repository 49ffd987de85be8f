// Which pages the site has: each a URL, a template and the data it shows. Pure:
// the archive and settings in, page descriptions out.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import type { ArticleRecord } from "../types.js";

export interface Page {
  /** Site-relative URL: "/", "/page/2/", "/feed.xml". */
  url: string;
  template: string;
  data: Record<string, unknown>;
}

export interface Pagination {
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
}

/** Splits a listing into pages of `size`: the first at `base`, the rest at `base` + "page/N/". */
export function paginate<T>(items: T[], size: number, base: string): Array<{ url: string; items: T[]; pagination: Pagination }> {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    url: urlOf(i + 1),
    items: items.slice(i * size, (i + 1) * size),
    pagination: { number: i + 1, total, previous: i > 0 ? urlOf(i) : null, next: i + 1 < total ? urlOf(i + 2) : null },
  }));
}

export function articlePages(archive: Archive): Page[] {
  return archive.articles.map((article, i) => ({
    url: article.url,
    template: "article.njk",
    data: {
      article,
      related: archive.related.get(article.id) ?? [],
      newer: archive.articles[i - 1] ?? null,
      older: archive.articles[i + 1] ?? null,
    },
  }));
}

export function homePages(archive: Archive, config: SiteConfig): Page[] {
  return paginate(archive.articles, config.pageSize, "/").map(({ url, items, pagination }) => ({
    url,
    template: "index.njk",
    data: { articles: items.map(summary), pagination },
  }));
}

const feedSize = 50;

export function feedPages(archive: Archive): Page[] {
  const latest = archive.articles.slice(0, feedSize);
  return [{ url: "/feed.xml", template: "feed.xml.njk", data: { articles: latest.map(summary), updated: latest[0]?.date ?? null } }];
}

export function sitemapPages(urls: string[]): Page[] {
  return [{ url: "/sitemap.xml", template: "sitemap.xml.njk", data: { urls } }];
}

/** What a listing shows of an article: not its whole text. */
export function summary(article: ArticleRecord): Record<string, unknown> {
  return {
    url: article.url,
    headline: article.headline,
    date: article.date,
    lead: leadOf(article),
    speakers: [...new Set(article.quotes.map((q) => q.speaker).filter(Boolean))],
    author: article.author ?? article.publisher?.name ?? null,
  };
}

function leadOf(article: ArticleRecord): string {
  const first = article.paragraphs[0] ?? "";
  const text = article.format === "markdown" ? first.replace(/<[^>]*>/g, "") : first;
  return text.length > 280 ? `${text.slice(0, 277).replace(/\s+\S*$/, "")}…` : text;
}

export function sitePages(archive: Archive, config: SiteConfig): Page[] {
  const html = [...homePages(archive, config), ...articlePages(archive)];
  return [...html, ...feedPages(archive), ...sitemapPages(html.map((p) => p.url))];
}
