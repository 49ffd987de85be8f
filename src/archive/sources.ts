// The sources index: every agency, outlet and document cited across the archive,
// one entry per source however it is spelled, with the articles that cite it.
import type { ArticleEntry, SourceKind } from "../types.js";
import { byArticles, countSpelling, listed, nameKey, preferredSpelling, remembered } from "./keys.js";

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

/** Names that mean one source (data: the outlets' own short and long names). */
const aliases: Record<string, string> = {
  "associated press": "ap",
  "agence france presse": "afp",
  "agence france-presse": "afp",
  "bbc news": "bbc",
  "abc news": "abc",
  "cbs news": "cbs",
  "nbc news": "nbc",
  "fox": "fox news",
  "breitbart news": "breitbart",
  "breitbart news network": "breitbart",
  "huffington post": "huffpost",
  "the huffington post": "huffpost",
  "buzzfeed news": "buzzfeed",
  "nytimes": "new york times",
  "ny times": "new york times",
  "wapo": "washington post",
  "wsj": "wall street journal",
  "la times": "los angeles times",
  "reuters news agency": "reuters",
};

export const sourceKey = remembered((name) => {
  const key = nameKey(name);
  return aliases[key] ?? key;
});

/**
 * A one-word name the article shortens another to ("the Post" for the Washington Post
 * it names, or that publishes it) is that source; with no such name, or two, it stays.
 */
function shortNames(article: ArticleEntry): (key: string) => string {
  const full = [...article.sources.map((s) => s.name), ...(article.publisher ? [article.publisher.name] : [])].map(sourceKey).filter((key) => key.includes(" "));
  return (key) => {
    if (key.includes(" ")) return key;
    const longer = [...new Set(full.filter((f) => f.endsWith(` ${key}`)))];
    return longer.length === 1 ? longer[0] : key;
  };
}

/** Most cited first, then by name. */
export function indexSources(articles: ArticleEntry[]): SourceEntry[] {
  const groups = new Map<string, { spellings: Map<string, number>; kind: SourceKind; articles: ArticleEntry[]; quotes: number }>();
  for (const article of articles) {
    const within = shortNames(article);
    const viaKeys = article.quotes.filter((q) => q.via).map((q) => within(sourceKey(q.via!)));
    const seen = new Set<string>();
    for (const source of article.sources) {
      const key = within(sourceKey(source.name));
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { spellings: new Map(), kind: source.kind, articles: [], quotes: 0 }));
      // "the Post" is no spelling of the Washington Post's name, though it is that paper
      if (key === sourceKey(source.name) || source.name.includes(" ")) countSpelling(group.spellings, source.name);
      if (group.kind === "other") group.kind = source.kind;
      if (seen.has(key)) continue;
      seen.add(key);
      group.articles.push(article);
      group.quotes += viaKeys.filter((k) => k === key).length;
    }
  }
  return listed([...groups].map(([key, g]) => ({ key, name: preferredSpelling(g.spellings), kind: g.kind, articles: g.articles, quotes: g.quotes })), byArticles, "/sources/");
}
