// Listing pages: date archives, people, sources and topics, each paginated.
import type { Archive } from "../archive/archive.js";
import { flattenLevel, type DateGroup } from "../archive/dates.js";
import type { SiteConfig } from "../config.js";
import { readableDate } from "./env.js";
import { paginate, summary, type Page } from "./pages.js";

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
      const children = group.children.map((c) => ({ label: dateLabel(c), url: c.url, count: c.articles.length }));
      yield* listing(group.articles, config.pageSize, group.url, "date.njk", (articles) => ({
        title: dateLabel(group),
        level,
        count: group.articles.length,
        children,
        articles: articles.map(summary),
        // newest first: the previous in the list is the newer period
        newer: navLink(groups[i - 1]),
        older: navLink(groups[i + 1]),
        up: enclosingPeriods(group.key),
      }));
    }
  }
  if (archive.undated.length > 0) {
    yield* listing(archive.undated, config.pageSize, "/undated/", "date.njk", (articles) => ({
      title: "Undated", level: "undated", count: archive.undated.length, children: [], articles: articles.map(summary), newer: null, older: null, up: [],
    }));
  }
}

/** A listing's pages under `base`, each with its slice of the items and the pagination. */
function* listing<T>(items: T[], size: number, base: string, template: string, data: (slice: T[]) => Record<string, unknown>): Generator<Page> {
  for (const { url, items: slice, pagination } of paginate(items, size, base)) yield { url, template, data: { ...data(slice), pagination } };
}

export function* peoplePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.people.map((p) => ({ name: p.name, url: p.url, kind: p.kind, role: p.roles[0]?.role ?? null, quotes: p.quotes.length, articles: p.articles }));
  const organisations = entries.filter((e) => e.kind === "organisation").length;
  // organisations come after people: the first of them on a page opens their part of the list
  const marked = (people: typeof entries) => people.map((p, i) => ({ ...p, opensOrganisations: p.kind === "organisation" && (i === 0 || people[i - 1].kind !== "organisation") }));
  yield* listing(entries, config.pageSize * indexPageFactor, "/people/", "people.njk", (people) => ({ title: "People", people: marked(people), total: entries.length - organisations, organisations }));
  for (const person of archive.people) {
    yield* listing(person.quotes, config.pageSize, person.url, "person.njk", (quotes) => ({
      title: person.name,
      person: { name: person.name, kind: person.kind, aliases: person.aliases, roles: person.roles, namesakes: person.namesakes, quotes: person.quotes.length, articles: person.articles },
      quotes: quotes.map(({ quote, article }) => ({ ...quote, article: { url: article.url, headline: article.headline, date: article.date } })),
    }));
  }
}

export function* sourcePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.sources.map((s) => ({ name: s.name, url: s.url, kind: s.kind, articles: s.articles.length, quotes: s.quotes }));
  yield* listing(entries, config.pageSize * indexPageFactor, "/sources/", "sources.njk", (sources) => ({ title: "Sources", sources, total: entries.length }));
  for (const source of archive.sources) {
    yield* listing(source.articles, config.pageSize, source.url, "source.njk", (articles) => ({
      title: source.name,
      source: { name: source.name, kind: source.kind, articles: source.articles.length, quotes: source.quotes },
      articles: articles.map(summary),
    }));
  }
}

export function* topicPages(archive: Archive, config: SiteConfig): Generator<Page> {
  const entries = archive.topics.map((t) => ({ name: t.name, url: t.url, kind: t.kind, articles: t.articles.length }));
  yield* listing(entries, config.pageSize * indexPageFactor, "/topics/", "topics.njk", (topics) => ({ title: "Topics", topics, total: entries.length }));
  for (const topic of archive.topics) {
    yield* listing(topic.articles, config.pageSize, topic.url, "topic.njk", (articles) => ({
      title: topic.name,
      topic: { name: topic.name, kind: topic.kind, articles: topic.articles.length },
      articles: articles.map(summary),
    }));
  }
}
