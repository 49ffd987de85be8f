// What entries repeat, held once. Topics, sources and publishers repeat across thousands
// of articles ("Ukraine", a place): one object for each, shared by every entry that names
// it. Names, roles, cues, dates and related headlines repeat too: one string for each,
// where each entry read from the cache or parsed has a copy of its own. A large archive
// holds millions of them. Entries are not changed after this, so sharing is safe.
import type { ArticleEntry } from "../types.js";

/**
 * Entries' repeated parts made one, for entries as they come (read from the cache, or
 * parsed): each shares what the ones before it hold. Made as they come, not once all are
 * there, so that a large archive's entries never all hold copies at once.
 */
export function shareRepeated(): (entry: ArticleEntry) => void {
  const objects = new Map<string, object>();
  const object = <T extends object>(key: string, item: T): T => {
    const known = objects.get(key) as T | undefined;
    if (known) return known;
    objects.set(key, item);
    return item;
  };
  const strings = new Map<string, string>();
  const string = <T extends string | null | undefined>(text: T): T => {
    if (typeof text !== "string") return text;
    const known = strings.get(text);
    if (known !== undefined) return known as T;
    strings.set(text, text);
    return text;
  };
  return (entry) => {
    entry.topics = entry.topics.map((topic) => object(`topic\0${topic.kind}\0${topic.name}`, topic));
    entry.sources = entry.sources.map((source) => object(`source\0${source.kind}\0${source.name}`, source));
    const publisher = entry.publisher;
    if (publisher) entry.publisher = object(`publisher\0${publisher.name}\0${publisher.url ?? ""}\0${publisher.email ?? ""}`, publisher);
    entry.format = string(entry.format);
    entry.date = string(entry.date);
    if (entry.author) entry.author = string(entry.author);
    for (const quote of entry.quotes) {
      quote.speaker = string(quote.speaker);
      quote.role = string(quote.role);
      quote.cue = string(quote.cue);
      quote.addressee = string(quote.addressee);
      quote.via = string(quote.via);
    }
    entry.named = entry.named.map(string);
    entry.related = entry.related.map(string);
    if (entry.tags) entry.tags = entry.tags.map(string);
  };
}
