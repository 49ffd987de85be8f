// Characters that no output may carry: XML 1.0 forbids them and HTML calls them parse
// errors, so one in a headline would make the feed unreadable. Removed as text is read.

/** The supplementary planes' noncharacters, U+1FFFE and U+1FFFF up to U+10FFFE and U+10FFFF. */
const planeEnds = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join("");

/**
 * C0 controls but tab and newline, DEL, C1 controls, noncharacters, and (with the u flag,
 * only when unpaired) surrogates.
 */
const disallowed = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${planeEnds}\\p{Cs}]`, "gu");

/** Any of them, or any surrogate (paired too): without the u flag a quick first test for pages and seeds that are clean. */
const suspect = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Vertical tab, form feed and next line separate words where scrapes hold them. */
const separators = new Set(["\u000B", "\u000C", "\u0085"]);

function replacement(char: string): string {
  return separators.has(char) ? " " : "";
}

/** A string as every output format can carry it. */
export function withoutControlCharacters(text: string): string {
  return suspect.test(text) ? text.replace(disallowed, replacement) : text;
}

export interface Cleaned {
  text: string;
  /** How many characters were removed or replaced. */
  count: number;
  /** Where the first of them was, 1-based; 0 when there was none. */
  line: number;
  column: number;
}

/** Cleans a seed's text, counting what it took out and where the first was, for one message. */
export function cleanText(text: string): Cleaned {
  if (!suspect.test(text)) return { text, count: 0, line: 0, column: 0 };
  let count = 0;
  let first = -1;
  const cleaned = text.replace(disallowed, (char: string, offset: number) => {
    if (count++ === 0) first = offset;
    return replacement(char);
  });
  if (first < 0) return { text, count: 0, line: 0, column: 0 };
  const before = text.slice(0, first);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { text: cleaned, count, line: before.split("\n").length, column: first - lineStart + 1 };
}

/** At most `length` code points of a text, for quoting it in a message: never half a surrogate pair. */
export function excerpt(text: string, length: number): string {
  return Array.from(text.slice(0, length * 2)).slice(0, length).join("");
}
