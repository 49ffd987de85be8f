// Who said a quotation: small rules over the text around its marks, each trying one
// construction of news English, in order of how sure it is.
import { cuePattern } from "./cues.js";
import { courtesyTitles, isNameWord, pronouns, splitNamedPhrase, titleWords, type NamedPhrase } from "./names.js";
import type { QuoteSpan } from "./quote-spans.js";

export interface Attribution {
  /** The subject as written, without a leading article: "Khamenei", "he", "the ministry". */
  mention: string;
  name: string | null;
  role: string | null;
  cue: string;
  addressee: NamedPhrase | null;
  /** The words after "by" in "was quoted as saying by state media". */
  by: string | null;
  pronoun: boolean;
}

export type AttributionRule = (text: string, span: QuoteSpan) => Attribution | null;

const openingPunctuation = /^[\s,.!?…]*(?:[-–—]+\s*)?/;
const cueAtStart = new RegExp(String.raw`^(${cuePattern})\s+`);
const cueAnywhere = new RegExp(String.raw`(?<![\p{L}-])(${cuePattern})(?![\p{L}-])`, "gu");
const temporalTail = /\s+(?:last|this|on|yesterday|today|tonight|earlier|later|in (?:a|an|the|his|her|their)|at (?:a|an|the)|during|after|before|when|while|who|which|whose|where|as|according|via|from|through|with)\b.*$/;

/** `"...," - said the Supreme Leader of Iran Ayatollah Ali Khamenei to ...` */
export const cueThenSubject: AttributionRule = (text, span) => {
  const after = text.slice(span.close + 1).replace(openingPunctuation, "");
  const m = cueAtStart.exec(after);
  if (!m) return null;
  const rest = clause(after.slice(m[0].length));
  const [subjectPart, addresseePart] = splitAddressee(rest);
  const subject = subjectPart.replace(temporalTail, "");
  if (!isSubject(subject)) return null;
  return attribution(subject, m[1], addresseePart ? addresseeOf(addresseePart) : null, byOf(after.slice(m[0].length)));
};

/** `"...," Khamenei told Rashid` and `"...," he said` */
export const subjectThenCue: AttributionRule = (text, span) => {
  const after = text.slice(span.close + 1).replace(openingPunctuation, "");
  cueAnywhere.lastIndex = 0;
  const m = cueAnywhere.exec(after);
  if (!m || m.index === 0) return null;
  const subject = after.slice(0, m.index).trim();
  if (!isSubject(subject) || wordsIn(subject) > 12) return null;
  const rest = after.slice(m.index + m[0].length);
  return attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
};

/** `Smith said: "..."`, and the partial quote `Obama said it was "distressing"` */
export const subjectCueBefore: AttributionRule = (text, span) => {
  const sentence = sentenceBefore(text, span.open);
  let found: Attribution | null = null;
  cueAnywhere.lastIndex = 0;
  for (const m of sentence.matchAll(cueAnywhere)) {
    const subject = subjectEndingAt(sentence.slice(0, m.index));
    if (!subject) continue;
    const rest = sentence.slice(m.index + m[0].length);
    found = attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
  }
  return found;
};

/** `..., according to Smith.` in the quote's sentence. */
export const accordingTo: AttributionRule = (text, span) => {
  const sentence = sentenceAround(text, span);
  const m = /\baccording to\s+(.+)$/i.exec(sentence);
  if (!m) return null;
  const subject = clause(m[1]).replace(temporalTail, "");
  return isSubject(subject) && !/^(?:which|whom|this|that|it)\b/i.test(subject) ? attribution(subject, "according to", null, null) : null;
};

export const attributionRules: AttributionRule[] = [cueThenSubject, subjectThenCue, subjectCueBefore, accordingTo];

export function attribute(text: string, span: QuoteSpan): Attribution | null {
  for (const rule of attributionRules) {
    const found = rule(text, span);
    if (found) return found;
  }
  return null;
}

