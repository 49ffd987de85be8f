// Rule transcript-label: a speaker label in capitals opens the quoted turn.
import { labelWords } from "../names.js";
import type { AttributionRule } from "./context.js";

/**
 * A transcript turn, `"WALLACE: Let's start ..."`: the label in capitals names the speaker.
 * "VIDEO:" names no one: its turn has no speaker, and ends the turn before it.
 */
export const transcriptLabel: AttributionRule = ({ quoted }) => {
  const m = /^((?:\p{Lu}[\p{Lu}.'’-]+\s){0,2}\p{Lu}[\p{Lu}.'’-]+):\s/u.exec(quoted);
  if (!m) return null;
  const name = m[1].toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { mention: m[1], name: labelWords.has(name) ? null : name, role: null, cue: ":", addressee: null, by: null, pronoun: false };
};
