// Rule naming-verb: the one who calls something by the quoted words.
import { pronouns } from "../names.js";
import { attribution, isNamed } from "./phrases.js";
import { subjectEndingAt } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** `what Gilbert called "a perception problem"`, `Roe dubbed it "..."`: the one who names something, right before the quote. */
export const namingVerb: AttributionRule = ({ before }) => {
  const m = /^(.*?)\s+(called|calls|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands)(?:\s+(?:it|them|him|her|this|that|the\s+\p{Ll}+))?\s*$/u.exec(before);
  if (!m) return null;
  const subject = subjectEndingAt(m[1]);
  return subject && !pronouns.has(subject.toLowerCase()) && isNamed(subject) ? attribution(subject, m[2], null, null) : null;
};
