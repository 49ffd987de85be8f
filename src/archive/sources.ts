// The sources index: every agency, outlet and document cited across the archive,
// one entry per source however it is spelled, with the articles that cite it.
import type { ArticleEntry, SourceKind } from "../types.js";
import { compareCodePoints } from "../order.js";
import { nameKey, preferredSpelling, uniqueSlugs } from "./keys.js";

export interface SourceEntry {
  key: string;
  slug: string;
  url: string;
  name: string;
  kind: SourceKind;
  /** Newest first. */
  articles: ArticleEntry[];
  /** Quotes that came through this source. */
  quotes: number;
}

/** Names that mean one source. */
const aliases: Record<string, string> = {
  "associated press": "ap",
  "agence france presse": "afp",
  "agence france-presse": "afp",
  "new york times": "new york times",
  "washington post": "washington post",
  "wall street journal": "wall street journal",
  "bbc news": "bbc",
};

export function sourceKey(name: string): string {
  const key = nameKey(name);
  return aliases[key] ?? key;
}

/** Most cited first, then by name. */
export function indexSources(articles: ArticleEntry[]): SourceEntry[] {
  const groups = new Map<string, { spellings: Map<string, number>; kind: SourceKind; articles: ArticleEntry[]; quotes: number }>();
  for (const article of articles) {
    const viaKeys = article.quotes.filter((q) => q.via).map((q) => sourceKey(q.via!));
    const seen = new Set<string>();
    for (const source of article.sources) {
      const key = sourceKey(source.name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { spellings: new Map(), kind: source.kind, articles: [], quotes: 0 }));
      group.spellings.set(source.name, (group.spellings.get(source.name) ?? 0) + 1);
      if (seen.has(key)) continue;
      seen.add(key);
      group.articles.push(article);
      group.quotes += viaKeys.filter((k) => k === key).length;
    }
  }
  const entries = [...groups].map(([key, g]) => ({ key, name: preferredSpelling(g.spellings), kind: g.kind, articles: g.articles, quotes: g.quotes }));
  entries.sort((a, b) => b.articles.length - a.articles.length || compareCodePoints(a.name, b.name));
  return uniqueSlugs(entries).map((e) => ({ ...e, url: `/sources/${e.slug}/` }));
}
