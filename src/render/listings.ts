// Listing pages: date archives, people, sources and topics, each paginated.
import type { Archive } from "../archive/archive.js";
import { flattenLevel, type DateGroup } from "../archive/dates.js";
import type { SiteConfig } from "../config.js";
import { formatDate, translate, type Locale } from "./locale.js";
import { newestDate, paginateByDate, paginateByRank, summary, type Listing, type Page, type PageOfItems } from "./page.js";

/** Name indexes list more per page than article listings: a line each, not a story. */
const indexPageFactor = 5;

interface NavLink {
  label: string;
  url: string;
}

/** A period as a heading or link shows it: "Март 2024 г." where a sentence has "март 2024 г.". */
function dateLabel(group: Pick<DateGroup, "key" | "level">, locale: Locale): string {
  return group.level === "year" ? group.key : standalone(formatDate(locale, group.key), locale);
}

function standalone(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale.language) + text.slice(1);
}

function navLink(group: DateGroup | undefined, locale: Locale): NavLink | null {
  return group ? { label: dateLabel(group, locale), url: group.url } : null;
}

/** "2023-04-30" lies in April 2023 and in 2023. */
function enclosingPeriods(key: string, locale: Locale): NavLink[] {
  const [y, m, d] = key.split("-");
  const year = { label: y, url: `/${y}/` };
  if (!m) return [];
  if (!d) return [year];
  return [year, { label: dateLabel({ key: `${y}-${m}`, level: "month" }, locale), url: `/${y}/${m}/` }];
}

export function* datePages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  for (const level of ["year", "month", "day"] as const) {
    const groups = flattenLevel(archive.years, level);
    for (const [i, group] of groups.entries()) {
      // newest first: the previous in the list is the newer period
      const period = { key: group.key, level, articles: group.articles, newer: navLink(groups[i - 1], locale), older: navLink(groups[i + 1], locale), children: group.children.map((c) => ({ label: dateLabel(c, locale), url: c.url, count: c.articles.length })) };
      yield* byDate({ url: group.url, inputs: period }, period.articles, config.pageSize, "date.njk", locale, (articles) => ({
        title: dateLabel(period, locale),
        // the period alone, where a numbered page's title adds its number
        period: level === "year" ? period.key : formatDate(locale, period.key),
        level,
        articles: articles.map(summary),
        newer: period.newer,
        older: period.older,
        up: enclosingPeriods(period.key, locale),
      }), () => ({ count: period.articles.length, children: period.children }), (a) => a.date);
    }
  }
  if (archive.undated.length > 0) {
    const undated = { articles: archive.undated };
    yield* byDate({ url: "/undated/", inputs: undated }, undated.articles, config.pageSize, "date.njk", locale, (articles) => ({
      title: translate(locale, "undated"), period: translate(locale, "undated"), level: "undated", articles: articles.map(summary), newer: null, older: null, up: [],
    }), () => ({ count: undated.articles.length, children: [] }), (a) => a.date);
  }
}

/**
 * A listing by date (page.ts, paginateByDate), each page with its slice and the pagination.
 * `totals` is what only the first page shows: counts, which change as the listing grows, so that
 * its numbered pages stay as they are. Its pages are made from `listing.inputs` alone, with the
 * settings and the locale: what `items`, `data` and `totals` read is there.
 */
function* byDate<T>(listing: Listing, items: T[], size: number, template: string, locale: Locale, data: (slice: T[]) => Record<string, unknown>, totals: () => Record<string, unknown>, dateOf: (item: T) => string | null): Generator<Page> {
  yield* pagesOf(paginateByDate(items, size, listing.url), template, locale, (slice, first) => (first ? { ...data(slice), ...totals() } : data(slice)), (slice) => newestDate(slice.map(dateOf)), listing);
}

/** A name index under `base`, most quoted or cited first. */
function* byRank<T>(items: T[], size: number, base: string, template: string, locale: Locale, data: (slice: T[]) => Record<string, unknown>, updated: string | null): Generator<Page> {
  yield* pagesOf(paginateByRank(items, size, base), template, locale, data, () => updated);
}

/**
 * A listing's pages, each page's data made when it is first read: the pages of a listing
 * that is as it was are never read (site/render-changed.ts), only their URLs and dates.
 */
