// Rule bare-cue: a cue with no subject before the quotation continues the speaker before.
import type { AttributionRule } from "./context.js";

/** `Adding, "..."`: a cue with no subject continues the speaker before. */
export const bareCue: AttributionRule = ({ before }) => {
  const m = /^\s*(adding|noting|continuing|saying|added|continued|and added)[,:]?\s*$/i.exec(before);
  return m ? { mention: "", name: null, role: null, cue: m[1].toLowerCase(), addressee: null, by: null, pronoun: true } : null;
};
