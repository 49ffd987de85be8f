// Rule asked-by: the one who asks, in "was asked by".
import { attribution, isNamed, temporalTail } from "./phrases.js";
import type { AttributionRule } from "./context.js";

/** `Sanders was asked by host Bill Maher, "..."`: the one who asks is the speaker. */
export const askedBy: AttributionRule = ({ before }) => {
  const m = /\b(?:was|were|is|are|being)\s+asked\s+by\s+([^,;:]+?)(?:,|:|\s+(?:whether|if|about|what|why|how|when|who|to)\b|\s*$)/u.exec(before);
  if (!m) return null;
  const subject = m[1].replace(temporalTail, "").trim();
  return isNamed(subject) ? attribution(subject, "asked", null, null) : null;
};
