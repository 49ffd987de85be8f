// An article's entry: the record without its story (and its people, but their names),
// with the story's opening as listings show it. What the archive and the listings keep
// of every article; made once per record as it is parsed, and cached with it.
import type { ArticleEntry, ArticleRecord } from "../types.js";
import { plainParagraphs } from "./text.js";

/** A record without its story and its people (but their names), and the story's opening as listings show it. */
export function articleEntry(record: ArticleRecord): ArticleEntry {
  const { paragraphs, boilerplate: _boilerplate, people, quotes, sources, ...rest } = record;
  const text = plainParagraphs({ format: record.format, paragraphs: paragraphs.slice(0, 1) })[0] ?? "";
  return {
    ...rest,
    lead: text.length > 280 ? `${text.slice(0, 277).replace(/\s+\S*$/, "")}…` : text,
    quotes: quotes.map(({ mention: _mention, rule: _rule, ...quote }) => quote),
    sources: sources.map(({ name, kind }) => ({ name, kind })),
    named: [...new Set([...people.map((p) => p.name), ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))])],
  };
}
