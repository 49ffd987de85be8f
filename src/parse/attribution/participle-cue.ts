// Rule participle-cue: a participle cue speaks for the subject of its sentence.
import { attribution, participles } from "./phrases.js";
import { leadingSubject } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** `Trump attacked Rubio on Thursday, saying he is "weak"`: a participle cue speaks for the sentence's subject. */
export const participleCue: AttributionRule = ({ before, lead }) => {
  participles.lastIndex = 0;
  if (!participles.test(before)) return null;
  // "In responding Friday, the campaign ..., saying": the first participle whose text before opens with a subject
  participles.lastIndex = 0;
  for (let m = participles.exec(lead), tried = 0; m && tried < participlesTried; m = participles.exec(lead), tried++) {
    const subject = leadingSubject(lead.slice(0, m.index));
    if (subject) return attribution(subject, m[1].toLowerCase(), null, null);
  }
  return null;
};

/** How many participles of a sentence are tried for its subject: a sentence of news holds a few. */
const participlesTried = 4;
