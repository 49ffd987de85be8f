// Rule he-she: a pronoun subject ("he said") stands for the nearest person named before
// the quote, passing over one the article shows to be of the other gender (none where all
// are), and for "he" or "she" over organisations, places and groups; "it" passes over people.
import { mayStandFor } from "../people.js";
import type { PronounRule } from "./context.js";

export const heShe: PronounRule = (attribution, { candidates, gender, isPerson }) => {
  if (attribution.mention === "") return null;
  for (const name of candidates()) if (mayStandFor(attribution.mention, name, isPerson, gender)) return name;
  return null;
};
