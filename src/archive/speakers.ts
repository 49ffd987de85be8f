// What kind of speaker a quote's speaker is: a person, an organisation that speaks
// (the White House, a ministry, a campaign), or neither (a place, a party's voters, a
// job title, a phrase), which gets no page. Data lists, no rules naming anyone.
import { companies, organisationAcronyms, organisationHeads, placeNames } from "../parse/places.js";
import { nameParticles, notNames, organisationWords, titleWords } from "../parse/names.js";
import { outletKind } from "../parse/outlets.js";
import { firstNameGender } from "../parse/people.js";
import { isGroup, namesGroup } from "../parse/groups.js";

export type SpeakerKind = "person" | "organisation";

const places = new Set(placeNames.map((p) => p.toLowerCase()));
const organisations = new Set([...organisationAcronyms, ...companies].map((o) => o.toLowerCase()));
const organisationEnds = new Set([...organisationHeads, ...organisationWords].map((w) => w.toLowerCase().replace(/\.$/, "")));
const titles = new Set([...titleWords].map((w) => w.toLowerCase().replace(/\.$/, "")));
const notNameWords = new Set([...notNames].map((w) => w.toLowerCase()));

/**
 * The speaker's kind and the name it is known by, or null for a speaker that is
 * neither a person nor an organisation. A person's name loses the words before it that
 * a sentence put there ("Florida" in "Speaking in Florida, Trump said").
 */
export function speakerOf(speaker: string): { kind: SpeakerKind; name: string } | null {
  const name = speaker.trim().replace(/[’']s$/, "");
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const lower = name.toLowerCase();
  if (isOrganisation(name, words)) return { kind: "organisation", name };
  // "Mainstream Republicans", "Neither Republicans": a group, however the sentence opened
  if (namesGroup(name)) return null;
  // a place of more than one word never speaks; one word may be a surname as well ("Washington"): see isPlaceName
  if ((words.length > 1 && places.has(lower)) || words.every((w) => titles.has(bare(w)) || isGroup(bare(w)) || notNameWords.has(bare(w)))) return null;
  // a phrase: lower-case words that are no name particles ("the statement", "a spokesman")
  if (words.some((w, i) => /^\p{Ll}/u.test(w) && !(i > 0 && nameParticles.has(w)))) return null;
  const rest = words.slice(leadingWords(words));
  // "New Hampshire Republican": a place and a title, no name
  if (rest.every((w) => titles.has(bare(w)) || isGroup(bare(w)))) return null;
  return { kind: "person", name: rest.join(" ") };
}

/**
 * How many words before the name are no part of it: places ("New Hampshire"), words
 * that are never names ("Tuesday") and titles ("Sen.", "Vice President"), which the
 * quote's role tells where the text gave one.
 */
function leadingWords(words: string[]): number {
  let start = 0;
  for (;;) {
    const place = [3, 2, 1].find((n) => start + n < words.length && places.has(words.slice(start, start + n).map(bare).join(" ")));
    if (place) start += place;
    else if (start < words.length - 1 && (notNameWords.has(bare(words[start])) || titles.has(bare(words[start])))) start++;
    else return start;
  }
}

/** A one-word name that is a place: a person only where the archive knows someone of that surname. */
export function isPlaceName(name: string): boolean {
  return !name.includes(" ") && places.has(name.toLowerCase());
}

function isOrganisation(name: string, words: string[]): boolean {
  const last = bare(words[words.length - 1]);
  const withoutThe = name.replace(/^the\s+/i, "").toLowerCase();
  // an agency or outlet that a story gave no person's name with ("Politico said"; the parse made "Bloomberg" Michael Bloomberg where it did: quotes.ts)
  if (organisations.has(withoutThe) || outletKind(name) !== null) return true;
  if (organisationEnds.has(last)) {
    // "the ministry", "the Trump campaign", "the White House"
    if (/^the$/i.test(words[0]) && words.length > 1) return true;
    // "Justice Department", but not "Margaret Court", whose first word is a given name and no title
    if (/^\p{Lu}/u.test(words[0]) && (firstNameGender(name) === null || titles.has(bare(words[0])))) return true;
  }
  // an acronym: "FBI", "NATO", "CNN"
  return words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]) && !titles.has(words[0].toLowerCase());
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,;:]+$/, "");
}
