// The topics index: places, organisations and tags across the archive, with their articles.
import type { ArticleEntry, TopicKind } from "../types.js";
import { byArticles, countSpelling, listed, nameKey, preferredSpelling } from "./keys.js";

export interface TopicEntry {
  key: string;
  slug: string;
  url: string;
  name: string;
  kind: TopicKind;
  /** Newest first. */
  articles: ArticleEntry[];
}

/** Most written about first, then by name. */
export function indexTopics(articles: ArticleEntry[]): TopicEntry[] {
  const groups = new Map<string, { spellings: Map<string, number>; kind: TopicKind; articles: ArticleEntry[] }>();
  for (const article of articles) {
    for (const topic of article.topics ?? []) {
      const key = nameKey(topic.name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { spellings: new Map(), kind: topic.kind, articles: [] }));
      countSpelling(group.spellings, topic.name);
      if (group.articles[group.articles.length - 1] !== article) group.articles.push(article);
    }
  }
  return listed([...groups].map(([key, g]) => ({ key, name: preferredSpelling(g.spellings), kind: g.kind, articles: g.articles })), byArticles, "/topics/");
}
