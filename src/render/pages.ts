// Which pages the site has: each a URL, a template and the data it shows. Pure:
// the archive and settings in, page descriptions out.
import type { Archive } from "../archive/archive.js";
import { nameKey } from "../archive/keys.js";
import { sourceKey } from "../archive/sources.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry, ArticleRecord } from "../types.js";
import { feedPages, peopleDataPages, robotsPages, sitemapPages } from "./feeds.js";
import { newsArticle } from "./jsonld.js";
import { datePages, peoplePages, sourcePages, topicPages } from "./listings.js";

export interface Page {
  /** Site-relative URL: "/", "/page/2/", "/feed.xml". */
  url: string;
  /** The nunjucks template that renders it; absent when `content` is made in code. */
  template?: string;
  data: Record<string, unknown>;
  content?: string;
  /** An article page's seed: the page renders with that full record (see withStory), which the build reads when it renders. */
  story?: string;
}

export interface Pagination {
  /** The numbered page (`<listing>/page/N/`); null on the listing's first page. */
  number: number | null;
  /** How many numbered pages there are: on a listing's first page only, and on every page of a name index. */
  total: number | null;
  /** The newer page (the higher number, or the first page), and the older. In a name index, the page before and after. */
  previous: string | null;
  next: string | null;
  /** The oldest page (`page/1/`), from a listing's first page. */
  oldest: string | null;
  /** Whether the pages run by date (newer, older) or by rank (a name index). */
  byDate: boolean;
}

export interface PageOfItems<T> {
  url: string;
  items: T[];
  pagination: Pagination;
}

/**
 * A listing newest first (`items`), anchored at its oldest entry so that a new one changes few
 * pages: the first page, at `base`, shows the newest `size`; numbered pages at `base` + "page/N/"
 * hold fixed runs of `size` counted from the oldest (page 1 the oldest, newest first within a
 * page), and only the newest numbered page fills as entries arrive. A listing that fits on one
 * page has no numbered pages.
 */
export function paginateByDate<T>(items: T[], size: number, base: string): Array<PageOfItems<T>> {
  const numbered = items.length > size ? Math.ceil(items.length / size) : 0;
  const urlOf = (n: number) => `${base}page/${n}/`;
  const first: PageOfItems<T> = {
    url: base,
    items: items.slice(0, size),
    pagination: { number: null, total: numbered || null, previous: null, next: numbered > 1 ? urlOf(numbered - 1) : null, oldest: numbered > 1 ? urlOf(1) : null, byDate: true },
  };
  const pages = Array.from({ length: numbered }, (_, i): PageOfItems<T> => {
    const n = i + 1;
    return {
      url: urlOf(n),
      items: items.slice(Math.max(0, items.length - n * size), items.length - (n - 1) * size),
      pagination: { number: n, total: null, previous: n === numbered ? base : urlOf(n + 1), next: n > 1 ? urlOf(n - 1) : null, oldest: null, byDate: true },
    };
  });
  return [first, ...pages];
}

/** A name index (most quoted first) in pages of `size`: the first at `base`, the rest at `base` + "page/N/" from 2. */
export function paginateByRank<T>(items: T[], size: number, base: string): Array<PageOfItems<T>> {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    url: urlOf(i + 1),
    items: items.slice(i * size, (i + 1) * size),
    pagination: { number: i === 0 ? null : i + 1, total, previous: i > 0 ? urlOf(i) : null, next: i + 1 < total ? urlOf(i + 2) : null, oldest: null, byDate: false },
  }));
}

