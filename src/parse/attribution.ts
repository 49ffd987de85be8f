// Who said a quotation: small rules over the text around its marks, each trying one
// construction of news English, in order of how sure it is. A rule reads the part of
// the sentence before the opening mark or after the closing one (QuoteContext) and
// returns the subject it found, split into name, role, cue, addressee and carrier.
import { cuePattern, participlePattern } from "./cues.js";
import { courtesyTitles, isNameWord, notNames, pronouns, splitNamedPhrase, titleWords, type NamedPhrase } from "./names.js";
import type { QuoteSpan } from "./quote-spans.js";
import { abbreviation, lastClosingBefore, markAfter, markBefore, nextOpening, nextSentenceEnd, sentenceEndCount, sentenceIndex, sentenceStart, type SentenceIndex } from "./sentence-index.js";

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
}

export type AttributionRule = (context: QuoteContext) => Attribution | null;

/** A parenthesis and the spaces before it; starting only where the spaces start, a long run of them is read once, not once per space. */
const parenthetical = /(?<!\s)\s*\([^)]*\)/g;
const leadingPunctuation = /^[\s,.!?…]*(?:[-–—―]+\s*)?/;
const cueAtStart = new RegExp(String.raw`^(${cuePattern})(?![\p{L}-])\s*`, "u");
const cueAnywhere = new RegExp(String.raw`(?<![\p{L}-])(${cuePattern})(?![\p{L}-])`, "gu");
const cueAfterComma = new RegExp(String.raw`^[^"“”]{0,120}?,\s+(${cuePattern})(?![\p{L}-])`, "u");
const cueAtEnd = new RegExp(String.raw`(?:^|\s)(${cuePattern})\s+(\S.*)$`, "iu");
const temporalTail = /\s+(?:to\s+(?:reporters|journalists|supporters|(?:the|a|an)\s+\p{Ll}+)|last|this|on|yesterday|today|tonight|earlier|later|in|at|during|after|before|when|while|who|which|whose|where|as|according|via|from|through|with|about|of\s+(?:the|a|an|his|her|their)\s+\p{Ll}|on\s+\p{Lu}\p{Ll}+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\b.*$/u;
const determiners = /^(?:the|a|an|one|another|his|her|their|its|our|this|that|these|those|some|many|several|two|three|both)$/i;
const maxSubjectWords = 14;
const functionWord = /^(?:the|a|an|of|to|in|on|at|for|with|by|from|following|and|or|but|that|this)$/i;
const participles = new RegExp(String.raw`(?:^|,\s*|\s)(${participlePattern})(?![\p{L}-])`, "giu");

/** `"...," said former Gov. Jim Doyle` and `"..." - said the Supreme Leader ... to the President of Iraq Latif Rashid` */
export const cueThenSubject: AttributionRule = ({ after }) => {
  let text = after.replace(leadingPunctuation, "");
  // `"..." if she loses, said Jane Roe`: the quote's sentence goes on before the cue
  const later = cueAfterComma.exec(text);
  const prefix = later ? later[0].slice(0, -later[1].length).replace(/,\s*$/, "") : "";
  if (!cueAtStart.test(text) && later && !isSubject(prefix) && !new RegExp(cueAnywhere.source, "u").test(prefix)) {
    text = text.slice(later.index + later[0].length - later[1].length);
  }
  const m = cueAtStart.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const [subjectPart, addresseePart] = splitAddressee(clause(rest));
  const subject = subjectPart.replace(temporalTail, "");
  if (!isSubject(subject)) {
    // `said Rubio's deputy campaign manager, Rich Beeson, who ...`: the description, then the name in apposition
    const apposed = /^([^,]+),\s+([^,]+?)(?:,|$)/.exec(rest.replace(parenthetical, ""));
    if (!apposed || !/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(apposed[1]) || !isNamed(apposed[2]) || !isPersonal(apposed[2])) return null;
    return attribution(`${apposed[2]}, ${apposed[1]}`, m[1], null, null);
  }
  return attribution(subject, m[1], addresseePart ? addresseeOf(addresseePart) : null, byOf(rest));
};

/** A transcript turn, `"WALLACE: Let's start ..."`: the label in capitals names the speaker. */
export const transcriptLabel: AttributionRule = ({ quoted }) => {
  const m = /^((?:\p{Lu}[\p{Lu}.'’-]+\s){0,2}\p{Lu}[\p{Lu}.'’-]+):\s/u.exec(quoted);
  if (!m) return null;
  const name = m[1].toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { mention: m[1], name, role: null, cue: ":", addressee: null, by: null, pronoun: false };
};

/** `"...," Khamenei told Rashid`, `"...," he said` and `"...," Jane Roe, a spokeswoman, said` */
export const subjectThenCue: AttributionRule = ({ after }) => {
  const text = after.replace(leadingPunctuation, "");
  cueAnywhere.lastIndex = 0;
  const m = cueAnywhere.exec(text);
  if (!m || m.index === 0) return null;
  // `"...," as Cruz said on Monday`
  let subject = text.slice(0, m.index).trim().replace(/,$/, "").replace(/^as\s+(?=\p{Lu})/u, "");
  // `"..." and against the law, Clinton said`: the quote's sentence goes on before its subject
  if (!isSubject(subject) && subject.includes(",") && !/\p{Lu}/u.test(subject.slice(0, subject.indexOf(",")).slice(0, 1))) subject = subject.slice(subject.lastIndexOf(",") + 1).trim();
  // a name may carry a long appositive: "Jane Roe, the attorney general of Northshire, one of the states suing,"
  const limit = isNamed(subject.split(",")[0]) ? 2 * maxSubjectWords : maxSubjectWords;
  const rest = text.slice(m.index + m[0].length);
  if (prepositionAsName.test(subject)) return { mention: subject, name: subject, role: null, cue: m[1], addressee: objectOf(m[1], rest), by: byOf(rest), pronoun: false };
  if (wordsIn(subject) > limit || !isSubject(subject)) return null;
  return attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
};

/** `"...," From said`: a capitalised preposition alone before a cue, inside a sentence, can only be a surname. */
const prepositionAsName = /^(?:From|By|With|For|To|In|On|At|Of|As)$/;

/** `Smith said: "..."`, `Jane Roe, a spokeswoman, said in a statement: "..."`, the partial quote `Obama said it was "distressing"` */
export const subjectCueBefore: AttributionRule = ({ before }) => {
  // the last cue that has a subject speaks; a sentence's last few cues are all worth trying
  const cues = lastCues(before);
  for (let i = cues.length - 1; i >= 0; i--) {
    const m = cues[i];
    const head = before.slice(Math.max(0, m.index - subjectReach), m.index);
    // "Grassley on Wednesday downplayed the attack and said ...": the cue shares the sentence's subject
    const subject = subjectEndingAt(head) ?? (endsWithAnd(head) ? leadingSubject(head) : null);
    if (!subject) continue;
    const rest = before.slice(m.index + m[0].length);
    return attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
  }
  return null;
};

/** Ends with the word "and" after a space: what /\s+and\s*$/ finds, without trying it from every offset. */
function endsWithAnd(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith("and") && /\s/.test(trimmed[trimmed.length - 4] ?? "");
}

/** Where to look for cues in a text before a quotation: its last `cueReach` characters, from a word's start. */
function cueSearchStart(before: string): number {
  if (before.length <= cueReach) return 0;
  const space = /\s/g;
  space.lastIndex = before.length - cueReach;
  return space.exec(before) ? space.lastIndex : before.length;
}

/** The last cuesTried cues of the text, with an exec loop: matchAll would build its own copy of the long pattern at each call. */
function lastCues(before: string): RegExpExecArray[] {
  const cues: RegExpExecArray[] = [];
  cueAnywhere.lastIndex = cueSearchStart(before);
  for (let m = cueAnywhere.exec(before); m; m = cueAnywhere.exec(before)) {
    cues.push(m);
    if (cues.length > cuesTried) cues.shift();
  }
  return cues;
}

/** How far before a quotation its cue may be. */
const cueReach = 1000;
/** How many cues before a quotation are tried for its subject, nearest first: news sentences hold a few. */
const cuesTried = 8;
/** How far before its cue a subject may start, appositives included. */
const subjectReach = 1000;

/** `Rubio said that by refusing the words "radical Islam," Democrats are "saying ..."`: a cue earlier in the sentence, past other quotations. */
export const cueEarlierInSentence: AttributionRule = (context) => (context.lead === context.before ? null : subjectCueBefore({ ...context, before: context.lead }));

/** `Continued Stone: "..."`, `said Smith, "..."` */
export const cueThenSubjectBefore: AttributionRule = ({ before }) => {
  const m = cueAtEnd.exec(before.replace(/[\s:,]+$/, ""));
  if (!m) return null;
  const subject = m[2].replace(temporalTail, "");
  return isNamed(subject) && !subject.includes(",") && !notASubject.test(subject) ? attribution(subject, m[1].toLowerCase(), null, null) : null;
};

/** A name and a colon, as in digests and transcripts: `POLL NEWS - Jane Roe: "..."`, `Former senator Jane Roe: "..."` */
export const nameColon: AttributionRule = ({ before }) => {
  const lead = labelBeforeColon(before);
  if (!lead) return null;
  const subject = subjectEndingAt(lead.trim());
  if (!subject || !/\p{Ll}/u.test(subject) || pronouns.has(subject.toLowerCase())) return null;
  if (/\b(?:to|with|from|for|against|on|about|at|by|of)\s*$/i.test(lead.trim().slice(0, -subject.length))) return null;
  return isNamed(subject) || /\band\b/.test(subject) ? attribution(subject, ":", null, null) : null;
};

/** What stands between the last dash or colon and a colon that ends the text: "POLL NEWS - Jane Roe:" gives "Jane Roe". */
function labelBeforeColon(text: string): string | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(":")) return null;
  const body = trimmed.slice(0, -1);
  const cut = Math.max(body.lastIndexOf("-"), body.lastIndexOf("–"), body.lastIndexOf("—"), body.lastIndexOf(":"));
  return body.slice(cut + 1) || null;
}

