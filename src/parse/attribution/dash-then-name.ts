// Rule dash-then-name: a dash and a name after the quotation close a voice.
import { cueRegExp } from "../cues.js";
import { attribution, isNamed } from "./phrases.js";
import type { AttributionRule } from "./context.js";

/** The cue a dash-then-name attribution records: the voice-list rule knows a voice closed by a dash by it. */
export const dashCue = "―";

/** How much of the sentence before the quotation is read for its cue. */
const reach = 300;

/** A dash and a name: `― Jane Roe`. */
const dashName = String.raw`^\s*[,.]?\s*[―—–-]+\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)`;
const dashThenNameOnly = new RegExp(String.raw`${dashName}\.?\s*$`, "u");
/** A line under the quotation: `- Jane Roe.`, `-Jane Roe, tweeting after the vote.`, `- Jane Roe, Northshire.` */
const dashLine = new RegExp(String.raw`${dashName}(?:,[^.!?"“”]{1,80})?\.?\s*$`, "u");

/**
 * A dash and a name after the quotation, as under an epigraph or in a list of voices:
 * `"..." ― Jane Roe`, or on the line under a quotation that is its own paragraph. After
 * a quotation that a sentence with a cue runs into (`Roe insisted it was "..."--Jane Doe.`),
 * the speaker is named before it and the dash gives a byline.
 */
export const dashThenName: AttributionRule = ({ before, lead, after, next }) => {
  if (/(?:^|\s)\p{Ll}[\p{L}'’-]*\s*$/u.test(before.slice(-40)) && cueRegExp.test(lead.slice(-reach))) return null;
  const m = dashThenNameOnly.exec(after) ?? (before.trim() === "" && after.trim() === "" ? dashLine.exec(next) : null);
  return m && isNamed(m[1]) ? attribution(m[1], dashCue, null, null) : null;
};
