// Rule sentence-subject: with no cue at all, the subject of the sentence that frames the quote.
import { attribution } from "./phrases.js";
import { leadingSubject } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** `Clinton called the plan "a disaster for workers"`: with no cue, the subject of the sentence that frames the quote. */
export const sentenceSubject: AttributionRule = ({ before }) => {
  const subject = leadingSubject(before);
  return subject ? attribution(subject, "", null, null) : null;
};
