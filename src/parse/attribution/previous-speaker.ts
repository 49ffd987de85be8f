// Rule previous-speaker: a pronoun attribution no one named before it resolves goes on
// with the speaker of the quote before; "it" only with one that is no person, "he" or
// "she" only with a person, and not one the article shows to be of the other gender.
import { mayStandFor } from "../people.js";
import type { PronounRule } from "./context.js";

export const previousSpeaker: PronounRule = (attribution, { lastSpeaker, isPerson, gender }) =>
  lastSpeaker && mayStandFor(attribution.mention, lastSpeaker, isPerson, gender) ? lastSpeaker : null;
