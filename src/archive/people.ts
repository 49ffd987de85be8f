// The people index: everyone quoted across the archive, one entry per person
// however the articles spell the name, with every quote they gave.
import type { ArticleEntry, EntryQuote } from "../types.js";
import { compareCodePoints } from "../order.js";
import { nameKey, preferredSpelling, uniqueSlugs } from "./keys.js";

export interface QuoteRef {
  quote: EntryQuote;
  article: ArticleEntry;
}

export interface PersonEntry {
  key: string;
  slug: string;
  url: string;
  name: string;
  roles: string[];
  /** Newest article first, in article order within one. */
  quotes: QuoteRef[];
  articles: number;
}

/** Most quoted first, then by name. Articles come newest first. */
export function indexPeople(articles: ArticleEntry[]): PersonEntry[] {
  const refs: Array<QuoteRef & { key: string }> = [];
  for (const article of articles) {
    for (const quote of article.quotes) {
      if (quote.speaker) refs.push({ quote, article, key: nameKey(quote.speaker) });
    }
  }
  const merge = surnameMerges(new Set(refs.map((r) => r.key)));
  const groups = new Map<string, { spellings: Map<string, number>; roles: Map<string, number>; quotes: QuoteRef[] }>();
  for (const ref of refs) {
    const key = merge.get(ref.key) ?? ref.key;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { spellings: new Map(), roles: new Map(), quotes: [] }));
    const speaker = ref.quote.speaker!;
    if (speaker.includes(" ") || key === ref.key) group.spellings.set(speaker, (group.spellings.get(speaker) ?? 0) + 1);
    if (ref.quote.role) group.roles.set(ref.quote.role, (group.roles.get(ref.quote.role) ?? 0) + 1);
    group.quotes.push({ quote: ref.quote, article: ref.article });
  }
  const entries = [...groups].map(([key, g]) => ({
    key,
    name: preferredSpelling(g.spellings),
    roles: [...g.roles].sort(([a, x], [b, y]) => y - x || compareCodePoints(a, b)).map(([role]) => role),
    quotes: g.quotes,
    articles: new Set(g.quotes.map((q) => q.article.id)).size,
  }));
  entries.sort((a, b) => b.quotes.length - a.quotes.length || compareCodePoints(a.name, b.name) || compareCodePoints(a.key, b.key));
  return uniqueSlugs(entries).map((e) => ({ ...e, url: `/people/${e.slug}/` }));
}

/**
 * A one-word name ("khamenei") joins the one full name that ends with it across the
 * archive ("ali khamenei"); with two such names it stays apart rather than guess.
 */
function surnameMerges(keys: Set<string>): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const key of keys) {
    const words = key.split(" ");
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    const namesakes = bySurname.get(surname);
    if (namesakes) namesakes.push(key);
    else bySurname.set(surname, [key]);
  }
  const merges = new Map<string, string>();
  for (const key of keys) {
    const full = key.includes(" ") ? undefined : bySurname.get(key);
    if (full?.length === 1) merges.set(key, full[0]);
  }
  return merges;
}