/** A dash and a name after the quotation, as under an epigraph or in a list of voices: `"..." ― Jane Roe` */
export const dashThenName: AttributionRule = ({ after }) => {
  const m = /^\s*[,.]?\s*[―—–-]+\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\.?\s*$/u.exec(after);
  return m && isNamed(m[1]) ? attribution(m[1], "―", null, null) : null;
};

/** `Adding, "..."`: a cue with no subject continues the speaker before. */
export const bareCue: AttributionRule = ({ before }) => {
  const m = /^\s*(adding|noting|continuing|saying|added|continued|and added)[,:]?\s*$/i.exec(before);
  return m ? { mention: "", name: null, role: null, cue: m[1].toLowerCase(), addressee: null, by: null, pronoun: true } : null;
};

/** `..., according to Smith.` in the quote's sentence. */
export const accordingTo: AttributionRule = ({ sentence }) => {
  const m = /\baccording to\s+(.+)$/i.exec(sentence);
  if (!m) return null;
  const subject = clause(m[1]).replace(temporalTail, "");
  return isSubject(subject) && !/^(?:which|whom|this|that|it)\b/i.test(subject) ? attribution(subject, "according to", null, null) : null;
};

/** `footage of Trump saying, "..."`: a participle right after a name, with no comma between, is that name's. */
export const nameThenParticiple: AttributionRule = ({ before }) => {
  participles.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = participles.exec(before); m; m = participles.exec(before)) last = m;
  if (!last || last[0].startsWith(",")) return null;
  const words = before.slice(0, last.index).trimEnd().split(/\s+/);
  let start = words.length;
  while (start > 0 && isNameWord(words[start - 1])) start--;
  const name = words.slice(start).join(" ");
  return start < words.length && start > 0 && /^(?:of|from|with|by|shows?|showed|features?|featured)$/.test(words[start - 1]) ? attribution(name, last[1].toLowerCase(), null, null) : null;
};

