// One copy of each string that entries repeat: a topic's name and kind, a speaker's name,
// a role, a cue, a related headline. A large archive holds millions of them, each a
// string of its own as its record was read or parsed; shared, they take a fraction of
// the memory a build holds its entries in.
import type { ArticleEntry } from "../types.js";

/** The strings seen so far, each the copy that entries share. */
export type SharedStrings = Map<string, string>;

/** Makes the entry's repeated strings the shared copies, in place: the entry is fresh from a record or the index. */
export function shareStrings(entry: ArticleEntry, strings: SharedStrings): void {
  const one = <T extends string | null | undefined>(text: T): T => {
    if (typeof text !== "string") return text;
    const known = strings.get(text);
    if (known !== undefined) return known as T;
    strings.set(text, text);
    return text;
  };
  entry.format = one(entry.format);
  entry.date = one(entry.date);
  if (entry.publisher) for (const key of ["name", "url", "email"] as const) if (entry.publisher[key] !== undefined) entry.publisher[key] = one(entry.publisher[key]);
  if (entry.author) entry.author = one(entry.author);
  for (const topic of entry.topics) {
    topic.name = one(topic.name);
    topic.kind = one(topic.kind);
  }
  for (const source of entry.sources) {
    source.name = one(source.name);
    source.kind = one(source.kind);
  }
  for (const quote of entry.quotes) {
    quote.speaker = one(quote.speaker);
    quote.role = one(quote.role);
    quote.cue = one(quote.cue);
    quote.addressee = one(quote.addressee);
    quote.via = one(quote.via);
  }
  entry.named = entry.named.map(one);
  entry.related = entry.related.map(one);
  if (entry.tags) entry.tags = entry.tags.map(one);
}
