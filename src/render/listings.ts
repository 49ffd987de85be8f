// Listing pages: date archives, people, sources and topics, each paginated.
import type { Archive } from "../archive/archive.js";
import { flattenLevel, type DateGroup } from "../archive/dates.js";
import type { SiteConfig } from "../config.js";
import { formatDate, translate, type Locale } from "./locale.js";
import { newestDate, paginateByDate, paginateByRank, summary, type Page, type PageOfItems, type Pagination } from "./page.js";

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
      const period = { key: group.key, level, newer: navLink(groups[i - 1], locale), older: navLink(groups[i + 1], locale) };
      const counts = { count: group.articles.length, children: group.children.map((c) => ({ label: dateLabel(c, locale), url: c.url, count: c.articles.length })) };
      yield* byDate(group.url, { shared: period, first: counts, items: group.articles }, config.pageSize, "date.njk", locale, (shown, articles) => ({
        title: dateLabel(shown, locale),
        // the period alone, where a numbered page's title adds its number
        period: shown.level === "year" ? shown.key : formatDate(locale, shown.key),
        level: shown.level,
        articles: articles.map(summary),
        newer: shown.newer,
        older: shown.older,
        up: enclosingPeriods(shown.key, locale),
      }), (a) => a.date);
    }
  }
  if (archive.undated.length > 0) {
    const undated = translate(locale, "undated");
    yield* byDate("/undated/", { shared: {}, first: { count: archive.undated.length, children: [] }, items: archive.undated }, config.pageSize, "date.njk", locale, (_, articles) => ({
      title: undated, period: undated, level: "undated", articles: articles.map(summary), newer: null, older: null, up: [],
    }), (a) => a.date);
  }
}

/**
 * What a listing's pages are made from, besides the settings and the locale: what every
 * page shows (`shared`: a name, a period's neighbours), what only the first shows
 * (`first`: counts, which change as the listing grows, so that its numbered pages stay
 * as they are), and its items, newest first.
 */
interface ListingInputs<S, F, T> {
  shared: S;
  first: F;
  items: T[];
}

/**
 * A listing by date (page.ts, paginateByDate) at `url`, each page with its slice and the
 * pagination. A page is made from its listing's `shared` inputs, its slice and its
 * pagination (and the first page from `first` too): what `data` reads, and all its page
 * is fingerprinted by, so that a page whose slice is as it was is not made again.
 */
function* byDate<S, F extends Record<string, unknown>, T>(url: string, listing: ListingInputs<S, F, T>, size: number, template: string, locale: Locale, data: (shared: S, slice: T[]) => Record<string, unknown>, dateOf: (item: T) => string | null): Generator<Page> {
  const { shared, first } = listing;
  const pages = paginateByDate(listing.items, size, url);
  yield* pagesOf(pages, template, locale, (slice, isFirst) => (isFirst ? { ...data(shared, slice), ...first } : data(shared, slice)), (slice) => newestDate(slice.map(dateOf)), (slice, pagination) => [shared, pagination.number === null ? first : null, pagination, slice]);
}

/** A name index under `base`, most quoted or cited first. */
function* byRank<T>(items: T[], size: number, base: string, template: string, locale: Locale, data: (slice: T[]) => Record<string, unknown>, updated: string | null): Generator<Page> {
  yield* pagesOf(paginateByRank(items, size, base), template, locale, data, () => updated);
}

/**
 * A listing's pages, each page's data made when it is first read: a page fingerprinted
 * by its `inputs` (site/render-changed.ts) is made only when they changed.
 */
function* pagesOf<T>(pages: Array<PageOfItems<T>>, template: string, locale: Locale, data: (slice: T[], first: boolean) => Record<string, unknown>, updated: (slice: T[]) => string | null, inputs?: (slice: T[], pagination: Pagination) => unknown): Generator<Page> {
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
      ...(inputs ? { inputs: inputs(items, pagination) } : {}),
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
    const profile = { aliases: entry.aliases, roles: entry.roles, namesakes: entry.namesakes, quotes: entry.quotes.length, articles: entry.articles };
    yield* byDate(entry.url, { shared: { name: entry.name, kind: entry.kind }, first: { profile }, items: entry.quotes }, config.pageSize, "person.njk", locale, (person, quotes) => ({
      title: person.name,
      feed: feedUrl(entry.url),
      person,
      // the quote as the entry has it and the article as listings show it: no copy of either, for a person page or its fingerprint
      quotes: quotes.map(({ quote, article }) => ({ quote, article: summary(article) })),
    }), ({ article }) => article.date);
  }
}

export function* sourcePages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const entries = archive.sources.map((s) => ({ name: s.name, url: s.url, kind: s.kind, articles: s.articles.length, quotes: s.quotes }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/sources/", "sources.njk", locale, (sources) => ({ title: translate(locale, "sources.title"), sources, total: entries.length }), archiveUpdated(archive));
  for (const entry of archive.sources) {
    const counts = { articles: entry.articles.length, quotes: entry.quotes };
    yield* byDate(entry.url, { shared: { name: entry.name, kind: entry.kind }, first: { counts }, items: entry.articles }, config.pageSize, "source.njk", locale, (source, articles) => ({
      title: source.name,
      feed: feedUrl(entry.url),
      source,
      articles: articles.map(summary),
    }), (a) => a.date);
  }
}

export function* topicPages(archive: Archive, config: SiteConfig, locale: Locale): Generator<Page> {
  const entries = archive.topics.map((t) => ({ name: t.name, url: t.url, kind: t.kind, articles: t.articles.length }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/topics/", "topics.njk", locale, (topics) => ({ title: translate(locale, "topics.title"), topics, total: entries.length }), archiveUpdated(archive));
  for (const entry of archive.topics) {
    yield* byDate(entry.url, { shared: { name: entry.name, kind: entry.kind }, first: { counts: { articles: entry.articles.length } }, items: entry.articles }, config.pageSize, "topic.njk", locale, (topic, articles) => ({
      title: topic.name,
      feed: feedUrl(entry.url),
      topic,
      articles: articles.map(summary),
    }), (a) => a.date);
  }
}