/** `Trump attacked Rubio on Thursday, saying he is "weak"`: a participle cue speaks for the sentence's subject. */
export const participleCue: AttributionRule = ({ before, lead }) => {
  participles.lastIndex = 0;
  if (!participles.test(before)) return null;
  participles.lastIndex = 0;
  const m = participles.exec(lead);
  if (!m) return null;
  const subject = leadingSubject(lead.slice(0, m.index));
  return subject ? attribution(subject, m[1].toLowerCase(), null, null) : null;
};

/** `what Gilbert called "a perception problem"`, `Roe dubbed it "..."`: the one who names something, right before the quote. */
export const namingVerb: AttributionRule = ({ before }) => {
  const m = /^(.*?)\s+(called|calls|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands)(?:\s+(?:it|them|him|her|this|that|the\s+\p{Ll}+))?\s*$/u.exec(before);
  if (!m) return null;
  const subject = subjectEndingAt(m[1]);
  return subject && !pronouns.has(subject.toLowerCase()) && isNamed(subject) ? attribution(subject, m[2], null, null) : null;
};

/** `Sanders was asked by host Bill Maher, "..."`: the one who asks is the speaker. */
export const askedBy: AttributionRule = ({ before }) => {
  const m = /\b(?:was|were|is|are|being)\s+asked\s+by\s+([^,;:]+?)(?:,|:|\s+(?:whether|if|about|what|why|how|when|who|to)\b|\s*$)/u.exec(before);
  if (!m) return null;
  const subject = m[1].replace(temporalTail, "").trim();
  return isNamed(subject) ? attribution(subject, "asked", null, null) : null;
};

