// Rule participle-cue: a participle cue speaks for the subject of its sentence.
import { attribution, participles } from "./phrases.js";
import { leadingSubject } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** `Trump attacked Rubio on Thursday, saying he is "weak"`: a participle cue speaks for the sentence's subject. */
export const participleCue: AttributionRule = ({ before, lead }) => {
  participles.lastIndex = 0;
  if (!participles.test(before)) return null;
  participles.lastIndex = 0;
  const m = participles.exec(lead);
  if (!m) return null;
  const subject = leadingSubject(lead.slice(0, m.index));
  return subject ? attribution(subject, m[1].toLowerCase(), null, null) : null;
};
