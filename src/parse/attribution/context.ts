// What the attribution rules read: the text around one piece of a quotation (for the
// rules of its own sentence), the quotations beside it (for the rules that inherit a
// speaker), and the people before it (for the rules that resolve a pronoun).
import { cuePattern } from "../cues.js";
import type { Gender } from "../people.js";
import type { NamedPhrase } from "../names.js";
import type { QuoteSpan } from "../quote-spans.js";
import { lastClosingBefore, markAfter, markBefore, nextOpening, nextSentenceEnd, sentenceIndex, sentenceStart, type SentenceIndex } from "../sentence-index.js";

/** What a rule found: the subject, split into name, role, cue, addressee and carrier. */
export interface Attribution {
  /** The subject as written, without a leading article: "Khamenei", "he", "the ministry". */
  mention: string;
  name: string | null;
  role: string | null;
  cue: string;
  addressee: NamedPhrase | null;
  /** The words after "by" in "was quoted as saying by state media". */
  by: string | null;
  /** "he said", or a cue with no subject ("Adding, ..."): the speaker is found from the text before. */
  pronoun: boolean;
}

/** The text a rule reads around one piece of a quotation. */
export interface QuoteContext {
  /** The sentence up to the opening mark; the previous paragraph's last sentence when it introduces the quote with a colon. */
  before: string;
  /** The sentence up to the opening mark, earlier quotations in it included: where its subject is. */
  lead: string;
  /** From the closing mark to the end of the sentence or the next quotation. */
  after: string;
  /** The words inside the marks. */
  quoted: string;
  /** The whole sentence, quotation included. */
  sentence: string;
  /** From the closing mark to the end of the sentence, later quotations included (as written: no possessive read as an organisation). */
  readonly rest: string;
  /** The next paragraph, when the quotation ends its own: a line under it may name its speaker. */
  next: string;
}

/** An attribution with the name of the rule that made it. */
export interface Attributed extends Attribution {
  rule: string;
}

/** A rule over the quote's own sentence. */
export type AttributionRule = (context: QuoteContext) => Attribution | null;

/** A quotation of the article, whole (its pieces over several paragraphs), with the attribution found so far. */
export interface Quotation {
  pieces: QuoteSpan[];
  text: string;
  attribution: Attributed | null;
}

/** The attributed quotations around one without an attribution of its own. */
export interface Neighbours {
  quote: Quotation;
  /** The last attributed quotation before it in its paragraph. */
  before: Quotation | undefined;
  /** The next quotation of its paragraph with an attribution of its own. */
  next: Quotation | undefined;
  /** The last attributed quotation before it that a quotation can continue from. */
  previous: Quotation | undefined;
  texts: string[];
}

/** A rule that gives a quotation the attribution of a neighbour, or one its place implies. */
export type NeighbourRule = (neighbours: Neighbours) => Attribution | null;

/** Who a pronoun attribution ("he said", or no subject at all) may stand for. */
export interface PronounScope {
  /** The people named before the quote, nearest first. */
  candidates: () => Iterable<string>;
  /** A person's gender as the article presents it; none for an organisation, place or group. */
  gender: (name: string) => Gender | null;
  /** Whether a name may be a he or a she: no organisation, place or group. */
  isPerson: (name: string) => boolean;
  /** The speaker of the last quote that had one. */
  lastSpeaker: string | null;
}

/** A rule that finds the person a pronoun attribution stands for. */
export type PronounRule = (attribution: Attribution, scope: PronounScope) => string | null;

/** How far around a quotation its rules read: further than any sentence of news English. */
const reach = 2000;

/** The paragraphs of an article with the places their sentences and quotations end, each found once. */
export interface ArticleText {
  paragraphs: string[];
  index: (paragraph: number) => SentenceIndex;
  /** Paragraphs with the text inside quotation marks blanked, for antecedents. */
  unquoted: (paragraph: number) => string;
  /** The subject of each whole sentence antecedents has read, by paragraph and sentence. */
  subjects: Map<string, string | null>;
  /** A paragraph with "Roe's campaign" written "the Roe campaign", rewritten once; null where it has no such possessive. */
  organised: (paragraph: number) => Rewritten | null;
}