/** `Clinton called the plan "a disaster for workers"`: with no cue, the subject of the sentence that frames the quote. */
export const sentenceSubject: AttributionRule = ({ before }) => {
  const subject = leadingSubject(before);
  return subject ? attribution(subject, "", null, null) : null;
};

/** The subject a sentence opens with, when a verb follows it: a pronoun or a name with its role. */
function leadingSubject(sentence: string): string | null {
  // a dateline ("WASHINGTON — ") and a lead-in ending in a colon are not the sentence's subject
  const plain = sentence.replace(parenthetical, "").replace(/^\s*\p{Lu}[\p{Lu}\s,.]*(?:,\s*\p{Lu}[\p{L}.]*)?\s[—–-]+\s/u, "").replace(/^[^"“”]*:\s+(?=\p{Lu})/u, "").replace(placeThenState, "$1 $2");
  let words = plain.replace(/^\s*(?:(?:But|And|So|Yet|Then|Now|Still|Also)\s+(?:then\s+)?)?/, "").split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  if (pronouns.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[1])) return words[0];
  // an opening phrase before the subject: "Soon after the debate, Trump said ..."
  for (let round = 0; round < 2; round++) {
    const opener = words.findIndex((w) => w.endsWith(","));
    const first = (words[0] ?? "").replace(/,$/, "");
    if (opener !== -1 && opener < 20 && (notNames.has(first) || /^[\p{Ll}\d]/u.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first))) words = words.slice(opener + 1);
  }
  if (words.length < 2) return null;
  if (pronouns.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[1])) return words[0];
  let end = /^the$/i.test(words[0]) && isNameWord(words[1] ?? "") ? 1 : 0;
  while (end < words.length && end < 8 && partOfNamedSubject(words, end) && !adverbialThen(words, end)) end++;
  // an appositive between the subject and its verb: "Jane Roe, a columnist, calls ..."
  if (/,$/.test(words[end] ?? "") && isNameWord(words[end].slice(0, -1))) {
    // the appositive ends at the comma a verb follows: "Jane Roe, a columnist at the Post, one of its founders, calls ..."
    const closes = words.map((w, i) => (i > end && w.endsWith(",") ? i : -1)).filter((i) => i !== -1);
    const close = closes.find((i) => /^\p{Ll}+$/u.test(words[i + 1] ?? "") && !determiners.test(words[i + 1]) && !/^(?:who|whom|which|whose|and|or|but|of|in|at|for|to|with|from|by|on)$/.test(words[i + 1])) ?? closes[0] ?? -1;
    words.splice(end + 1, close === -1 ? 0 : close - end);
    words[end] = words[end].slice(0, -1);
    end++;
  }
  const verb = words[afterAdverbs(words, end)]?.replace(/[,:.]$/, "");
  if (end === 0 || !verb || !/^\p{Ll}+(?:[’']\p{Ll}+)?$/u.test(verb) || determiners.test(verb) || /^(?:of|and|or|for|to|in|on|at|with|from|by)$/.test(verb)) return null;
  const subject = words.slice(0, end).join(" ");
  return isNamed(subject) ? subject : null;
}

/** "Trump then appears", "Reeves late Thursday issued": adverbs, not as in "then Sen. Kerry" or "the late senator". */
function adverbialThen(words: string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  return (words[i] === "then" && /^\p{Ll}/u.test(next)) || (/^(?:late|early)$/.test(words[i]) && /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|morning|evening|afternoon),?$/.test(next));
}

const adverb = /^(?:then|also|later|earlier|again|still|now|first|finally|once|initially|repeatedly|recently|previously|reportedly|quickly|publicly|privately|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)$/;

/** Past the adverbs and times between a subject and its verb: "Sanders on Saturday criticized", "Trump then appears". */
function afterAdverbs(words: string[], at: number): number {
  let i = at;
  for (;;) {
    if (adverb.test(words[i] ?? "")) i++;
    else if (/^(?:on|last|this|late|early)$/.test(words[i] ?? "") && /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|morning|evening),?$/.test(words[i + 1] ?? "")) i += 2;
    else if (/^(?:night|morning|evening|afternoon),?$/.test(words[i] ?? "") && i > at) i++;
    else return i;
  }
}

