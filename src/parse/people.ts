// People: everyone named in the article, one entry each, with the role the text gives.
// Short mentions ("Khamenei", "Mrs. Trump") resolve to the fullest name given.
import type { Person } from "../types.js";
import { courtesyTitles, givenNameGender, honorifics, nameParticles, surname, titleWords } from "./names.js";
import { namesGroup } from "./groups.js";

export interface Naming {
  name: string;
  role: string | null;
  mention: string;
}

/** People by name and by surname, so that resolving a name does not go through them all. */
export interface PeopleIndex {
  byName: Map<string, Person>;
  /** People of more than one word by their surname, in the order of their list. */
  bySurname: Map<string, Person[]>;
  /** People of two words by their first word, where that is no title. */
  byFirstWord: Map<string, Person[]>;
  /** People whose name opens with an honorific, by it and their given name: "Sir Keith" for Sir Keith Joseph. */
  byHonorific: Map<string, Person[]>;
}

export function indexPeople(people: Person[]): PeopleIndex {
  const index: PeopleIndex = { byName: new Map(), bySurname: new Map(), byFirstWord: new Map(), byHonorific: new Map() };
  for (const person of people) addPerson(index, person);
  return index;
}

function addPerson(index: PeopleIndex, person: Person): void {
  if (!index.byName.has(person.name)) index.byName.set(person.name, person);
  const words = person.name.split(/\s+/);
  if (words.length <= 1) return;
  listUnder(index.bySurname, surname(person.name), person);
  // "Ban Ki-moon": a name of two words may open with the family name; a longer one opens with a title or is a place ("Trump Tower Manila")
  if (words.length === 2 && !titleWords.has(words[0]) && !honorifics.has(words[0])) listUnder(index.byFirstWord, words[0], person);
  if (words.length >= 3 && honorifics.has(words[0])) listUnder(index.byHonorific, `${words[0]} ${words[1]}`, person);
}

/** Adds an item to the list a map keeps under a key, the list made with the first. */
export function listUnder<T>(map: Map<string, T[]>, key: string, item: T): void {
  const listed = map.get(key);
  if (listed) listed.push(item);
  else map.set(key, [item]);
}

/** Merges namings into people: a name of one word joins the person whose name ends with it (or, failing one, the one it opens: resolveName). */
export function collectPeople(namings: Naming[]): Person[] {
  const people: Person[] = [];
  const index = indexPeople(people);
  const sorted = [...namings].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  for (const naming of sorted) {
    const full = resolveName(asNamed(naming), index) ?? naming.name;
    let person = index.byName.get(full);
    if (!person) {
      person = { name: full, role: null, mentions: [] };
      people.push(person);
      addPerson(index, person);
    }
    if (!person.role && naming.role) person.role = naming.role;
    if (!person.mentions.includes(naming.mention)) person.mentions.push(naming.mention);
  }
  const order = new Map(namings.map((n, i) => [resolveName(asNamed(n), index) ?? n.name, i] as const).reverse());
  return people.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
}