/** A text rewritten, and where each rewritten phrase lies before and after. */
interface Rewritten {
  text: string;
  /** For each rewritten phrase, its start and end in the text as written, and in the rewritten text. */
  phrases: Array<[start: number, end: number, newStart: number, newEnd: number]>;
}

export function articleText(paragraphs: string[]): ArticleText {
  const indexes = new Map<number, SentenceIndex>();
  const blanked = new Map<number, string>();
  const index = (p: number) => indexes.get(p) ?? indexes.set(p, sentenceIndex(paragraphs[p])).get(p)!;
  const unquoted = (p: number) => blanked.get(p) ?? blanked.set(p, blankQuotations(paragraphs[p])).get(p)!;
  const rewritten = new Map<number, Rewritten | null>();
  const organised = (p: number) => (rewritten.has(p) ? rewritten.get(p)! : rewritten.set(p, organisationNoun.test(paragraphs[p]) ? asOrganisation(paragraphs[p]) : null).get(p)!);
  return { paragraphs, index, unquoted, subjects: new Map(), organised };
}

/**
 * What is inside quotation marks names no one who is speaking (a comma that closed it
 * still ends an opening phrase: 'On "Face the Nation," Sen. Roe said'). Blanking the whole
 * paragraph once blanks each of its beginnings as blanking that beginning alone would.
 */
function blankQuotations(text: string): string {
  return text.replace(/["“][^"”]*(?:["”]|$)/g, (quoted) => " ".repeat(quoted.length - 1) + (/,["”]$/.test(quoted) ? "," : " "));
}

/** The text around one piece of a quotation, as the rules read it. */
export function quoteContext(article: ArticleText, span: QuoteSpan): QuoteContext {
  const p = span.paragraph;
  const text = article.paragraphs[p];
  const index = article.index(p);
  const beforeStart = sentenceBefore(index, span.open);
  const leadStart = sentenceBefore(index, span.open, false);
  const afterEnd = sentenceAfter(index, span.close + 1);
  const after = windowOf(article, p, span.close + 1, afterEnd);
  const previous = article.paragraphs[p - 1];
  let before: string;
  let lead: string;
  let sentence: string;
  if (text.slice(beforeStart, span.open).trim() === "" && previous !== undefined && previous.trimEnd().endsWith(":")) {
    before = lead = windowOf(article, p - 1, lastSentence(article.index(p - 1)), previous.length);
    sentence = before + windowOf(article, p, span.open, afterEnd);
  } else {
    before = windowOf(article, p, beforeStart, span.open);
    lead = windowOf(article, p, leadStart, span.open);
    sentence = windowOf(article, p, beforeStart, afterEnd);
  }
  let rest: string | undefined;
  return {
    before,
    lead,
    after,
    quoted: span.text,
    sentence,
    // read by few quotations: made when first read
    get rest() {
      return (rest ??= sentenceRest(index, span.close + 1));
    },
    next: /^[\s,.!?…]*$/.test(text.slice(span.close + 1)) ? article.paragraphs[span.paragraph + 1] ?? "" : "",
  };
}

const organisationNoun = /(?:campaign|camp|team|administration)(?![\p{L}-])/u;

/** "Roe's campaign", "Roe’s team": the organisation a name's possessive stands for, as "the Roe campaign" is written. */
const possessiveOrganisation = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+(campaign|camp|team|administration)(?![\p{L}-])/gu;

/**
 * The text with "Roe's campaign" written "the Roe campaign", for the rules to read as the
 * organisation speaking: a paragraph is rewritten once, and each quotation's windows cut
 * from it, as a rewrite of each window would be paid for again by every quotation it holds.
 */
function asOrganisation(text: string): Rewritten {
  const phrases: Rewritten["phrases"] = [];
  let shift = 0;
  const rewritten = text.replace(possessiveOrganisation, (all: string, name: string, noun: string, start: number) => {
    const phrase = `${/^(?:The|A|An)\s/.test(name) ? name : `the ${name}`} ${noun}`;
    phrases.push([start, start + all.length, start + shift, start + shift + phrase.length]);
    shift += phrase.length - all.length;
    return phrase;
  });
  return { text: rewritten, phrases };
}

