// Rule according-to: "according to" and a subject in the quote's sentence.
import { attribution, clause, isSubject, temporalTail } from "./phrases.js";
import type { AttributionRule } from "./context.js";

/** `..., according to Smith.` in the quote's sentence. */
export const accordingTo: AttributionRule = ({ sentence }) => {
  const m = /\baccording to\s+(.+)$/i.exec(sentence);
  if (!m) return null;
  const subject = clause(m[1]).replace(temporalTail, "");
  return isSubject(subject) && !/^(?:which|whom|this|that|it)\b/i.test(subject) ? attribution(subject, "according to", null, null) : null;
};
