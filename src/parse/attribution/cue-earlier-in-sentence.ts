// Rule cue-earlier-in-sentence: subject-cue-before, read past the earlier quotations of the sentence.
import { subjectCueBefore } from "./subject-cue-before.js";
import type { AttributionRule } from "./context.js";

/** `Rubio said that by refusing the words "radical Islam," Democrats are "saying ..."`: a cue earlier in the sentence, past other quotations. */
export const cueEarlierInSentence: AttributionRule = (context) => (context.lead === context.before ? null : subjectCueBefore({ ...context, before: context.lead }));
