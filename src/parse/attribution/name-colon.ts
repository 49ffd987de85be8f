// Rule name-colon: a name and a colon introduce the quotation.
import { labelWords, pronouns } from "../names.js";
import { attribution, isNamed, parenthetical } from "./phrases.js";
import { subjectEndingAt } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** A name and a colon, as in digests and transcripts: `POLL NEWS - Jane Roe: "..."`, `Former senator Jane Roe: "..."` */
export const nameColon: AttributionRule = ({ before }) => {
  const lead = labelBeforeColon(before);
  if (!lead) return null;
  const subject = subjectEndingAt(lead.trim());
  if (!subject || !/\p{Ll}/u.test(subject) || pronouns.has(subject.toLowerCase()) || labelWords.has(subject)) return null;
  if (/\b(?:to|with|from|for|against|on|about|at|by|of|in|into)\s*$/i.test(lead.trim().slice(0, -subject.length))) return null;
  return isNamed(subject) || /\band\b/.test(subject) ? attribution(subject, ":", null, null) : null;
};

/** How much of the text before the colon a label may take. */
const labelReach = 300;

/** What stands between the last dash or colon and a colon that ends the text: "POLL NEWS - Jane Roe:" gives "Jane Roe". */
function labelBeforeColon(text: string): string | null {
  // "Rep. Jane Roe (R-S.C.):": the party tag's dash cuts no label
  const trimmed = text.trimEnd().slice(-labelReach).replace(parenthetical, "");
  if (!trimmed.endsWith(":")) return null;
  const body = trimmed.slice(0, -1);
  const cut = Math.max(body.lastIndexOf("-"), body.lastIndexOf("–"), body.lastIndexOf("—"), body.lastIndexOf(":"));
  return body.slice(cut + 1) || null;
}