/** "Mrs. Lindqvist" keeps its courtesy title for resolving: it tells which Lindqvist. */
export function asNamed(naming: { name: string; mention: string }): string {
  return /^(?:Mrs|Ms|Miss)\.?\s/.test(naming.mention) ? naming.mention.replace(/[’']s$/, "") : naming.name;
}

/**
 * The full name a short one stands for: same surname, or the name it is a part of; failing
 * those, the one name it opens ("Ban" after "Ban Ki-moon", whose family name comes first).
 */
export function resolveName(name: string, people: PeopleIndex): string | null {
  const words = name.split(/\s+/).filter((w) => !courtesyTitles.has(w));
  const bare = words.join(" ");
  const exact = people.byName.get(bare);
  if (exact) return exact.name;
  // "De Blasio said", the particle capitalised as a sentence opens: Bill de Blasio's
  if (words.length === 2 && nameParticles.has(words[0].toLowerCase())) {
    const bearer = (people.bySurname.get(words[1]) ?? []).find((p) => p.name.endsWith(` ${words[0].toLowerCase()} ${words[1]}`) || p.name.endsWith(` ${bare}`));
    if (bearer) return bearer.name;
  }
  // "Sir Keith" after "Sir Keith Joseph": an honorific and a given name, as British papers write a knight
  const knighted = words.length === 2 && honorifics.has(words[0]) ? people.byHonorific.get(bare) ?? [] : [];
  if (knighted.length === 1) return knighted[0].name;
  if (words.length !== 1) return null;
  const candidates = people.bySurname.get(bare) ?? [];
  // "Mrs. Trump" among several Trumps is the one the article presents as a woman
  const woman = /^(?:Mrs|Ms|Miss)\.?$/.test(name.split(/\s+/)[0]) ? candidates.find(presentedAsWoman) : undefined;
  const opened = people.byFirstWord.get(bare) ?? [];
  return (woman ?? candidates[0] ?? (opened.length === 1 ? opened[0] : undefined))?.name ?? null;
}

const womensRoles = /\b(?:wife|daughter|mother|sister|widow|first lady|congresswoman|chairwoman|spokeswoman|businesswoman|councilwoman|actress|queen|princess|lady|dame)\b/i;

function presentedAsWoman(person: Person): boolean {
  return (person.role !== null && womensRoles.test(person.role)) || person.mentions.some((m) => /^(?:Mrs|Ms|Miss)\.?\s/.test(m));
}

export type Gender = "woman" | "man";

function pronounGender(pronoun: string): Gender | null {
  return /^(?:she|her)$/i.test(pronoun) ? "woman" : /^(?:he|him|his)$/i.test(pronoun) ? "man" : null;
}

/** "it said": a memo, a committee, a company; never a person. */
function impersonal(pronoun: string): boolean {
  return /^it$/i.test(pronoun);
}

function opposite(gender: Gender): Gender {
  return gender === "woman" ? "man" : "woman";
}

/**
 * Whether a pronoun may stand for `name`: "it" for no person (`isPerson`); "he" and "she"
 * for a person the article does not show to be of the other gender (`gender`, asked only
 * for these and "they"); "they" for no one it shows to be a man or a woman, so for a group,
 * or for someone the article genders no other way; "you", "I" and "we" for no one.
 */
export function mayStandFor(pronoun: string, name: string, isPerson: (name: string) => boolean, gender: (name: string) => Gender | null): boolean {
  // "you could feel the Internet saying", "'Your Honor,' I said": "you", and "I" or "we" outside a quotation (the writer), stand for no one the story names
  if (/^(?:you|i|we)$/i.test(pronoun)) return false;
  // "it" is an organisation or a thing, not a people as many ("Saudis") nor a group ("Local Farmers"), as namesGroup has them for the archive too
  if (impersonal(pronoun)) return !isPerson(name) && !namesGroup(name);
  if (/^they$/i.test(pronoun)) return gender(name) === null;
  const wanted = pronounGender(pronoun);
  return wanted === null || (isPerson(name) && gender(name) !== opposite(wanted));
}

const weekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const wordChar = /[\p{L}\p{N}_]/u;
/** "Mrs. Lindqvist", "Mr. Tomas Ortiz": the courtesy title right before the surname. */
const courtesyBefore = /\b(Mrs|Ms|Miss|Mr)\.?\s+(?:\p{Lu}\S*\s+)?$/u;
/** A pronoun among the few words after the name: "Vance said her boats", "Ortiz, who ... his". */
const possessiveAfter = new RegExp(String.raw`(?:[’']s)?,?\s+(?:(?:\p{Ll}+|${weekday}),?\s+){0,6}?(his|her|he|she)\b`, "uy");

// "spokesman" and "chairman" are some papers' words for a woman too
const mensRoles = /\b(?:husband|son|father|brother|widower|congressman|businessman|councilman|actor|king|prince|sir|lord)\b/i;

/**
 * Whether the article presents a person as a woman or a man: by courtesy title
 * ("Mrs. Lindqvist", "Mr. Ortiz"), by role ("his wife", "congressman"), else by the
 * possessive that follows the name most often ("Vance said her boats ...").
 */
export function genderOf(name: string, people: PeopleIndex, text: string, evidence: (surname: string) => SurnameEvidence = surnameEvidence(text)): Gender | null {
  const person = people.byName.get(name);
  if (person && presentedAsWoman(person)) return "woman";
  if (person && ((person.role !== null && mensRoles.test(person.role)) || person.mentions.some((m) => /^Mr\.?\s/.test(m)))) return "man";
  const last = surname(name);
  if (!/^\p{Lu}/u.test(last)) return null;
  // what the text says of a surname that another person of the story has may be said of them ("Mr. Scott" of her husband)
  const shared = (people.bySurname.get(last) ?? []).some((other) => other.name !== name);
  const { title, her, his } = shared ? { title: null, her: 0, his: 0 } : evidence(last);
  if (title) return title;
  // the first name tells more than the pronouns near the surname, which may be another person's
  return firstNameTells(name) ?? (her > his ? "woman" : his > her ? "man" : null);
}

/** The gender the first name tells, where it tells one: a name that women and men both have tells none. */
function firstNameTells(name: string): Gender | null {
  const first = name.split(/\s+/).find((word) => !courtesyTitles.has(word)) ?? "";
  return unisexNames.has(first) ? null : firstNameGender(name);
}

/** What the text says of a surname: the courtesy title before its first titled use, else the pronouns after it. */
export interface SurnameEvidence {
  title: Gender | null;
  her: number;
  his: number;
}

/** The evidence for each surname, read once per surname: people who share one ask the same question. */
export function surnameEvidence(text: string): (surname: string) => SurnameEvidence {
  const occurrences = wordOccurrences(text);
  const known = new Map<string, SurnameEvidence>();
  return (last) => known.get(last) ?? known.set(last, readEvidence(text, last, occurrences(last))).get(last)!;
}

function readEvidence(text: string, last: string, occurrences: number[]): SurnameEvidence {
  let her = 0;
  let his = 0;
  for (const i of occurrences) {
    const title = courtesyBefore.exec(text.slice(Math.max(0, i - 40), i))?.[1];
    if (title) return { title: title === "Mr" ? "man" : "woman", her, his };
    possessiveAfter.lastIndex = i + last.length;
    const pronoun = possessiveAfter.exec(text)?.[1];
    if (pronoun === "her" || pronoun === "she") her++;
    else if (pronoun) his++;
  }
  return { title: null, her, his };
}

/**
 * Where a word stands in the text, not inside a longer word. Words of word characters
 * alone are looked up in an index of the text's runs, made once; others are searched for.
 */
function wordOccurrences(text: string): (word: string) => number[] {
  let runs: Map<string, number[]> | null = null;
  return (word) => {
    if (![...word].every((c) => wordChar.test(c)) || word.length !== [...word].length) return searched(text, word);
    runs ??= wordRuns(text);
    return runs.get(word) ?? [];
  };
}

function searched(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!wordChar.test(text[i - 1] ?? "") && !wordChar.test(text[i + word.length] ?? "")) found.push(i);
  }
  return found;
}

