// The archive stage: every article's entry together (records without their stories).
// Unique ids and URLs, newest-first order, and links between articles (related
// headlines that the archive holds).
import type { ArticleEntry, EntryQuote } from "../types.js";
import { compareCodePoints as compare } from "../order.js";
import { articleUrl } from "../parse/slug.js";
import { remembered } from "./keys.js";
import { groupByDate, type DateGroup } from "./dates.js";
import { indexPeople, type PersonEntry } from "./people.js";
import { indexSources, type SourceEntry } from "./sources.js";
import { indexTopics, type TopicEntry } from "./topics.js";

export interface RelatedLink {
  headline: string;
  url: string | null;
}

export interface Archive {
  /** Newest first; undated articles last. */
  articles: ArticleEntry[];
  /** Per article id, its related headlines linked to the archive's articles. */
  related: Map<string, RelatedLink[]>;
  years: DateGroup[];
  undated: ArticleEntry[];
  /** People most quoted first, then organisations that speak. */
  people: PersonEntry[];
  /** The person (or organisation) each quote is by, where the archive knows one. */
  personOf: Map<EntryQuote, PersonEntry>;
  /** A full name (a person's, or another they were quoted as) to their page, where one person has it: for the people a story names. */
  personUrls: Map<string, string>;
  sources: SourceEntry[];
  /** Each source's key (sourceKey) to its page. */
  sourceUrls: Map<string, string>;
  topics: TopicEntry[];
  /** Each topic's key (nameKey) to its page. */
  topicUrls: Map<string, string>;
}

export function buildArchive(entries: ArticleEntry[]): Archive {
  const byFile = [...entries].sort((a, b) => compare(a.file, b.file));
  const unique = assignUniqueUrls(assignUniqueIds(byFile));
  const articles = [...unique].sort(newestFirst);
  const { people, personOf } = indexPeople(articles);
  const sources = indexSources(articles);
  const topics = indexTopics(articles);
  return {
    articles,
    related: linkRelated(articles),
    years: groupByDate(articles),
    undated: articles.filter((a) => !a.date),
    people,
    personOf,
    personUrls: fullNameUrls(people),
    sources,
    sourceUrls: new Map(sources.map((s) => [s.key, s.url])),
    topics,
    topicUrls: new Map(topics.map((t) => [t.key, t.url])),
  };
}

function fullNameUrls(people: PersonEntry[]): Map<string, string> {
  const urls = new Map<string, string | null>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      if (!name.includes(" ")) continue;
      urls.set(name, urls.has(name) && urls.get(name) !== person.url ? null : person.url);
    }
  }
  return new Map([...urls].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * How many articles one search index holds at most. Pagefind's time and memory grow
 * faster than its index: at 8,000 articles one index took 1.1 GB and 16 s, three of
 * 2,700 each at most 0.4 GB and 13 s in all.
 */
export const searchShardSize = 2500;

/**
 * The units of the search index, newest first: a year, or where a year holds more than
 * searchShardSize articles, runs of its months that hold no more (a month is not split),
 * each named by its oldest month; then the undated articles.
 */
export function searchShards(archive: Archive): Array<{ key: string; articles: ArticleEntry[] }> {
  const shards = archive.years.flatMap((year) => (year.articles.length <= searchShardSize ? [{ key: year.key, articles: year.articles }] : monthRuns(year.children)));
  return archive.undated.length > 0 ? [...shards, { key: "undated", articles: archive.undated }] : shards;
}

function monthRuns(months: DateGroup[]): Array<{ key: string; articles: ArticleEntry[] }> {
  const runs: DateGroup[][] = [];
  let size = 0;
  for (const month of months) {
    const run = runs[runs.length - 1];
    if (run && size + month.articles.length <= searchShardSize) {
      run.push(month);
      size += month.articles.length;
    } else {
      runs.push([month]);
      size = month.articles.length;
    }
  }
  return runs.map((run) => ({ key: run[run.length - 1].key, articles: run.flatMap((m) => m.articles) }));
}

export function newestFirst(a: ArticleEntry, b: ArticleEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compare(a.headline, b.headline) || compare(a.file, b.file);
}


function assignUniqueIds(records: ArticleEntry[]): ArticleEntry[] {
  const seen = new Set<string>();
  return records.map((r) => {
    const id = unused(r.id, seen, (n) => `${r.id}-${n}`);
    return id === r.id ? r : { ...r, id };
  });
}

/** Two articles of one day with one slug: the later file gets "-2", "-3", ... */
function assignUniqueUrls(records: ArticleEntry[]): ArticleEntry[] {
  const seen = new Set<string>();
  return records.map((r) => {
    const url = unused(r.url, seen, (n) => articleUrl(r.date, `${r.slug}-${n}`));
    return url === r.url ? r : { ...r, slug: url.split("/").at(-2)!, url };
  });
}

function unused(first: string, seen: Set<string>, numbered: (n: number) => string): string {
  let candidate = first;
  for (let n = 2; seen.has(candidate); n++) candidate = numbered(n);
  seen.add(candidate);
  return candidate;
}

export const headlineKey = remembered((headline) => headline.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());

/** Related headlines point to the archive's article of that headline, the newest when several share it. */
function linkRelated(articles: ArticleEntry[]): Map<string, RelatedLink[]> {
  const urls = new Map<string, string>();
  for (const a of articles) if (!urls.has(headlineKey(a.headline))) urls.set(headlineKey(a.headline), a.url);
  return new Map(articles.map((a) => [a.id, a.related.map((headline) => ({ headline, url: urls.get(headlineKey(headline)) ?? null }))]));
}
