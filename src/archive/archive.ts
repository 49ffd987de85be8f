// The archive stage: every article's entry together (records without their stories).
// Unique ids and URLs, newest-first order, and links between articles (related
// headlines that the archive holds).
import type { ArticleEntry, EntryQuote } from "../types.js";
import { compareCodePoints as compare } from "../order.js";
import { articleUrl } from "../parse/slug.js";
import { chunk } from "../chunk.js";
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
/** The newest year's last run, which grows as articles arrive, is cut into runs this small. */
export const recentShardSize = 250;

/**
 * The units of the search index, newest first, anchored at the oldest article as listings
 * are (render/page.ts), so that a new article changes few of them: each year (and the
 * undated articles) in runs of searchShardSize counted from its oldest article; the
 * newest year's last, growing run cut into runs of recentShardSize. A new newest article
 * then changes one small index; a closed year's runs stay as they are. Keys: "2024",
 * "2024.2" for a year's second run, "2024.2.3" for the third small one of that run.
 */
export function searchShards(archive: Archive): Array<{ key: string; articles: ArticleEntry[] }> {
  const newest = archive.years[0]?.key;
  const shards = archive.years.flatMap((year) => runsOf(year.key, year.articles, year.key === newest));
  return archive.undated.length > 0 ? [...shards, ...runsOf("undated", archive.undated, false)] : shards;
}

/** `articles` newest first, in runs from the oldest; newest run first. */
function runsOf(key: string, articles: ArticleEntry[], growing: boolean): Array<{ key: string; articles: ArticleEntry[] }> {
  const oldestFirst = [...articles].reverse();
  const runs = chunk(oldestFirst, searchShardSize).map((run, i, all) => ({ key: all.length === 1 ? key : `${key}.${i + 1}`, articles: run }));
  const last = runs[runs.length - 1];
  // a full run no longer grows: it stays whole
  if (growing && last && last.articles.length < searchShardSize && last.articles.length > recentShardSize) {
    runs.splice(-1, 1, ...chunk(last.articles, recentShardSize).map((run, i) => ({ key: `${last.key}.${i + 1}`, articles: run })));
  }
  return runs.reverse().map((run) => ({ key: run.key, articles: [...run.articles].reverse() }));
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

/** A headline as related links match it: its letters and digits, lower case, in words. ASCII, the most of them, needs no Unicode rules to say so. */
export const headlineKey = remembered((headline) => (/^[\x00-\x7f]*$/.test(headline) ? headline.toLowerCase().replace(/[^a-z0-9]+/g, " ") : headline.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")).trim());

/** Related headlines point to the archive's article of that headline, the newest when several share it. */
function linkRelated(articles: ArticleEntry[]): Map<string, RelatedLink[]> {
  const urls = new Map<string, string>();
  for (const a of articles) if (!urls.has(headlineKey(a.headline))) urls.set(headlineKey(a.headline), a.url);
  return new Map(articles.map((a) => [a.id, a.related.map((headline) => ({ headline, url: urls.get(headlineKey(headline)) ?? null }))]));
}
