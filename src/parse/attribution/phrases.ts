// What a subject looks like to the attribution rules: a name, a pronoun or a
// description, and the clause patterns around it; and `attribution`, which splits a
// subject into name, role and the rest.
import { cuePattern, participlePattern } from "../cues.js";
import { isNameWord, pronouns, splitNamedPhrase, titleWords, type NamedPhrase } from "../names.js";
import { abbreviation } from "../sentence-index.js";
import type { Attribution } from "./context.js";

/** A parenthesis and the spaces before it; starting only where the spaces start, a long run of them is read once, not once per space. */
export const parenthetical = /(?<!\s)\s*\([^)]*\)/g;
/** A closing mark among them is the true close of a quotation cut short at a mark inside it (`6’2”,” Roe said`). */
export const leadingPunctuation = /^[\s,.!?…”]*(?:[-–—―]+\s*)?/;
export const cueAnywhere = new RegExp(String.raw`(?<![\p{L}-])(${cuePattern})(?![\p{L}-])`, "gu");
export const temporalTail = /\s+(?:to\s+(?:reporters|journalists|supporters|(?:the|a|an)\s+\p{Ll}+)|last|this|on|yesterday|today|tonight|earlier|later|in|at|during|after|before|when|while|who|which|whose|where|as|according|via|from|through|with|about|of\s+(?:the|a|an|his|her|their)\s+\p{Ll}|on\s+\p{Lu}\p{Ll}+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\b.*$/u;
export const determiners = /^(?:the|a|an|one|another|his|her|their|its|our|this|that|these|those|some|many|several|two|three|both)$/i;
export const participles = new RegExp(String.raw`(?:^|,\s*|\s)(${participlePattern})(?![\p{L}-])`, "giu");

/** Nouns for what a person said or wrote, whose content a quotation can be. Data. */
export const speechNouns = [
  "claim", "claims", "statement", "assertion", "remark", "remarks", "comment", "comments", "words", "response", "reply",
  "answer", "promise", "pledge", "vow", "warning", "tweet", "post", "email", "e-mail", "letter", "message", "missive",
  "memo", "note", "account", "slogan", "dictum", "argument", "contention", "insistence", "suggestion", "prediction",
  "declaration", "speech", "testimony", "op-ed", "column", "essay", "description", "characterization", "accusation",
  "allegation", "boast", "complaint", "quip", "joke", "retort", "mantra", "refrain", "catchphrase", "motto",
  "explanation", "admission", "apology", "denial", "announcement", "question", "plea", "assessment", "verdict",
  "brief", "filing",
];

/** "From Roe's post", "In Roe's words": a capitalised word that opens the sentence before a possessive is no part of the name. */
export const openingCapital = /^(?:From|In|On|At|By|With|For|To|As|Of|And|But|So|Then|The|An?)\s+/;

/** `"...," From said`: a capitalised preposition alone before a cue, inside a sentence, can only be a surname. */
export const prepositionAsName = /^(?:From|By|With|For|To|In|On|At|Of|As)$/;

/** The attribution of a subject as written: its name (none for a pronoun), its role from an appositive or title, and the rest. */
export function attribution(subject: string, cue: string, addressee: NamedPhrase | null, by: string | null): Attribution {
  const plain = subject.replace(parenthetical, "").trim();
  const [namePart, apposed] = nameAndAppositive(plain);
  const phrase = splitNamedPhrase(namePart);
  const role = apposed ? apposed.replace(/^(?:the|a|an)\s+/i, "").replace(/^(?:[RDI]-[\p{L}.]+)$/u, "") || phrase.role : phrase.role;
  const pronoun = pronouns.has(namePart.toLowerCase());
  return { mention: phrase.mention, name: pronoun ? null : phrase.name, role: role || null, cue, addressee, by, pronoun };
}

/** A name on its own, not a description: "Jonathan Greenblatt", not "a pro-Clinton super PAC". */
export function isPersonal(phrase: string): boolean {
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
export const notASubject = /^(?:on|in|at|with|until|after|before|when|while|because|if|as|than|to|from|for|of|by|about|via|through|during|since|unless|whether|him|her|them|us|me|and|but|or|given|Given)\s|^that\s+\p{Lu}/u;

/** A subject is a pronoun, a phrase that ends in a name, or a description that starts with a determiner. */
export function isSubject(phrase: string): boolean {
  const p = phrase.trim().replace(parenthetical, "");
  if (p === "" || /["“”«»;!?]/.test(p) || notASubject.test(p)) return false;
  if (pronouns.has(p.toLowerCase())) return true;
  const [head, apposed] = p.split(",").map((x) => x.trim());
  const words = head.split(/\s+/);
  if (determiners.test(words[0])) return words.length >= 2 && words.length <= 8;
  return isNamed(head) || (apposed !== undefined && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(head) && isNamed(apposed));
}

/** Ends in a name word, and is not a clause: "super PAC spokeswoman Kellyanne Conway", "Sen. Ted Cruz". */
export function isNamed(phrase: string): boolean {
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

/**
 * "Robert Antonacci of the New York delegation": where the body its bearer belongs to starts,
 * among a phrase's last words: an "of the" after a full name, in a phrase that ends in a word
 * in lower case and so in no name. -1 where there is none.
 */
export function affiliationAt(words: string[]): number {
  if (!/^\p{Ll}/u.test(words[words.length - 1] ?? "")) return -1;
  for (let i = words.length - 2; i > 0 && i >= words.length - affiliationWords; i--) {
    if (words[i] === "of" && /^(?:the|a|an|his|her|their|its)$/.test(words[i + 1]) && fullNameEndsAt(words, i - 1)) return i;
  }
  return -1;
}

/** Two name words, neither a title: "Robert Antonacci", not "Leaders" opening a sentence or "Chairman Vance". */
function fullNameEndsAt(words: string[], i: number): boolean {
  return i > 0 && [words[i], words[i - 1]].every((word) => isNameWord(word) && !titleWords.has(word));
}

/** How many words the body after "of" may have, with "of". */
const affiliationWords = 8;

/** A subject without the body its bearer belongs to (affiliationAt), where what is left is a name; else as it was. */
export function withoutAffiliation(subject: string): string {
  const words = subject.trim().split(/\s+/);
  const at = affiliationAt(words);
  const name = words.slice(0, at).join(" ");
  return at > 0 && isNamed(name) && isPersonal(name) ? name : subject;
}

/** Lower-case words that belong to a role before a name: "campaign manager", "former", "spokeswoman". */
export function roleWord(word: string): boolean {
  return /^(?:former|retired|late|then|acting|interim|deputy|senior|chief|top|longtime|veteran|fellow|state|federal|national|campaign|press|communications|policy|political|democratic|republican|presidential|vice|super|pac|gop|spokesman|spokeswoman|spokesperson|manager|director|secretary|adviser|advisor|aide|strategist|pollster|consultant|analyst|chairman|chairwoman|chair|president|senator|governor|candidate|nominee|rival|host|anchor|columnist|commentator|editor|reporter|correspondent|author|writer|speechwriter|lawyer|attorney|economist|professor|expert|scientist|master|minister|worker|owner|captain|keeper|engineer|teacher|doctor|nurse|farmer|fisherman|resident|student|voter|supporter|critic|historian|researcher|official|leader|leaders|member|founder|executive|ceo|co-founder|activist|organizer|operative|donor|delegate|superdelegate|congressman|congresswoman|mayor|judge|justice|sheriff|chief|officer|agent|general|front-runner|frontrunner|hopeful|contender|standard-bearer|lt\.|gen\.|sen\.|rep\.|gov\.)$/.test(word);
}

/** "to the President of Iraq Latif Rashid": the person spoken to. */
export function splitAddressee(phrase: string): [string, string | null] {
  const m = /^(.+?)\s+to\s+((?:the\s+)?\p{Lu}.*)$/u.exec(phrase);
  return m ? [m[1], m[2]] : [phrase, null];
}

export function addresseeOf(phrase: string): NamedPhrase | null {
  const named = splitNamedPhrase(phrase.replace(temporalTail, ""));
  return named.name ? named : null;
}

/** The object of "told": `told Rashid, who ...` gives Rashid. */
export function objectOf(cue: string, rest: string): NamedPhrase | null {
  if (!/\b(?:told|tells|tell|telling)\b/.test(cue)) return null;
  const object = clause(rest).replace(temporalTail, "");
  return /^\p{Lu}/u.test(object.trim()) ? addresseeOf(object) : null;
}

/** "was quoted as saying by the country's state media" */
export function byOf(rest: string): string | null {
  const m = /^\s*by\s+(.+)$/.exec(rest);
  return m ? clause(m[1]).replace(temporalTail, "") : null;
}

const clausePattern = new RegExp(String.raw`^(?:[^,;:.!?"“”]|\.(?=\S)|${abbreviation}\.)*`, "u");

/** Text up to the first clause break, skipping the dots of abbreviations and initials. */
export function clause(text: string): string {
  const m = clausePattern.exec(text);
  return (m ? m[0] : "").trim();
}
