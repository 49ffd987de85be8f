// The people a quotation's "he", "she" or missing subject may stand for: the subjects of
// the sentences before it, nearest first, each sentence read once.
import { cuePattern, cueRegExp } from "../cues.js";
import { pronouns } from "../names.js";
import { sentenceEndCount } from "../sentence-index.js";
import type { ArticleText, QuoteContext } from "./context.js";
import { cueThenSubject } from "./cue-then-subject.js";
import { subjectCueBefore } from "./subject-cue-before.js";
import { leadingSubject } from "./subjects.js";

/** How much of a sentence antecedents reads for its subject: the subject opens it, a cue and its subject come early. */
const antecedentReach = 1000;
/** How many sentences before a quotation may name who "he" or "she" stands for. */
const antecedentSentences = 40;

/**
 * Who "he" or "she" before a quote may stand for: the named subjects of the sentences
 * before `open` in the paragraph, nearest first ("Trump asserted ...: "...," he claimed"),
 * read only as far as needed.
 */
export function* antecedents(article: ArticleText, paragraph: number, open: number): Generator<string, void, undefined> {
  for (const subject of sentenceSubjects(article, paragraph, open)) if (!pronouns.has(subject.toLowerCase())) yield subject;
}

/** The subjects of the sentences before `open` in the paragraph, nearest first, pronouns too ("he told a crowd"). */
export function* sentenceSubjects(article: ArticleText, paragraph: number, open: number): Generator<string, void, undefined> {
  const index = article.index(paragraph);
  const before = article.unquoted(paragraph).slice(0, open);
  // sentences end where the text ends them, inside quotations too: '"...," Roe said. "..." to ...' is two sentences
  const ends = sentenceEndCount(index, open);
  const startOf = (i: number) => (i === 0 ? 0 : index.ends[i - 1] + 1);
  for (let i = ends; i >= Math.max(0, ends - antecedentSentences + 1); i--) {
    const end = i === ends ? before.length : startOf(i + 1);
    // a whole sentence reads the same for every quotation after it
    const key = `${paragraph}:${i}`;
    const subject = i < ends && article.subjects.has(key) ? article.subjects.get(key)! : sentenceSubjectOf(before.slice(startOf(i), Math.min(end, startOf(i) + antecedentReach)));
    if (i < ends) article.subjects.set(key, subject);
    if (subject) yield subject;
  }
}

/** A cue right at the start of a text. */
const cueFirst = new RegExp(String.raw`^(?:${cuePattern})(?![\p{L}-])`, "u");

/** "Or maybe Bush, digital consultant Phil Musser says.": the one a cue names, else the sentence's subject; a pronoun that opens the sentence first. */
function sentenceSubjectOf(text: string): string | null {
  const sentence = text.replace(/^[\s"“”]+/, "");
  // "He notes that the commission announced ...": the sentence is about the one "he" stands for, not the commission
  const opening = /^(\p{L}+)\s+(?:\p{Ll}+ly\s+)?/u.exec(sentence);
  if (opening && pronouns.has(opening[1].toLowerCase()) && cueRegExp.test(sentence.slice(opening[0].length, opening[0].length + 40)) && cueFirst.test(sentence.slice(opening[0].length))) return opening[1];
  const context = { before: sentence, lead: sentence, after: "", quoted: "", sentence, rest: "", next: "" };
  return subjectCueBefore(context)?.name ?? subjectAfterCue(sentence, context) ?? leadingSubject(sentence);
}

/** "The merger has been steady, said Tom Forte, who ...": the subject a cue after a comma names. */
function subjectAfterCue(sentence: string, context: QuoteContext): string | null {
  const inverted = cueAfterComma.exec(sentence);
  return inverted ? cueThenSubject({ ...context, after: sentence.slice(inverted.index) })?.name ?? null : null;
}

/** A cue after a comma: where a sentence's subject may follow its cue. */
const cueAfterComma = new RegExp(String.raw`,\s+(?:${cuePattern})(?![\p{L}-])`, "u");