/** Runs of word characters, read a code unit at a time as searched() reads their borders. */
function wordRuns(text: string): Map<string, number[]> {
  const runs = new Map<string, number[]>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && wordChar.test(text[i]);
    if (inWord && start === -1) start = i;
    if (!inWord && start !== -1) {
      const run = text.slice(start, i);
      const at = runs.get(run);
      if (at) at.push(start);
      else runs.set(run, [start]);
      start = -1;
    }
  }
  return runs;
}

/** The gender a person's first name has in English ("Elizabeth Warren" a woman), from a list of given names; null for a name of one word or an unknown first name. */
export function firstNameGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter((w) => !courtesyTitles.has(w));
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return null;
  const gender = givenNameGender(words[0]);
  return gender === "female" ? "woman" : gender === "male" ? "man" : null;
}

/** Given names that English-language news gives women and men alike ("Jan Brewer", "Lindsey Graham"), whatever one gender the list gives them. Data. */
const unisexNames = new Set([
  "Alex", "Ashley", "Aubrey", "Avery", "Billie", "Blair", "Bobbie", "Casey", "Chris", "Dana", "Frankie", "Jackie", "Jamie",
  "Jan", "Jean", "Jesse", "Jessie", "Joan", "Jody", "Jordan", "Kelly", "Kendall", "Kerry", "Kim", "Leslie", "Lindsay",
  "Lindsey", "Lynn", "Marion", "Morgan", "Quinn", "Reese", "Riley", "Robin", "Shannon", "Sydney", "Taylor",
  "Terry", "Tracy",
]);
