// Where a paragraph's sentences end and its quotations open and close, found once per
// paragraph, so that reading around each quotation costs a binary search, not a scan
// from the paragraph's start.
import { abbreviations } from "./names.js";

/** A dot that follows an initial or a known abbreviation does not end a clause or a sentence. */
export const abbreviation = String.raw`(?<=(?:\b\p{Lu}|${abbreviations.map((a) => String.raw`\b${a.replace(/\./g, "\\.")}`).join("|")}))`;
const sentenceEnd = new RegExp(String.raw`(?<!${abbreviation.slice(4, -1)})[.!?](?=\s+["“‘(]?\p{Lu})`, "gu");
/** What sentenceEnd looks ahead at, to know where its match stops depending on the text. */
const sentenceEndAhead = /\s+["“‘(]?\p{Lu}/uy;
/** A closing mark then a space, where the text before a quotation stops. */
const closingThenSpace = /[”"] /g;
/** A space, an opening mark and a letter of the quotation: where the text after a quotation stops. */
const spaceThenOpening = /\s["“„«]\S/g;
const openingThenText = /["“„«]\S/y;
const quotationMark = /["“”„«»]/g;

export interface SentenceIndex {
  text: string;
  /** Offsets of the marks that end sentences, ascending. */
  ends: number[];
  /** For each end, the offset after the capital it looks ahead to: a text cut before there would not end a sentence at that mark. */
  reaches: number[];
  closings: number[];
  openings: number[];
  /** Every double quotation mark. */
  marks: number[];
}

export function sentenceIndex(text: string): SentenceIndex {
  const ends: number[] = [];
  const reaches: number[] = [];
  for (const m of text.matchAll(sentenceEnd)) {
    ends.push(m.index);
    sentenceEndAhead.lastIndex = m.index + 1;
    sentenceEndAhead.test(text);
    reaches.push(sentenceEndAhead.lastIndex);
  }
  const closings = [...text.matchAll(closingThenSpace)].map((m) => m.index);
  const openings = [...text.matchAll(spaceThenOpening)].map((m) => m.index);
  const marks = [...text.matchAll(quotationMark)].map((m) => m.index);
  return { text, ends, reaches, closings, openings, marks };
}

/** The number of items below `limit` in an ascending list. */
function countBelow(items: number[], limit: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many sentence ends the pattern finds in text[0, cut): those whose look-ahead fits before the cut. */
export function sentenceEndCount(index: SentenceIndex, cut: number): number {
  return countBelow(index.reaches, cut + 1);
}

/** Where the last sentence of text[0, cut) starts. */
export function sentenceStart(index: SentenceIndex, cut: number): number {
  const count = sentenceEndCount(index, cut);
  return count === 0 ? 0 : index.ends[count - 1] + 1;
}

/** The first sentence end at or after `from`, or -1. */
export function nextSentenceEnd(index: SentenceIndex, from: number): number {
  const i = countBelow(index.ends, from);
  return i < index.ends.length ? index.ends[i] : -1;
}

/** The last closing mark followed by a space, both before `cut`, or -1. */
export function lastClosingBefore(index: SentenceIndex, cut: number): number {
  const i = countBelow(index.closings, cut - 1);
  return i === 0 ? -1 : index.closings[i - 1];
}

/** Where the next quotation opens from `from` on: at `from` itself, or at a space before its mark; -1 when none does. */
export function nextOpening(index: SentenceIndex, from: number): number {
  openingThenText.lastIndex = from;
  if (openingThenText.test(index.text)) return from;
  const i = countBelow(index.openings, from);
  return i < index.openings.length ? index.openings[i] : -1;
}

/** The offset of the `count`th quotation mark before `cut`, or 0 when there are fewer. */
export function markBefore(index: SentenceIndex, cut: number, count: number): number {
  const i = countBelow(index.marks, cut) - count;
  return i < 0 ? 0 : index.marks[i];
}

/** The offset of the `count`th quotation mark from `from` on, or the text's length when there are fewer. */
export function markAfter(index: SentenceIndex, from: number, count: number): number {
  const i = countBelow(index.marks, from) + count - 1;
  return i < index.marks.length ? index.marks[i] : index.text.length;
}
