// What a page is, and the parts every kind of page shares: a listing's pagination and
// an article's summary. Pure data and functions; the kinds of page are in pages.ts,
// listings.ts and feeds.ts, and the whole site's list in site.ts.
import type { ArticleEntry } from "../types.js";

export interface Page {
  /** Site-relative URL: "/", "/page/2/", "/feed.xml". */
  url: string;
  /** The nunjucks template that renders it; absent when `content` is made in code. */
  template?: string;
  data: Record<string, unknown>;
  content?: string;
  /**
   * What the page is made from, where its data holds more (what follows from a record is
   * in the record's revision): fingerprinted in place of the data (site/fingerprint.ts).
   */
  inputs?: unknown;
  /** An article page's seed: the page renders with that full record (see withStory), which the build reads when it renders. */
  story?: string;
  /** When what the page shows last changed, "YYYY-MM-DD" (or "YYYY-MM"): its sitemap lastmod. From the articles it shows, never the clock. */
  updated?: string | null;
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

/** The newest of some dates ("YYYY-MM-DD" and "YYYY-MM" compare as text), null for none: a listing's sitemap lastmod. */
export function newestDate(dates: Array<string | null>): string | null {
  return dates.reduce<string | null>((newest, date) => (date && (!newest || date > newest) ? date : newest), null);
}

/** Search engines show about this much of a description. */
const descriptionLength = 160;

/** A meta description from an article's opening: cut at a word boundary to about 160 characters. */
export function metaDescription(text: string): string {
  const plain = text.replace(/\s+/g, " ").trim();
  if (plain.length <= descriptionLength) return plain;
  const cut = plain.slice(0, descriptionLength - 1);
  return `${(cut.replace(/\s+\S*$/, "") || cut).replace(/[\s,;:.\u2013\u2014-]+$/, "")}…`;
}

export interface Summary {
  url: string;
  headline: string;
  date: string | null;
  lead: string;
  speakers: string[];
  author: string | null;
  /** Only serve shows drafts; a build leaves them out. */
  draft?: boolean;
  /** When it last changed: its modified date where the record has one, else its date. */
  updated: string | null;
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
      ...(article.draft ? { draft: true } : {}),
      updated: article.modified ?? article.date,
    };
    summaries.set(article, made);
  }
  return made;
}