export const attributionRules: AttributionRule[] = [
  transcriptLabel, cueThenSubject, subjectThenCue, dashThenName, askedBy, subjectCueBefore, nameThenParticiple, participleCue, cueThenSubjectBefore, nameColon, bareCue, cueEarlierInSentence, accordingTo, namingVerb, sentenceSubject,
];

/** How far around a quotation its rules read: further than any sentence of news English. */
const reach = 2000;
/** How much of a sentence antecedents reads for its subject: the subject opens it, a cue and its subject come early. */
const antecedentReach = 1000;
/** How many sentences before a quotation may name who "he" or "she" stands for. */
const antecedentSentences = 40;

/** The paragraphs of an article with the places their sentences and quotations end, each found once. */
export interface ArticleText {
  paragraphs: string[];
  index: (paragraph: number) => SentenceIndex;
  /** Paragraphs with the text inside quotation marks blanked, for antecedents. */
  unquoted: (paragraph: number) => string;
  /** The subject of each whole sentence antecedents has read, by paragraph and sentence. */
  subjects: Map<string, string | null>;
}

export function articleText(paragraphs: string[]): ArticleText {
  const indexes = new Map<number, SentenceIndex>();
  const blanked = new Map<number, string>();
  const index = (p: number) => indexes.get(p) ?? indexes.set(p, sentenceIndex(paragraphs[p])).get(p)!;
  const unquoted = (p: number) => blanked.get(p) ?? blanked.set(p, blankQuotations(paragraphs[p])).get(p)!;
  return { paragraphs, index, unquoted, subjects: new Map() };
}

/**
 * What is inside quotation marks names no one who is speaking (a comma that closed it
 * still ends an opening phrase: 'On "Face the Nation," Sen. Roe said'). Blanking the whole
 * paragraph once blanks each of its beginnings as blanking that beginning alone would.
 */
function blankQuotations(text: string): string {
  return text.replace(/["“][^"”]*(?:["”]|$)/g, (quoted) => " ".repeat(quoted.length - 1) + (/,["”]$/.test(quoted) ? "," : " "));
}

/**
 * Who "he" or "she" before a quote may stand for: the named subjects of the sentences
 * before `open` in the paragraph, nearest first ("Trump asserted ...: "...," he claimed"),
 * read only as far as needed.
 */
export function* antecedents(article: ArticleText, paragraph: number, open: number): Generator<string, void, undefined> {
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
    if (subject && !pronouns.has(subject.toLowerCase())) yield subject;
  }
}

