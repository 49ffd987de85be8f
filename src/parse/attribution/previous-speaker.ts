// Rule previous-speaker: a pronoun attribution no one named before it resolves goes on
// with the speaker of the quote before; "it" only with one that is no person, "he" or
// "she" only with a person, and not one the article shows to be of the other gender.
import { impersonal, ofOtherGender, pronounGender } from "../people.js";
import type { PronounRule } from "./context.js";

export const previousSpeaker: PronounRule = (attribution, { lastSpeaker, isPerson, gender }) => {
  if (!lastSpeaker) return null;
  if (impersonal(attribution.mention) ? isPerson(lastSpeaker) : pronounGender(attribution.mention) !== null && !isPerson(lastSpeaker)) return null;
  return ofOtherGender(attribution.mention, lastSpeaker, gender) ? null : lastSpeaker;
};
