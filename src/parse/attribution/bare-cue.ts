// Rule bare-cue: a cue with no subject before the quotation, or a colon after words of
// time and place alone, continues the speaker before.
import type { AttributionRule } from "./context.js";

/** "Then, later that month on Northshire Radio:": an adverb, a time and a place, with no subject or verb. */
const timeAndPlace = /^\s*(?:(?:And|But)\s+)?(?:Then|Later|Earlier|Again|Also)(?:,?\s+(?:later|earlier|again|that|this|the|same|next|last|following|\d+))*(?:\s+(?:day|week|month|year|night|morning|afternoon|evening)s?)?(?:,?\s+(?:on|in|at)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)?\s*:\s*$/u;

/** `Adding, "..."`: a cue with no subject continues the speaker before. */
export const bareCue: AttributionRule = ({ before }) => {
  const m = /^\s*(adding|noting|continuing|saying|added|continued|and added)[,:]?\s*$/i.exec(before);
  if (m) return { mention: "", name: null, role: null, cue: m[1].toLowerCase(), addressee: null, by: null, pronoun: true };
  return timeAndPlace.test(before) ? { mention: "", name: null, role: null, cue: ":", addressee: null, by: null, pronoun: true } : null;
};
