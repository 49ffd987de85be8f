// Rule previous-speaker: a pronoun attribution no one named before it resolves goes on
// with the speaker of the quote before; "it" only with one that is no person.
import { impersonal } from "../people.js";
import type { PronounRule } from "./context.js";

export const previousSpeaker: PronounRule = (attribution, { lastSpeaker, isPerson }) => (lastSpeaker && impersonal(attribution.mention) && isPerson(lastSpeaker) ? null : lastSpeaker);
