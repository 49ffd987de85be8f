// Rule possessive-noun: a quotation given as the content of someone's claim, statement,
// post or words ("Roe's claim that ...", "Roe's response was: ...", "Roe's "..." pledge")
// is that person's.
import { countries, regionsAndCities } from "../places.js";
import { pronouns } from "../names.js";
import { attribution, isNamed, isPersonal, openingCapital, speechNouns } from "./phrases.js";
import { subjectEndingAt } from "./subjects.js";
import type { AttributionRule } from "./context.js";

const places = new Set([...countries, ...regionsAndCities]);

/** A name in capitals before a possessive: "Jane Roe's", "Gov. Roe’s", "Sanders’". */
const possessor = String.raw`((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])`;
const noun = `(${speechNouns.join("|")})`;
/** Up to two words between the possessive and its noun: "earlier", "Facebook", "campaign". */
const modifiers = String.raw`(?:[\p{L}-]+\s+){0,2}`;

/** `Roe's claim that the port "...`, `Roe's response was: "`, `From Roe's Facebook post: "`: the possessive, its noun, then a short link to the quotation. */
const nounBefore = new RegExp(String.raw`(?:^|[\s(])${possessor}\s+${modifiers}${noun}(?:\s+that\b(?:\s+[^\s"“”]+){0,12}|\s+(?:of|about)(?:\s+(?:a|an|the))?|\s+(?:was|is|reads|read)\b)?\s*[:,]?\s*$`, "u");
/** `Roe stood by his comment Monday that "`: "his" or "her" with the noun, its owner the subject of the verb before. */
const ownNounBefore = new RegExp(String.raw`\s(?:his|her)\s+${modifiers}${noun}(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+that\b(?:\s+[^\s"“”]+){0,12}\s*,?\s*$`, "u");
/** The verb before "his", with a preposition after it: "stood by", "repeated", "defended". */
const verbBefore = /\s+\p{Ll}+(?:\s+(?:by|to|on|with|of|in))?\s*$/u;

/** `Roe's "..." pledge`: the possessive right before the quotation, its noun right after. */
const possessiveBefore = new RegExp(String.raw`(?:^|[\s(])${possessor}\s*$`, "u");
const nounAfter = new RegExp(String.raw`^[\s,.]*${noun}\b`, "u");

export const possessiveNoun: AttributionRule = ({ before, after }) => {
  const tail = before.slice(-300);
  const m = nounBefore.exec(tail);
  const inside = m ? null : nounAfter.exec(after);
  const owner = m ?? (inside ? possessiveBefore.exec(tail) : null);
  if (!owner) return ownNoun(tail);
  const name = owner[1].trim().replace(openingCapital, "");
  if (!isNamed(name) || !isPersonal(name) || places.has(name)) return null;
  // the noun is the cue: "claim", "response", "post"
  return attribution(name, (m ? m[2] : inside![1]).toLowerCase(), null, null);
};

function ownNoun(tail: string) {
  const m = ownNounBefore.exec(tail);
  if (!m) return null;
  const head = tail.slice(0, m.index);
  const verb = verbBefore.exec(head);
  const subject = verb ? subjectEndingAt(head.slice(0, verb.index)) : null;
  return subject && isNamed(subject) && isPersonal(subject) && !pronouns.has(subject.toLowerCase()) ? attribution(subject, m[1].toLowerCase(), null, null) : null;
}