export function* articlePages(archive: Archive): Generator<Page> {
  for (const [i, article] of archive.articles.entries()) {
    yield {
      url: article.url,
      template: "article.njk",
      data: {
        article,
        speakerUrls: Object.fromEntries(article.quotes.flatMap((q) => {
          const person = archive.personOf.get(q);
          return q.speaker && person ? [[q.speaker, person.url]] : [];
        })),
        people: article.named,
        personUrls: urlsOf(article.named, (name) => archive.personUrls.get(name)),
        sourceUrls: urlsOf([...article.sources.map((s) => s.name), ...(article.publisher ? [article.publisher.name] : [])], (name) => archive.sourceUrls.get(sourceKey(name))),
        topicUrls: urlsOf((article.topics ?? []).map((t) => t.name), (name) => archive.topicUrls.get(nameKey(name))),
        related: archive.related.get(article.id) ?? [],
        newer: archive.articles[i - 1] ? summary(archive.articles[i - 1]) : null,
        older: archive.articles[i + 1] ? summary(archive.articles[i + 1]) : null,
      },
      story: article.file,
    };
  }
}

/** Each name to its page's URL, for the names that have a page: what an article page links. */
function urlsOf(names: string[], url: (name: string) => string | undefined): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => {
    const found = url(name);
    return found ? [[name, found]] : [];
  }));
}

/**
 * An article page ready to render: the full record in place of the entry, with the
 * archive's id, slug and URL over the parser's, and its structured data.
 */
export function withStory(page: Page, record: ArticleRecord, config: SiteConfig): Page {
  const entry = page.data.article as ArticleEntry;
  const article: ArticleRecord = { ...record, id: entry.id, slug: entry.slug, url: entry.url };
  return { ...page, data: { ...page.data, article, jsonld: newsArticle(article, config) } };
}

export function* homePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const years = archive.years.map((y) => ({ label: y.key, url: y.url, count: y.articles.length }));
  for (const { url, items, pagination } of paginateByDate(archive.articles, config.pageSize, "/")) {
    // the years and their counts change with every article: the first page shows them, the numbered ones stay as they are
    yield { url, template: "index.njk", data: { articles: items.map(summary), pagination, ...(pagination.number === null ? { years } : {}) } };
  }
}

/** The search page, over Pagefind's indexes (one a year, or a run of months; src/site/search.ts), newest first. */
export function searchPages(bundles: string[]): Page[] {
  return [{ url: "/search/", template: "search.njk", data: { bundles } }];
}

export interface Summary {
  url: string;
  headline: string;
  date: string | null;
  lead: string;
  speakers: string[];
  author: string | null;
}

const summaries = new WeakMap<ArticleEntry, Summary>();

/** What a listing shows of an article: not its whole text. Made once per article, however many listings show it. */
export function summary(article: ArticleEntry): Summary {
  let made = summaries.get(article);
  if (!made) {
    made = {
      url: article.url,
      headline: article.headline,
      date: article.date,
      lead: article.lead,
      speakers: [...new Set(article.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))],
      author: article.author ?? article.publisher?.name ?? null,
    };
    summaries.set(article, made);
  }
  return made;
}

export function notFoundPages(): Page[] {
  return [{ url: "/404.html", template: "404.njk", data: { title: "Page not found" } }];
}

/**
 * Every page of the site, made as they are asked for: a large archive's pages are
 * never all in memory at once. The data export, as large as the archive, is streamed
 * by the build (site/data.ts). `story` gives an article's paragraphs as plain text,
 * for the feeds; `searchBundles` are the search indexes' folders, newest first.
 */
export function* sitePages(archive: Archive, config: SiteConfig, story: (article: ArticleEntry) => string[], searchBundles: string[]): Generator<Page> {
  const html: string[] = [];
  for (const kind of [homePages(archive, config), articlePages(archive), datePages(archive, config), peoplePages(archive, config), sourcePages(archive, config), topicPages(archive, config), config.search ? searchPages(searchBundles) : []]) {
    for (const page of kind) {
      html.push(page.url);
      yield page;
    }
  }
  yield* notFoundPages();
  yield* feedPages(archive, config, story);
  yield* sitemapPages(html);
  yield* peopleDataPages(archive);
  yield* robotsPages(config);
}
