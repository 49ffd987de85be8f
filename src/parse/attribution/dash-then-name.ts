// Rule dash-then-name: a dash and a name after the quotation close a voice.
import { attribution, isNamed } from "./phrases.js";
import type { AttributionRule } from "./context.js";

/** The cue a dash-then-name attribution records: the voice-list rule knows a voice closed by a dash by it. */
export const dashCue = "―";

/** A dash and a name after the quotation, as under an epigraph or in a list of voices: `"..." ― Jane Roe` */
export const dashThenName: AttributionRule = ({ after }) => {
  const m = /^\s*[,.]?\s*[―—–-]+\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\.?\s*$/u.exec(after);
  return m && isNamed(m[1]) ? attribution(m[1], dashCue, null, null) : null;
};
