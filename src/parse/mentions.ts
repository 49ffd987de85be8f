// People named in the story itself, not only those quoted: "Foreign Minister Adaeze
// Okafor", "Ilse Vance, the harbour master,". Each becomes a naming for people.ts.
import { isNameWord, splitNamedPhrase, titleWords } from "./names.js";
import type { Naming } from "./people.js";

const nameWord = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)*|\p{Lu}\.)`;
const personName = String.raw`${nameWord}(?:\s+(?:de|van|von|bin|al|da|di|del|le|la)?\s*${nameWord}){1,3}`;
const title = [...titleWords].filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/\./g, "\\.")).sort((a, b) => b.length - a.length).join("|");

/** Each a way news English names a person with a role. */
const namingPatterns: RegExp[] = [
  // "Foreign Minister Adaeze Okafor", "Supreme Leader of Iran Ayatollah Ali Khamenei"
  new RegExp(String.raw`(?<![\p{L}])((?:(?:${title})\s+)+(?:of\s+(?:the\s+)?\p{Lu}\p{L}+\s+)?${personName})`, "gu"),
  // "Ilse Vance, the harbour master of Northshire,"
  new RegExp(String.raw`(?<![\p{L}])(${personName}),\s+((?:the|a|an)\s+[^,.;:"“”]{3,80}?)(?=[,.;:]|\s+(?:said|says|told|who)\b)`, "gu"),
];

export function textNamings(paragraphs: string[]): Array<Naming & { at: number }> {
  const namings: Array<Naming & { at: number }> = [];
  paragraphs.forEach((text, p) => {
    for (const [i, pattern] of namingPatterns.entries()) {
      for (const m of text.matchAll(pattern)) {
        const phrase = splitNamedPhrase(m[1]);
        if (!phrase.name || !phrase.name.includes(" ") || !phrase.name.split(/\s+/).every((w) => isNameWord(w) || /^\p{Ll}/u.test(w))) continue;
        const role = i === 1 ? m[2].replace(/^(?:the|a|an)\s+/i, "") : phrase.role;
        namings.push({ name: phrase.name, role, mention: phrase.name, at: p * 1e6 + m.index });
      }
    }
  });
  return namings;
}