/** "Or maybe Bush, digital consultant Phil Musser says.": the one a cue names, else the sentence's subject. */
function sentenceSubjectOf(text: string): string | null {
  const sentence = text.replace(/^[\s"“”]+/, "");
  return subjectCueBefore({ before: sentence, lead: sentence, after: "", quoted: "", sentence })?.name ?? leadingSubject(sentence);
}

export function attribute(context: QuoteContext): Attribution | null {
  for (const rule of attributionRules) {
    const found = rule(context);
    if (found) return found;
  }
  return null;
}

/** The text around one piece of a quotation, as the rules read it. */
export function quoteContext(article: ArticleText, span: QuoteSpan): QuoteContext {
  const text = article.paragraphs[span.paragraph];
  const index = article.index(span.paragraph);
  let before = sentenceBefore(index, span.open);
  let lead = sentenceBefore(index, span.open, false);
  const previous = article.paragraphs[span.paragraph - 1];
  if (before.trim() === "" && previous !== undefined && previous.trimEnd().endsWith(":")) before = lead = lastSentence(article.index(span.paragraph - 1));
  const after = sentenceAfter(index, span.close + 1);
  return { before, lead, after, quoted: span.text, sentence: before + text.slice(span.open, span.close + 1) + after };
}

function attribution(subject: string, cue: string, addressee: NamedPhrase | null, by: string | null): Attribution {
  const plain = subject.replace(parenthetical, "").trim();
  const [namePart, apposed] = nameAndAppositive(plain);
  const phrase = splitNamedPhrase(namePart);
  const role = apposed ? apposed.replace(/^(?:the|a|an)\s+/i, "").replace(/^(?:[RDI]-[\p{L}.]+)$/u, "") || phrase.role : phrase.role;
  const pronoun = pronouns.has(namePart.toLowerCase());
  return { mention: phrase.mention, name: pronoun ? null : phrase.name, role: role || null, cue, addressee, by, pronoun };
}

/** A name on its own, not a description: "Jonathan Greenblatt", not "a pro-Clinton super PAC". */
function isPersonal(phrase: string): boolean {
  return /^\p{Lu}/u.test(phrase.trim()) && !determiners.test(phrase.trim().split(/\s+/)[0]);
}

/**
 * "Jane Roe, a spokeswoman," is the name then its appositive; "her senior policy
 * adviser, Jake Sullivan," puts the description first and the name in apposition.
 */
function nameAndAppositive(subject: string): [string, string | null] {
  const m = /^(.+?),\s+(.+?),?$/.exec(subject);
  if (!m) return [subject, null];
  // "The leader of the Anti-Defamation League, Jonathan Greenblatt,": a description that ends in a name, then the person
  const describes = (/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(m[1]) || /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\p{Ll}/u.test(m[1])) && !pronouns.has(m[1].toLowerCase());
  return describes && isNamed(m[2]) && isPersonal(m[2]) && !/\b(?:who|which)\b/.test(m[2]) ? [m[2], m[1]] : [m[1], m[2]];
}

/** A phrase that opens with a preposition, a conjunction or an object pronoun is no subject: "until Haley", "on Twitter", "him of ...", "that Sanders can". */
const notASubject = /^(?:on|in|at|with|until|after|before|when|while|because|if|as|than|to|from|for|of|by|about|via|through|during|since|unless|whether|him|her|them|us|me|and|but|or|given|Given)\s|^that\s+\p{Lu}/u;

/** A subject is a pronoun, a phrase that ends in a name, or a description that starts with a determiner. */
function isSubject(phrase: string): boolean {
  const p = phrase.trim().replace(parenthetical, "");
  if (p === "" || /["“”«»;!?]/.test(p) || notASubject.test(p)) return false;
  if (pronouns.has(p.toLowerCase())) return true;
  const [head, apposed] = p.split(",").map((x) => x.trim());
  const words = head.split(/\s+/);
  if (determiners.test(words[0])) return words.length >= 2 && words.length <= 8;
  return isNamed(head) || (apposed !== undefined && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(head) && isNamed(apposed));
}

/** Ends in a name word, and is not a clause: "super PAC spokeswoman Kellyanne Conway", "Sen. Ted Cruz". */
function isNamed(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  const last = words[words.length - 1].replace(/[.,]$/, "");
  // "Al From": a first name before a word that is otherwise a preposition
  const surnameLikePreposition = prepositionAsName.test(last) && words.length >= 2 && isNameWord(words[words.length - 2]) && !titleWords.has(words[words.length - 2]);
  if (!isNameWord(last) && !isNameWord(words[words.length - 1]) && !surnameLikePreposition) return false;
  // "Kasich and Cruz", "former Gov. and party Chairman Ed Rendell"
  const joined = /\band\b/.test(phrase) && (words.length <= 6 || isNameWord(words[words.length - 2]));
  return !words.some((w) => /^(?:is|was|are|were|has|have|had|will|would|that|which|and|but)$/.test(w)) || joined;
}

/** Adverbs and times between a subject and its cue: "Priebus later Thursday told". */
const adverbTail = /(?:\s+(?:later|earlier|also|then|again|previously|recently|once|repeatedly|often|first|further|only|even|just|simply|flatly|bluntly|publicly|privately|initially|separately|angrily|quickly|forcefully|firmly|sharply|strongly|quietly|loudly|emphatically|directly|openly|frankly|candidly|tersely|confidently|gently|reportedly|immediately|subsequently|eventually|finally|ultimately|personally|simply|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+\p{L}+|this\s+\p{L}+))+$/u;

/** How far back from its end a text may hold adverbs before a cue. */
const adverbReach = 300;

/** The text without adverbTail, tried on its end alone: a pattern anchored only at the end is tried from every offset. */
function withoutAdverbs(text: string): string {
  const cut = Math.max(0, text.length - adverbReach);
  const m = adverbTail.exec(text.slice(cut));
  return m ? text.slice(0, cut + m.index) : text;
}

/** "a salesman from Sumter, South Carolina,": the comma between a town and its state ends no appositive. */
const placeThenState = /\b((?:of|from|in)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=,|\s*$)/gu;

/** The subject that ends right before a cue: a pronoun, a name with the words of its role, or a description. */
function subjectEndingAt(before: string): string | null {
  const unadorned = withoutAdverbs(before.trimEnd());
  // what ends in a quotation mark is a quotation, not who speaks
  if (/["“”]$/.test(unadorned)) return null;
  const trimmed = unadorned.replace(placeThenState, "$1 $2");
  // "A former candidate -- John McCain, who lost in 2008 --": the name between the dashes
  const dashed = /(?:--|—|–)\s*([^—–]+?)\s*(?:--|—|–)$/.exec(trimmed);
  if (dashed) {
    const name = dashed[1].split(",")[0].trim();
    return isNamed(name) ? name : null;
  }
  if (trimmed.endsWith(",")) return appositiveSubject(trimmed.slice(0, -1));
  const words = trimmed.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || /[,;:]$/.test(last)) return null;
  if (pronouns.has(last.toLowerCase())) return last;
  let start = words.length;
  while (start > 0 && partOfNamedSubject(words, start - 1)) start--;
  while (start < words.length && words[start] === "of") start++;
  if (start > 0 && start < words.length && words[start - 1].endsWith(",") && roleWord(words[start].toLowerCase())) {
    const name = subjectEndingAt(words.slice(0, start).join(" ").slice(0, -1));
    if (name && isNamed(name)) return `${name}, ${words.slice(start).join(" ")}`;
  }
  if (start < words.length && isNameWord(last.replace(/[.,]$/, ""))) {
    if (start > 0 && determiners.test(words[start - 1])) start--;
    // "Sam Lau, the director for the Iowa Democratic Party said": the name is the object of a preposition; the subject is before the comma
    if (start > 0 && /^(?:for|of|at|with|from|in|by|on)$/.test(words[start - 1]) && trimmed.includes(",")) {
      const apposed = appositiveSubject(trimmed);
      if (apposed) return apposed;
    }
    return words.slice(start).join(" ");
  }
  // "told a young woman who suggested": the cue of a relative clause has no subject of its own
  if (/^(?:who|which|that|whom)$/.test(last)) return null;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    if (/[,;:.]$/.test(words[i]) && i !== words.length - 1) break;
    if (determiners.test(words[i]) && i < words.length - 1 && !functionWord.test(last)) return words.slice(i).join(" ");
  }
  return null;
}

function partOfNamedSubject(words: string[], i: number): boolean {
  const w = words[i];
  if (isNameWord(w) || courtesyTitles.has(w) || titleWords.has(w) || roleWord(w.toLowerCase())) return true;
  const next = words[i + 1] ?? "";
  if (w === "of") return i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || roleWord(words[i - 1].toLowerCase())) && (/^\p{Lu}/u.test(next) || roleWord(next.toLowerCase()) || (next === "the" && /^\p{Lu}/u.test(words[i + 2] ?? "")));
  // "Archbishop Aris Shirvanian of the Armenian Patriarchate"
  if (w === "the") return i > 0 && words[i - 1] === "of" && /^\p{Lu}/u.test(next);
  // "Phil Berger and Tim Moore", "president and CEO of ..."
  return w === "and" && i > 0 && (/^\p{Lu}/u.test(words[i - 1]) && /^\p{Lu}/u.test(next) || roleWord(words[i - 1].toLowerCase()) && (roleWord(next.toLowerCase()) || titleWords.has(next)));
}

const openingPhrase = /^(?:after|before|in|on|at|during|when|while|with|for|from|as|since|following|despite|speaking|asked|unlike)\b/i;

/**
 * "Jane Roe, a spokeswoman for the campaign," before a cue: the name before the
 * appositive, with it as role. Commas inside the appositive are passed over: a
 * part that starts in lower case belongs to it.
 */
const insideAppositive = /^(?:(?:the|a|an|his|her|their|its|who|which|whose)\b|\p{Ll}+\s+(?:of|for|at|to|with|in|on)\b)/u;

function appositiveSubject(before: string): string | null {
  const parts = before.split(",");
  // "After winning Ohio in the primary, Gov. John Kasich (R-OH), said": an opening phrase, then the name
  const last = parts[parts.length - 1].replace(parenthetical, "").trim();
  if (parts.length > 1 && openingPhrase.test(parts[parts.length - 2].trim()) && isNamed(last) && isPersonal(last)) return last;
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = parts[i - 1].trim();
    if (part === "") continue;
    if (i > 1 && insideAppositive.test(part)) {
      // "In a statement, her senior adviser, Jake Sullivan," : the description, then the name
      const apposed = parts.slice(i).join(",").trim();
      if (/^(?:his|her|their|its|the|a|an)\b/.test(part) && isNamed(apposed) && isPersonal(apposed)) return `${apposed}, ${part}`;
      continue;
    }
    const name = subjectEndingAt(parts.slice(0, i).join(","));
    const role = parts.slice(i).join(",").trim();
    // "Carson's business manager, Armstrong Williams," names the person after the description
    if (!name || !isNamed(name)) return isNamed(role) && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(part) ? `${part}, ${role}` : name;
    return pronouns.has(name.toLowerCase()) || /^(?:who|which|whose)\b/.test(role) ? name : `${name}, ${role}`;
  }
  return null;
}

/** Lower-case words that belong to a role before a name: "campaign manager", "former", "spokeswoman". */
function roleWord(word: string): boolean {
  return /^(?:former|retired|late|then|acting|interim|deputy|senior|chief|top|longtime|veteran|fellow|state|federal|national|campaign|press|communications|policy|political|democratic|republican|presidential|vice|super|pac|gop|spokesman|spokeswoman|spokesperson|manager|director|secretary|adviser|advisor|aide|strategist|pollster|consultant|analyst|chairman|chairwoman|chair|president|senator|governor|candidate|nominee|rival|host|anchor|columnist|commentator|editor|reporter|correspondent|author|writer|lawyer|attorney|economist|professor|expert|scientist|master|minister|worker|owner|captain|keeper|engineer|teacher|doctor|nurse|farmer|fisherman|resident|student|voter|supporter|critic|historian|researcher|official|leader|leaders|member|founder|executive|ceo|co-founder|activist|organizer|operative|donor|delegate|superdelegate|congressman|congresswoman|mayor|judge|justice|sheriff|chief|officer|agent|general|front-runner|frontrunner|hopeful|contender|standard-bearer|lt\.|gen\.|sen\.|rep\.|gov\.)$/.test(word);
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

const clausePattern = new RegExp(String.raw`^(?:[^,;:.!?"“”]|\.(?=\S)|${abbreviation}\.)*`, "u");

/** Text up to the first clause break, skipping the dots of abbreviations and initials. */
function clause(text: string): string {
  const m = clausePattern.exec(text);
  return (m ? m[0] : "").trim();
}

/** From the last sentence end (or the close of an earlier quotation) to `open`, at most `reach` back. */
function sentenceBefore(index: SentenceIndex, open: number, stopAtQuotes = true): string {
  // the opening mark itself may start the next sentence, so it is read with the text before it
  const start = sentenceStart(index, open + 2);
  const closing = stopAtQuotes ? lastClosingBefore(index, open) : -1;
  return index.text.slice(Math.max(start, closing === -1 ? 0 : closing + 2, open - reach, markBefore(index, open, 2 * quotationsInLead)), open);
}

/** How many earlier quotations of its sentence the text before a quotation takes in: a sentence of news holds a few. */
const quotationsInLead = 16;

const capitalAfterSpace = /\s+\p{Lu}/uy;

/** From `from` to the end of the sentence or the next quotation, at most `reach` on. */
function sentenceAfter(index: SentenceIndex, from: number): string {
  const text = index.text;
  if (from >= text.length) return "";
  // a quotation that ends its sentence with a full stop leaves the next sentence to itself
  capitalAfterSpace.lastIndex = from;
  if (endsWithStop(text, from - 1) && capitalAfterSpace.test(text)) return "";
  const end = nextSentenceEnd(index, from);
  const nextQuote = nextOpening(index, from);
  return text.slice(from, Math.min(end === -1 ? text.length : end, nextQuote === -1 ? text.length : nextQuote, from + reach, markAfter(index, from, 2 * quotationsInLead)));
}

/** Whether text[0, cut) ends with a full stop or an ellipsis, maybe before spaces. */
function endsWithStop(text: string, cut: number): boolean {
  let i = cut - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && (text[i] === "." || text[i] === "…");
}

function lastSentence(index: SentenceIndex): string {
  const start = sentenceStart(index, index.text.length);
  return index.text.slice(Math.max(start, index.text.length - reach));
}

function wordsIn(text: string): number {
  return text.trim().split(/\s+/).length;
}
