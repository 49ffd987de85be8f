// Keys that make one entry of several spellings: "Ali Khamenei", "Ali Khameneï" and
// "ali khamenei" are one person; "the BBC" and "BBC" one source.
import { compareCodePoints } from "../order.js";
import { latinLetters, nameSlug } from "../parse/slug.js";

const courtesy = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.?\s+/i;

/**
 * A pure function of a string, remembered: an archive asks for the same few thousand
 * names' keys hundreds of thousands of times. Forgets all past `limit`, so that a
 * long `serve` does not grow without end.
 */
export function remembered(key: (text: string) => string, limit = 200_000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let found = known.get(text);
    if (found === undefined) {
      if (known.size >= limit) known.clear();
      found = key(text);
      known.set(text, found);
    }
    return found;
  };
}

/**
 * "FranÃ§ois" is "François" whose UTF-8 bytes were read as Latin-1 (and "FranÃÂ§ois" that
 * twice, its control character since removed): each such pair folds back into its letter,
 * composed or not ("A" and a combining tilde is "Ã").
 */
export function withoutMojibake(text: string): string {
  return text.normalize("NFC").replace(/Ã(?:Â)?([\u0080-\u00BF])/g, (_, c: string) => String.fromCharCode(0xc0 | (c.charCodeAt(0) & 0x3f))).replace(/Â([\u0080-\u00BF])/g, "$1");
}

/** A generation after a name ("Brent Bozell III", "Martin Luther King Jr."): the same person's key without it. */
const generation = /(?<=\S\s+\S+)\s+(?:jr|sr|ii|iii|iv)$/;

export const nameKey = remembered((name) =>
  latinLetters(withoutMojibake(name))
    .replace(/^the\s+/i, "")
    .replace(courtesy, "")
    .replace(/[’']s$/, "")
    .replace(/\b\p{L}\.\s*/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(generation, ""),
);

/** Slugs unique within one index: the second "John Smith" of another key gets "-2". */
export function uniqueSlugs<T extends { key: string; name: string }>(entries: T[]): Array<T & { slug: string }> {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const base = nameSlug(entry.name) || "entry";
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return { ...entry, slug };
  });
}

/** Counts one more use of a name's spelling. */
export function countSpelling(spellings: Map<string, number>, name: string): void {
  spellings.set(name, (spellings.get(name) ?? 0) + 1);
}

/**
 * An index's entries (people, sources, topics) as their pages list them: in `order`,
 * each with a slug unique in the index and the URL of its page under `base`.
 */
export function listed<T extends { key: string; name: string }>(entries: T[], order: (a: T, b: T) => number, base: string): Array<T & { slug: string; url: string }> {
  return uniqueSlugs([...entries].sort(order)).map((entry) => ({ ...entry, url: `${base}${entry.slug}/` }));
}

/** Most articles first, then by name: the order of sources and topics. */
export function byArticles(a: { name: string; articles: unknown[] }, b: { name: string; articles: unknown[] }): number {
  return b.articles.length - a.articles.length || compareCodePoints(a.name, b.name);
}

/** The spelling without mojibake, then the one seen most often, then the longest, then the first in code-point order. */
export function preferredSpelling(counts: Map<string, number>): string {
  const garbled = (name: string) => (withoutMojibake(name) === name ? 0 : 1);
  return [...counts].sort(([a, x], [b, y]) => garbled(a) - garbled(b) || y - x || b.length - a.length || compareCodePoints(a, b))[0][0];
}

