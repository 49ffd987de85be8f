// Rule subject-then-cue: after the closing mark, who spoke, then the cue.
import { attribution, byOf, cueAnywhere, isNamed, isSubject, leadingPunctuation, objectOf, prepositionAsName, withoutAffiliation } from "./phrases.js";
import type { AttributionRule, QuoteContext } from "./context.js";
import { subjectCueBefore } from "./subject-cue-before.js";

const maxSubjectWords = 14;

/** "that" and a clause without a break up to the quotation, in the last `thatReach` characters. */
const thatClause = /(?:^|\s)that(?:\s+[^\s,;:.!?"“”()]+)*\s*$/u;
const thatReach = 200;

/** `"...," Khamenei told Rashid`, `"...," he said` and `"...," Jane Roe, a spokeswoman, said` */
export const subjectThenCue: AttributionRule = (context) => {
  const { after, quoted } = context;
  // `Roe claimed that "...," one of Doe's lawyers said ...`: the quotation is what the cue before it reports
  if (reportedBefore(context)) return null;
  const text = after.replace(leadingPunctuation, "");
  // `was branded "in homage to" Lazar, Roe wrote`: a quotation with no stop, inside or after it, runs on into its sentence
  const runsOn = /[\p{L}\d]$/u.test(quoted.trimEnd()) && /^\s*[\p{L}\d]/u.test(after);
  cueAnywhere.lastIndex = 0;
  const m = cueAnywhere.exec(text);
  if (!m) return context.before.trim() === "" ? anyVerbAfterComma(quoted, after, text) : null;
  if (m.index === 0) return null;
  // `"...," as Cruz said on Monday`
  let subject = text.slice(0, m.index).trim().replace(/,$/, "").replace(/^as\s+(?=\p{Lu})/u, "");
  // `"..." and against the law, Clinton said`: the quote's sentence goes on before its subject
  if (subject.includes(",") && (runsOn || (!isSubject(subject) && !/^\p{Lu}/u.test(subject)))) subject = subject.slice(subject.lastIndexOf(",") + 1).trim();
  subject = withoutAffiliation(subject);
  // a name may carry a long appositive: "Jane Roe, the attorney general of Northshire, one of the states suing,"
  const limit = isNamed(subject.split(",")[0]) ? 2 * maxSubjectWords : maxSubjectWords;
  const rest = text.slice(m.index + m[0].length);
  if (prepositionAsName.test(subject)) return { mention: subject, name: subject, role: null, cue: m[1], addressee: objectOf(m[1], rest), by: byOf(rest), pronoun: false };
  if (wordsIn(subject) > limit || !isSubject(subject)) return null;
  return attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
};

/** A subject, then a verb in lower case that ends the sentence or is followed by a preposition. */
const subjectThenVerb = /^((?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4})(\p{Ll}+)(?:\s*(?:[.!?]\s*)?$|\s+(?:in|on|at|during|to|of|about|after|before|while|as|from|with|last|this|yesterday|today)\s)/u;
const notAVerb = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|and|or|but|nor|who|whom|which|whose|that|of|for|to|in|on|at|by|with|from|as)$/;

/**
 * `"...," Vance started.`, `"...," the ministers state in the paper`: a quotation that opens its
 * sentence and that a comma leaves open goes on with the sentence's subject and verb, which is what
 * says it, whatever the verb (after `While Roe calls it "...,"` the comma only closes a clause).
 */
function anyVerbAfterComma(quoted: string, after: string, text: string) {
  if (!/,\s*$/.test(quoted) && !/^\s*,/.test(after)) return null;
  const m = subjectThenVerb.exec(text);
  if (!m || notAVerb.test(m[2])) return null;
  const subject = m[1].trim();
  return isSubject(subject) && isNamed(subject) ? attribution(subject, m[2], null, null) : null;
}

function wordsIn(text: string): number {
  return text.trim().split(/\s+/).length;
}

/**
 * The text before the quotation holds a cue, its subject and "that", with no clause break
 * after it: `Roe claimed on Tuesday that "`, `After Roe said that pupils might do better at "`.
 */
function reportedBefore(context: QuoteContext): boolean {
  if (!thatClause.test(context.before.slice(-thatReach))) return false;
  const found = subjectCueBefore(context);
  return found !== null && found.name !== null;
}