function* pagesOf<T>(pages: Array<PageOfItems<T>>, template: string, locale: Locale, data: (slice: T[], first: boolean) => Record<string, unknown>, updated: (slice: T[]) => string | null, listing?: Listing): Generator<Page> {
  for (const { url, items, pagination } of pages) {
    const made = () => {
      const shown = data(items, pagination.number === null);
      // each numbered page its own title: "Ilse Vance, page 3"
      const title = pagination.number !== null && typeof shown.title === "string" ? translate(locale, "titlePage", { title: shown.title, number: pagination.number }) : shown.title;
      return { ...shown, title, pagination };
    };
    let shown: Record<string, unknown> | undefined;
    yield {
      url,
      template,
      get data() {
        return (shown ??= made());
      },
      updated: updated(items),
      ...(listing ? { listing } : {}),
    };
  }
}

/** Where a person's, source's or topic's Atom feed is (feeds.ts), from its page's URL. */
export function feedUrl(listing: string): string {
  return `${listing}feed.xml`;
}

/** A name index changes with every new article: its newest is the archive's. */
function archiveUpdated(archive: Archive): string | null {
  return newestDate(archive.articles.map((a) => a.date));
}

export function* peoplePages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const entries = archive.people.map((p) => ({ name: p.name, url: p.url, kind: p.kind, role: p.roles[0]?.role ?? null, quotes: p.quotes.length, articles: p.articles }));
  const organisations = entries.filter((e) => e.kind === "organisation").length;
  // organisations come after people: the first of them on a page opens their part of the list
  const marked = (people: typeof entries) => people.map((p, i) => ({ ...p, opensOrganisations: p.kind === "organisation" && (i === 0 || people[i - 1].kind !== "organisation") }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/people/", "people.njk", locale, (people) => ({ title: translate(locale, "people.title"), people: marked(people), total: entries.length - organisations, organisations }), archiveUpdated(archive));
  for (const entry of archive.people) {
    const person = { name: entry.name, kind: entry.kind, quotes: entry.quotes, profile: { aliases: entry.aliases, roles: entry.roles, namesakes: entry.namesakes, quotes: entry.quotes.length, articles: entry.articles } };
    yield* byDate({ url: entry.url, inputs: person }, person.quotes, config.pageSize, "person.njk", locale, (quotes) => ({
      title: person.name,
      feed: feedUrl(entry.url),
      person: { name: person.name, kind: person.kind },
      // the quote as the entry has it and the article as listings show it: no copy of either, for a person page or its fingerprint
      quotes: quotes.map(({ quote, article }) => ({ quote, article: summary(article) })),
    }), () => ({ profile: person.profile }), ({ article }) => article.date);
  }
}

export function* sourcePages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const entries = archive.sources.map((s) => ({ name: s.name, url: s.url, kind: s.kind, articles: s.articles.length, quotes: s.quotes }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/sources/", "sources.njk", locale, (sources) => ({ title: translate(locale, "sources.title"), sources, total: entries.length }), archiveUpdated(archive));
  for (const entry of archive.sources) {
    const source = { name: entry.name, kind: entry.kind, articles: entry.articles, quotes: entry.quotes };
    yield* byDate({ url: entry.url, inputs: source }, source.articles, config.pageSize, "source.njk", locale, (articles) => ({
      title: source.name,
      feed: feedUrl(entry.url),
      source: { name: source.name, kind: source.kind },
      articles: articles.map(summary),
    }), () => ({ counts: { articles: source.articles.length, quotes: source.quotes } }), (a) => a.date);
  }
}

export function* topicPages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const entries = archive.topics.map((t) => ({ name: t.name, url: t.url, kind: t.kind, articles: t.articles.length }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/topics/", "topics.njk", locale, (topics) => ({ title: translate(locale, "topics.title"), topics, total: entries.length }), archiveUpdated(archive));
  for (const entry of archive.topics) {
    const topic = { name: entry.name, kind: entry.kind, articles: entry.articles };
    yield* byDate({ url: entry.url, inputs: topic }, topic.articles, config.pageSize, "topic.njk", locale, (articles) => ({
      title: topic.name,
      feed: feedUrl(entry.url),
      topic: { name: topic.name, kind: topic.kind },
      articles: articles.map(summary),
    }), () => ({ counts: { articles: topic.articles.length } }), (a) => a.date);
  }
}
