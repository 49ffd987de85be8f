// Rule subject-cue-before: who spoke and the cue, in the sentence before the opening mark.
import { attribution, byOf, cueAnywhere, objectOf } from "./phrases.js";
import { leadingSubject, speechOwnerEndingAt, subjectEndingAt } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** `Smith said: "..."`, `Jane Roe, a spokeswoman, said in a statement: "..."`, the partial quote `Obama said it was "distressing"` */
export const subjectCueBefore: AttributionRule = ({ before }) => {
  // the last cue that has a subject speaks; a sentence's last few cues are all worth trying
  const cues = lastCues(before);
  for (let i = cues.length - 1; i >= 0; i--) {
    const m = cues[i];
    const head = before.slice(Math.max(0, m.index - subjectReach), m.index);
    // "Grassley on Wednesday downplayed the attack and said ...", "declined to comment but said": the cue shares the sentence's subject
    const subject = speechOwnerEndingAt(head) ?? subjectEndingAt(head) ?? (endsWithAnd(head) ? leadingSubject(head) : null);
    if (!subject) continue;
    const rest = before.slice(m.index + m[0].length);
    return attribution(subject, m[1], objectOf(m[1], rest), byOf(rest));
  }
  return null;
};

/** Ends with the word "and" or "but" after a space: what /\s+(?:and|but)\s*$/ finds, without trying it from every offset. */
function endsWithAnd(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.endsWith("and") ? "and" : trimmed.endsWith("but") ? "but" : "";
  return last !== "" && /\s/.test(trimmed[trimmed.length - last.length - 1] ?? "");
}

/** Where to look for cues in a text before a quotation: its last `cueReach` characters, from a word's start. */
function cueSearchStart(before: string): number {
  if (before.length <= cueReach) return 0;
  const space = /\s/g;
  space.lastIndex = before.length - cueReach;
  return space.exec(before) ? space.lastIndex : before.length;
}

/** The last cuesTried cues of the text, with an exec loop: matchAll would build its own copy of the long pattern at each call. */
function lastCues(before: string): RegExpExecArray[] {
  const cues: RegExpExecArray[] = [];
  cueAnywhere.lastIndex = cueSearchStart(before);
  for (let m = cueAnywhere.exec(before); m; m = cueAnywhere.exec(before)) {
    cues.push(m);
    if (cues.length > cuesTried) cues.shift();
  }
  return cues;
}

/** How far before a quotation its cue may be. */
const cueReach = 1000;
/** How many cues before a quotation are tried for its subject, nearest first: news sentences hold a few. */
const cuesTried = 8;
/** How far before its cue a subject may start, appositives included. */
const subjectReach = 1000;
