// Rule previous-speaker: a pronoun attribution no one named before it resolves goes on
// with the speaker of the quote before.
import type { PronounRule } from "./context.js";

export const previousSpeaker: PronounRule = (_attribution, { lastSpeaker }) => lastSpeaker;