function attribution(subject: string, cue: string, addressee: NamedPhrase | null, by: string | null): Attribution {
  const appositive = /^(.+?),\s+(.+?),?$/.exec(subject);
  const namePart = appositive ? appositive[1] : subject;
  const phrase = splitNamedPhrase(namePart);
  const role = appositive ? appositive[2].replace(/^(?:the|a|an)\s+/i, "") : phrase.role;
  const pronoun = pronouns.has(namePart.toLowerCase());
  return { mention: phrase.mention, name: pronoun ? null : phrase.name, role, cue, addressee, by, pronoun };
}

/** A subject is a pronoun, a name, or a description that starts with an article. */
function isSubject(phrase: string): boolean {
  const p = phrase.trim();
  if (p === "" || /["“”«»:;!?]/.test(p)) return false;
  if (pronouns.has(p.toLowerCase())) return true;
  const first = p.split(/\s+/)[0];
  if (/^(?:the|a|an)$/i.test(first)) return wordsIn(p) >= 2;
  return isNameWord(first) || courtesyTitles.has(first) || titleWords.has(first);
}

/** The subject that ends right before a cue: a pronoun, a run of name words, or "the ..." within a few words. */
function subjectEndingAt(before: string): string | null {
  const words = before.trimEnd().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  if (pronouns.has(last.toLowerCase())) return last;
  let start = words.length;
  while (start > 0 && (isNameWord(words[start - 1]) || courtesyTitles.has(words[start - 1]) || titleWords.has(words[start - 1]) ||
    (words[start - 1] === "of" && start < words.length && start > 1 && /^\p{Lu}/u.test(words[start - 2])))) start--;
  if (start < words.length && !/[,;:]$/.test(words[words.length - 1])) {
    if (start > 0 && /^(?:the|a|an)$/i.test(words[start - 1])) start--;
    return words.slice(start).join(" ");
  }
  for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
    if (/[,;:.]$/.test(words[i]) && i !== words.length - 1) break;
    if (/^(?:the|a|an)$/i.test(words[i])) return words.slice(i).join(" ");
  }
  return null;
}

/** "to the President of Iraq Latif Rashid": the person spoken to. */
function splitAddressee(phrase: string): [string, string | null] {
  const m = /^(.+?)\s+to\s+((?:the\s+)?\p{Lu}.*)$/u.exec(phrase);
  return m ? [m[1], m[2]] : [phrase, null];
}

function addresseeOf(phrase: string): NamedPhrase | null {
  const named = splitNamedPhrase(phrase.replace(temporalTail, ""));
  return named.name ? named : null;
}

/** The object of "told": `told Rashid, who ...` gives Rashid. */
function objectOf(cue: string, rest: string): NamedPhrase | null {
  if (!/\b(?:told|tells|tell|telling)\b/.test(cue)) return null;
  const object = clause(rest).replace(temporalTail, "");
  return /^\p{Lu}/u.test(object.trim()) ? addresseeOf(object) : null;
}

/** "was quoted as saying by the country's state media" */
function byOf(rest: string): string | null {
  const m = /^\s*by\s+(.+)$/.exec(rest);
  return m ? clause(m[1]).replace(temporalTail, "") : null;
}

/** Text up to the first clause break, skipping the dots of abbreviations and initials. */
function clause(text: string): string {
  const m = /^(?:[^,;:.!?"“”]|\.(?=\S)|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr))\.)*/u.exec(text);
  return (m ? m[0] : "").trim();
}

function sentenceBefore(text: string, open: number): string {
  const before = text.slice(0, open);
  const boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "), before.lastIndexOf("” "), before.lastIndexOf('" '));
  return before.slice(boundary + 1);
}

function sentenceAround(text: string, span: QuoteSpan): string {
  const start = sentenceBefore(text, span.open);
  const after = text.slice(span.close + 1);
  const end = after.search(/[.!?](?:\s|$)/);
  return start + text.slice(span.open, span.close + 1) + (end === -1 ? after : after.slice(0, end));
}

function wordsIn(text: string): number {
  return text.trim().split(/\s+/).length;
}
