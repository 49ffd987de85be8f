// Listing pages: date archives, people, sources and topics, each paginated.
import type { Archive } from "../archive/archive.js";
import { flattenLevel, type DateGroup } from "../archive/dates.js";
import type { SiteConfig } from "../config.js";
import { readableDate } from "./env.js";
import { paginateByDate, paginateByRank, quoteView, summary, type Page, type PageOfItems } from "./page.js";

/** Name indexes list more per page than article listings: a line each, not a story. */
const indexPageFactor = 5;

interface NavLink {
  label: string;
  url: string;
}

function dateLabel(group: DateGroup): string {
  return group.level === "year" ? group.key : readableDate(group.key);
}

function navLink(group: DateGroup | undefined): NavLink | null {
  return group ? { label: dateLabel(group), url: group.url } : null;
}

/** "2023-04-30" lies in April 2023 and in 2023. */
function enclosingPeriods(key: string): NavLink[] {
  const [y, m, d] = key.split("-");
  const year = { label: y, url: `/${y}/` };
  if (!m) return [];
  if (!d) return [year];
  return [year, { label: readableDate(`${y}-${m}`), url: `/${y}/${m}/` }];
}

export function* datePages(archive: Archive, config: SiteConfig): Generator<Page> {
  for (const level of ["year", "month", "day"] as const) {
    const groups = flattenLevel(archive.years, level);
    for (const [i, group] of groups.entries()) {
      yield* byDate(group.articles, config.pageSize, group.url, "date.njk", (articles) => ({
        title: dateLabel(group),
        level,
        articles: articles.map(summary),
        // newest first: the previous in the list is the newer period
        newer: navLink(groups[i - 1]),
        older: navLink(groups[i + 1]),
        up: enclosingPeriods(group.key),
      }), () => ({ count: group.articles.length, children: group.children.map((c) => ({ label: dateLabel(c), url: c.url, count: c.articles.length })) }));
    }
  }
  if (archive.undated.length > 0) {
    yield* byDate(archive.undated, config.pageSize, "/undated/", "date.njk", (articles) => ({
      title: "Undated", level: "undated", articles: articles.map(summary), newer: null, older: null, up: [],
    }), () => ({ count: archive.undated.length, children: [] }));
  }
}

/**
 * A listing by date under `base` (page.ts, paginateByDate), each page with its slice and the pagination.
 * `totals` is what only the first page shows: counts, which change as the listing grows, so that
 * its numbered pages stay as they are.
 */
function* byDate<T>(items: T[], size: number, base: string, template: string, data: (slice: T[]) => Record<string, unknown>, totals: () => Record<string, unknown>): Generator<Page> {
  yield* pagesOf(paginateByDate(items, size, base), template, (slice, first) => (first ? { ...data(slice), ...totals() } : data(slice)));
}

/** A name index under `base`, most quoted or cited first. */
function* byRank<T>(items: T[], size: number, base: string, template: string, data: (slice: T[]) => Record<string, unknown>): Generator<Page> {
  yield* pagesOf(paginateByRank(items, size, base), template, data);
}

function* pagesOf<T>(pages: Array<PageOfItems<T>>, template: string, data: (slice: T[], first: boolean) => Record<string, unknown>): Generator<Page> {
  for (const { url, items, pagination } of pages) {
    const shown = data(items, pagination.number === null);
    // each numbered page its own title: "Ilse Vance, page 3"
    const title = pagination.number !== null && typeof shown.title === "string" ? `${shown.title}, page ${pagination.number}` : shown.title;
    yield { url, template, data: { ...shown, title, pagination } };
  }
}

export function* peoplePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.people.map((p) => ({ name: p.name, url: p.url, kind: p.kind, role: p.roles[0]?.role ?? null, quotes: p.quotes.length, articles: p.articles }));
  const organisations = entries.filter((e) => e.kind === "organisation").length;
  // organisations come after people: the first of them on a page opens their part of the list
  const marked = (people: typeof entries) => people.map((p, i) => ({ ...p, opensOrganisations: p.kind === "organisation" && (i === 0 || people[i - 1].kind !== "organisation") }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/people/", "people.njk", (people) => ({ title: "People", people: marked(people), total: entries.length - organisations, organisations }));
  for (const person of archive.people) {
    yield* byDate(person.quotes, config.pageSize, person.url, "person.njk", (quotes) => ({
      title: person.name,
      person: { name: person.name, kind: person.kind },
      quotes: quotes.map(({ quote, article }) => quoteView(quote, article)),
    }), () => ({ profile: { aliases: person.aliases, roles: person.roles, namesakes: person.namesakes, quotes: person.quotes.length, articles: person.articles } }));
  }
}

export function* sourcePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.sources.map((s) => ({ name: s.name, url: s.url, kind: s.kind, articles: s.articles.length, quotes: s.quotes }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/sources/", "sources.njk", (sources) => ({ title: "Sources", sources, total: entries.length }));
  for (const source of archive.sources) {
    yield* byDate(source.articles, config.pageSize, source.url, "source.njk", (articles) => ({
      title: source.name,
      source: { name: source.name, kind: source.kind },
      articles: articles.map(summary),
    }), () => ({ counts: { articles: source.articles.length, quotes: source.quotes } }));
  }
}

export function* topicPages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.topics.map((t) => ({ name: t.name, url: t.url, kind: t.kind, articles: t.articles.length }));
  yield* byRank(entries, config.pageSize * indexPageFactor, "/topics/", "topics.njk", (topics) => ({ title: "Topics", topics, total: entries.length }));
  for (const topic of archive.topics) {
    yield* byDate(topic.articles, config.pageSize, topic.url, "topic.njk", (articles) => ({
      title: topic.name,
      topic: { name: topic.name, kind: topic.kind },
      articles: articles.map(summary),
    }), () => ({ counts: { articles: topic.articles.length } }));
  }
}
