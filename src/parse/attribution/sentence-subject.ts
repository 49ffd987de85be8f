// Rule sentence-subject: with no cue, the subject of the sentence that frames the quote, or
// the one whose view an opening "To Roe," gives.
import { attribution, isNamed, isPersonal } from "./phrases.js";
import { leadingSubject } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** "To Roe, the plan is ...": the sentence tells how things look to the one named. */
const inTheViewOf = /^\s*(?:(?:But|And|Yet)\s+)?To\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*),\s/u;

/** `Clinton called the plan "a disaster for workers"`: with no cue, the subject of the sentence that frames the quote. */
export const sentenceSubject: AttributionRule = ({ before }) => {
  const view = inTheViewOf.exec(before);
  if (view && isNamed(view[1]) && isPersonal(view[1])) return attribution(view[1], "", null, null);
  const subject = leadingSubject(before);
  return subject ? attribution(subject, "", null, null) : null;
};
