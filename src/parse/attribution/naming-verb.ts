// Rule naming-verb: the one who calls something by the quoted words.
import { pronouns } from "../names.js";
import { attribution, isNamed, speechNouns } from "./phrases.js";
import { subjectEndingAt } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** How much of the text before the quote is read: the verb and its object are near it. */
const reach = 300;

/** A word of the thing named: no clause break; inside the quote's own clause, no quotation mark. */
const objectWord = String.raw`\s+[^\s,;:.!?"“”()]+`;
/** Past an earlier quotation of the sentence: `Roe called Doe's "plan" over the port "..."`. */
const objectWordAcross = String.raw`\s+[^\s,;:.!?()]+`;

const namingVerbs = "called|calls|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands|nicknamed|used|uses|coined|coins|invoked|invokes";
const asVerbs = String.raw`hailed|praised|denounced|dismissed|derided|characterized|characterised|portrayed|painted|referred\s+to`;

/**
 * `what Roe called "..."`, `Roe called the plan "..."`, `Roe used the words, "..."`:
 * the verb, a few words of what it names, then the quote; `Roe hailed the deal as "..."`
 * names it with "as".
 */
function namingPattern(word: string, words: number): RegExp {
  // "When Roe used the words, "...": a comma may close what is named
  return new RegExp(String.raw`(?:^|\s)(${namingVerbs})((?:${word}){0,${words}}?)\s*,?\s*$|(?:^|\s)(${asVerbs})((?:${word}){1,${words}}?)\s+as\s*$`, "u");
}

const naming = namingPattern(objectWord, 6);
const namingAcross = namingPattern(objectWordAcross, 12);

/** `called Doe's claim of a "..."`: what is named is Doe's words, for possessive-noun. */
const possessiveSpeech = new RegExp(String.raw`\p{Lu}\S*(?:['’]s|s['’])\s+(?:\S+\s+)?(?:${speechNouns.join("|")})\b`, "u");

export const namingVerb: AttributionRule = ({ before, lead }) => {
  const tail = before.slice(-reach);
  let m = naming.exec(tail);
  let text = tail;
  if (m && possessiveSpeech.test(m[2] ?? m[4])) return null;
  if (!m && lead !== before) {
    text = lead.slice(-reach);
    m = namingAcross.exec(text);
  }
  if (!m) return null;
  const subject = subjectEndingAt(text.slice(0, m.index + (/^\s/.test(m[0]) ? 1 : 0)));
  return subject && !pronouns.has(subject.toLowerCase()) && isNamed(subject) ? attribution(subject, m[1] ?? m[3], null, null) : null;
};