/** A paragraph's text from `start` to `end`, as the rules read it: a possessive phrase cut by either end is left out. */
function windowOf(article: ArticleText, paragraph: number, start: number, end: number): string {
  const organised = article.organised(paragraph);
  if (!organised) return article.paragraphs[paragraph].slice(start, end);
  return organised.text.slice(rewrittenAt(organised, start, "start"), rewrittenAt(organised, end, "end"));
}

/** Where a place in the written text lies in the rewritten one; inside a phrase, past it for a window's start, before it for an end. */
function rewrittenAt({ phrases }: Rewritten, at: number, side: "start" | "end"): number {
  let low = 0;
  let high = phrases.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (phrases[middle][0] < at) low = middle + 1;
    else high = middle;
  }
  // phrases[low - 1] is the last phrase that starts before `at`
  const phrase = phrases[low - 1];
  if (!phrase) return at;
  const [, end, newStart, newEnd] = phrase;
  if (at >= end) return at + newEnd - end;
  return side === "start" ? newEnd : newStart;
}

/** Where the text before `open` starts: at the last sentence end (or the close of an earlier quotation), at most `reach` back. */
function sentenceBefore(index: SentenceIndex, open: number, stopAtQuotes = true): number {
  // the opening mark itself may start the next sentence, so it is read with the text before it
  const start = sentenceStart(index, open + 2);
  const closing = stopAtQuotes ? lastClosingBefore(index, open) : -1;
  return Math.min(open, Math.max(start, closing === -1 ? 0 : closing + 2, open - reach, markBefore(index, open, 2 * quotationsInLead)));
}

/** How many earlier quotations of its sentence the text before a quotation takes in: a sentence of news holds a few. */
const quotationsInLead = 16;

const capitalAfterSpace = /\s+\p{Lu}/uy;

/** `"... people…" Roe said.`: a sentence of only a name (or "He") and a cue says who spoke the quotation before it. */
const attributionSentence = new RegExp(String.raw`\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*|He|She)\s+(?:${cuePattern})\.(?:\s|$)`, "uy");

/** Where the text after `from` ends: at the end of the sentence or the next quotation, at most `reach` on. */
function sentenceAfter(index: SentenceIndex, from: number): number {
  const text = index.text;
  if (from >= text.length) return from;
  // a quotation that ends its sentence with a full stop leaves the next sentence to itself
  capitalAfterSpace.lastIndex = from;
  attributionSentence.lastIndex = from;
  if (endsWithStop(text, from - 1) && capitalAfterSpace.test(text) && !attributionSentence.test(text)) return from;
  const end = nextSentenceEnd(index, from);
  const nextQuote = nextOpening(index, from);
  return Math.max(from, Math.min(end === -1 ? text.length : end, nextQuote === -1 ? text.length : nextQuote, from + reach, markAfter(index, from, 2 * quotationsInLead)));
}

/** A sentence's end, a closing mark after its stop included: `occurred.” Her campaign manager`. */
const stopThenCapital = /[.!?…][”"’)]*\s+(?=["“‘(]?\p{Lu})/gu;

/** How far on the rest of a sentence is read for a cue: a sentence of news is shorter. */
const restReach = 600;

/** From `from` to the end of the sentence, past later quotations, at most `restReach` on. */
function sentenceRest(index: SentenceIndex, from: number): string {
  // a quotation that ends with its stop ends its sentence: `"... what had occurred." Her campaign manager`
  if (endsWithStop(index.text, from - 1) && /^\s+["“‘(]?\p{Lu}/u.test(index.text.slice(from, from + 3))) return "";
  const text = index.text.slice(from, from + restReach);
  stopThenCapital.lastIndex = 0;
  const end = stopThenCapital.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** Whether text[0, cut) ends with a full stop or an ellipsis, maybe before spaces. */
function endsWithStop(text: string, cut: number): boolean {
  let i = cut - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && (text[i] === "." || text[i] === "…");
}

/** Where the last sentence of a paragraph starts, at most `reach` back. */
function lastSentence(index: SentenceIndex): number {
  return Math.max(sentenceStart(index, index.text.length), index.text.length - reach);
}
