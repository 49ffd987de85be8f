// Rule cue-then-subject-before: the cue, then who spoke, right before the opening mark.
import { cuePattern } from "../cues.js";
import { attribution, isNamed, notASubject, temporalTail } from "./phrases.js";
import type { AttributionRule } from "./context.js";

const cueAtEnd = new RegExp(String.raw`(?:^|\s)(${cuePattern})\s+(\S.*)$`, "iu");

/** `Continued Stone: "..."`, `said Smith, "..."` */
export const cueThenSubjectBefore: AttributionRule = ({ before }) => {
  // `Said Jane Roe, who runs the office, "..."`: the relative clause after the name is no part of it
  const m = cueAtEnd.exec(before.replace(/[\s:,]+$/, "").replace(/,\s+(?:who|whose)\s+[^,;:"“”]*$/u, ""));
  if (!m) return null;
  const subject = m[2].replace(temporalTail, "");
  return isNamed(subject) && !subject.includes(",") && !notASubject.test(subject) ? attribution(subject, m[1].toLowerCase(), null, null) : null;
};
