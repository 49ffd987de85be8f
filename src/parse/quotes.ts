// Quotes rule: each quotation with who said it, through which source, to whom.
import type { Person, Quote, Source } from "../types.js";
import { antecedents, articleText, sentenceSubjects, attribute, attributionRules, inherit, quoteContext, transcriptRule, type ArticleText, type Attributed, type Attribution, type AttributionRules, type PronounScope, type Quotation } from "./attribution/index.js";
import { courtesyTitles, isGivenName, isNameWord, organisationWords, pronouns, splitNamedPhrase, surname, titleWords } from "./names.js";
import { fullNamesOf, fullNamesOpenedBy, textNamings } from "./mentions.js";
import { outletKind } from "./outlets.js";
import { companies, isPlace, placeSpellings } from "./places.js";
import { namesGroup } from "./groups.js";
import { asNamed, collectPeople, genderOf, indexPeople, listUnder, resolveName, surnameEvidence, type Gender, type Naming, type PeopleIndex, type SurnameEvidence } from "./people.js";
import { findQuoteSpans, type QuoteSpan } from "./quote-spans.js";
import { viaFor } from "./sources.js";
import type { ParseState, Rule } from "./state.js";
import { hasWord, wordCount } from "./words.js";

/** Titles and scare quotes ("fake news") are one or two words; a person's quote is longer. */
const minimumQuoteWords = 3;

/** The quotes rule with `rules` for attribution, reordered or with some switched off (attribution/index.ts). */
export function quotesWith(rules: AttributionRules): Rule {
  return function quotes(state: ParseState): void {
    const texts = state.paragraphs.map((p) => p.text);
    const article = articleText(texts);
    const found = onePerParagraph(attributedQuotations(article, rules), article, rules).filter((q) => wordCount(q.text) >= minimumQuoteWords && !isTitle(q.text) && !namesAWork(q, texts));
    const everyone = collectPeople(namingsOf(found, texts, state.headline ?? ""));
    state.people = everyone.filter((p) => isPerson(p.name));
    state.quotes = quotesOf(found, article, everyone, state.sourceMentions, rules, state.headline ?? "");
  };
}

export const quotes = quotesWith(attributionRules());

/** Every quotation with the attribution its own sentence gives, or one it takes from its neighbours. */
function attributedQuotations(article: ArticleText, rules: AttributionRules): Quotation[] {
  const texts = article.paragraphs;
  const found = findQuoteSpans(texts).map((pieces) => ({ pieces, text: quoteText(pieces), attribution: attributeQuotation(article, pieces, rules) }));
  const written = writings(texts);
  for (const q of found) if (q.attribution && !trustedSubject(q.attribution, written)) q.attribution = null;
  // short quotes are still here, so they pass their speaker on to the quotations after them
  inheritAttributions(found, texts, rules);
  return found;
}

/** A quotation over several paragraphs is one quote a paragraph, all with its speaker, unless a transcript label names another. */
function onePerParagraph(found: Quotation[], article: ArticleText, rules: AttributionRules): Quotation[] {
  const transcript = rules.sentence.active().find((r) => r.name === transcriptRule);
  return found.flatMap((q) => {
    // a turn of a transcript goes on in the paragraphs after its label, until the next label
    let label: Attributed | null = null;
    return q.pieces.map((piece) => {
      const own = transcript?.rule(quoteContext(article, piece));
      label = own ? { ...own, rule: transcript!.name } : label;
      return { pieces: [piece], text: quoteText([piece]), attribution: label ?? q.attribution };
    });
  });
}

/** The people the story names, then the speakers and addressees, in the order the text gives them. */
function namingsOf(found: Quotation[], texts: string[], headline: string): Naming[] {
  const namings: Array<Naming & { at: number }> = textNamings(texts);
  for (const { attribution: a, pieces } of found) {
    const at = pieces[0].paragraph * 1e6 + pieces[0].open;
    if (a?.name) namings.push({ name: a.name, role: a.role, mention: nameAsWritten(a.mention, a.name), at });
    if (a?.addressee?.name) namings.push({ name: a.addressee.name, role: a.addressee.role, mention: nameAsWritten(a.addressee.mention, a.addressee.name), at });
  }
  // a surname alone, and the full names the text writes with it that the namings lack ("Hillary Clinton" beside "former President Bill Clinton");
  // an outlet's one word may be one too, where the text gives a full name with it ("Michael Bloomberg")
  const named = new Map<string, string[]>();
  for (const { name } of namings) if (name.includes(" ")) listUnder(named, surname(name), name);
  const surnames = new Set(namings.map((n) => n.name).filter((name) => !name.includes(" ") && (!isOrganisation(name) || outletKind(name) !== null) && !isPlaceOrGroup(name)));
  namings.push(...fullNamesOf(surnames, texts, named, headline));
  // a given name alone ("Hillary shot back") that no full name among the namings opens or ends with: the full name the text wrote before it
  const ofFullNames = new Set(namings.flatMap(({ name }) => (name.includes(" ") ? [name.split(" ")[0], surname(name)] : [])));
  const given = new Map<string, number>();
  for (const { name, at } of namings) if (surnames.has(name) && isGivenName(name) && !ofFullNames.has(name)) given.set(name, Math.min(at, given.get(name) ?? at));
  namings.push(...fullNamesOpenedBy(given, texts, headline));
  return namings.sort((x, y) => x.at - y.at);
}

function quotesOf(found: Quotation[], article: ArticleText, everyone: Person[], sourceMentions: Source[], rules: AttributionRules, headline: string): Quote[] {
  let lastSpeaker: string | null = null;
  const people = indexPeople(headlinedFirst(everyone, headline));
  const genderOfPerson = memoisedGender(people, article.paragraphs);
  // what the text says of an organisation ("Big Machine says she will") is of someone else
  const gender = (name: string) => (isPerson(name) ? genderOfPerson(name) : null);
  const written = writings(article.paragraphs);
  const described = describedPeople(everyone, article.paragraphs);
  const fullName = writtenFullNames(article.paragraphs, headline);
  return found.map(({ pieces, text, attribution: a }) => {
    const paragraph = pieces[0].paragraph;
    // '"...," he told Hannity': the one told is not the one telling
    const told = a?.addressee?.name ? resolveName(a.addressee.name, people) ?? a.addressee.name : null;
    const throughPronouns = a !== null && heOrShe.test(a.mention);
    const candidates = () => filter(candidateSpeakers(article, written, pieces[0], people, fullName, throughPronouns), (name) => name !== told);
    const scope: PronounScope = { candidates, gender, isPerson, lastSpeaker: lastSpeaker === told ? null : lastSpeaker };
    const { speaker, rule } = a ? speakerOf(a, scope, people, described, rules) : noSpeaker;
    if (speaker) lastSpeaker = speaker;
    const person = speaker === null ? undefined : people.byName.get(speaker);
    return {
      text,
      speaker,
      mention: a ? a.mention : null,
      role: a?.role ?? person?.role ?? null,
      cue: a ? a.cue : null,
      addressee: told,
      via: a ? viaFor(a.by, paragraph, sourceMentions) : null,
      paragraph,
      rule,
    };
  });
}

/**
 * The people the headline names in full before the others, else in the order the story
 * names them: a surname alone that two of them have stands for the one the story is about
 * ("Bill Clinton: Hillary 'Better Qualified'", then "Clinton said").
 */
function headlinedFirst(people: Person[], headline: string): Person[] {
  const headlined = (person: Person) => person.name.includes(" ") && hasWord(headline, person.name);
  return [...people.filter(headlined), ...people.filter((person) => !headlined(person))];
}

/** Each person's gender as the article presents it, worked out once per article and name. */
function memoisedGender(people: PeopleIndex, texts: string[]): (name: string) => Gender | null {
  const known = new Map<string, Gender | null>();
  let text: string | null = null;
  let evidence: ((surname: string) => SurnameEvidence) | null = null;
  return (name) => {
    text ??= texts.join("\n");
    evidence ??= surnameEvidence(text);
    if (!known.has(name)) known.set(name, genderOf(name, people, text, evidence));
    return known.get(name) ?? null;
  };
}

interface Speaker {
  speaker: string | null;
  /** The rule that gave the speaker, null when none did. */
  rule: string | null;
}

const noSpeaker: Speaker = { speaker: null, rule: null };

/**
 * A name resolved to the fullest one the article gives; a description to its holder;
 * no subject ("Adding, ...") to the person before, as the rule that found it implies;
 * a pronoun by the pronoun rules.
 */
function speakerOf(a: Attributed, scope: PronounScope, people: PeopleIndex, described: (mention: string) => string | null, rules: AttributionRules): Speaker {
  if (!a.pronoun) return named(a.name ? resolveName(asNamed({ name: a.name, mention: a.mention }), people) ?? a.name : described(a.mention), a.rule);
  if (a.mention === "") {
    const [nearest] = scope.candidates();
    if (nearest !== undefined) return named(nearest, a.rule);
  }
  for (const { name, rule } of rules.pronoun.active()) {
    const speaker = rule(a, scope);
    if (speaker !== null) return named(speaker, name);
  }
  return noSpeaker;
}

function named(speaker: string | null, rule: string): Speaker {
  return speaker === null ? noSpeaker : { speaker, rule };
}

/**
 * A title, slogan or name of a show in Title Case ("Fox and Friends", "Fight for 15"):
 * not what a person said.
 */
export function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || /[.,;:!?…]$/.test(text.trim()) || !/^[\p{Lu}\d]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|for|a|an|in|on|to|with|at|by|or|from|vs\.?)$/.test(w));
}

/**
 * `on NBC's "Meet the Press."`: a Title Case name after a preposition or a possessive
 * names a show or a work, even with the sentence's full stop inside the marks.
 */
function namesAWork(q: Quotation, texts: string[]): boolean {
  const { paragraph, open } = q.pieces[0];
  const lead = texts[paragraph].slice(Math.max(0, open - 25), open);
  return /(?:\b(?:on|in|by|with|from|at|titled|called|named|dubbed|his|her|their|its)|['’]s)(?:\s+\d{4})?\s*$/.test(lead) && isTitle(q.text.replace(/\.$/, ""));
}

/**
 * The subjects before the quote in its paragraph, then in the paragraph before, nearest
 * first. For "he" or "she" (`throughPronouns`), past a paragraph whose sentences name no
 * one but have "he" or "she" for subject ("On Wednesday, he told a crowd ..."), the one
 * before it, which names whom that pronoun stands for.
 */
function* candidateSpeakers(article: ArticleText, written: Writings, piece: QuoteSpan, people: PeopleIndex, fullName: (surname: string) => string | null, throughPronouns: boolean): Generator<string, void, undefined> {
  const named = (name: string) => knownOrWrittenInside(name, people, written);
  yield* filter(peopleNamed(antecedents(article, piece.paragraph, piece.open), people, fullName), named);
  for (let p = piece.paragraph - 1; p >= 0 && p >= piece.paragraph - pronounParagraphs; p--) {
    const seen = { names: false, pronoun: false };
    function* subjects(): Generator<string, void, undefined> {
      for (const subject of sentenceSubjects(article, p, article.paragraphs[p].length)) {
        if (!pronouns.has(subject.toLowerCase())) {
          seen.names = true;
          yield subject;
        } else if (heOrShe.test(subject)) seen.pronoun = true;
      }
    }
    yield* filter(peopleNamed(subjects(), people, fullName), named);
    if (!throughPronouns || seen.names || !seen.pronoun) return;
  }
}

/** How many paragraphs before a quote's own its speaker may be named in, through paragraphs that only say "he" or "she". */
const pronounParagraphs = 3;
/** The pronouns a chain of paragraphs that only say them goes back through. */
const heOrShe = /^(?:he|she)$/i;

/**
 * The full name the text writes for a surname that no person of the article has ("Feng
 * Zhang" for a "Zhang says" no quote follows), looked for once each; null with none, or two
 * the headline does not choose between.
 */
function writtenFullNames(paragraphs: string[], headline: string): (surname: string) => string | null {
  const found = new Map<string, string | null>();
  return (surname) => {
    if (!found.has(surname)) found.set(surname, fullNamesOf(new Set([surname]), paragraphs, new Map(), headline)[0]?.name ?? null);
    return found.get(surname)!;
  };
}

function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T, void, undefined> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * A subject of one word that opens a sentence ("Immigration was ...", "Stop lying") is a
 * name only when the article knows it as a person, writes it capitalised inside a sentence,
 * or writes it as the surname of a full name or after a courtesy title ("Ted Cruz", "Mrs. Holt").
 */
function knownOrWrittenInside(name: string, people: PeopleIndex, written: Writings): boolean {
  return name.includes(" ") || people.byName.has(name) || written.inside(name) || written.asSurname(name);
}

/** The word at `at` follows another name word or a courtesy title: "Ted Cruz", "Mrs. Holt", "G. Cruz", but not the last word of a sentence before ("Monday. Stop"). */
function afterNameWord(text: string, at: number): boolean {
  const previous = /(\S+)$/.exec(text.slice(Math.max(0, at - 30), at - 1))?.[1] ?? "";
  return courtesyTitles.has(previous) || /^\p{Lu}\.$/u.test(previous) || (isNameWord(previous) && !/[.,;:!?]$/.test(previous) && !titleWords.has(previous));
}

/** How a one-word name is written in the article: capitalised inside a sentence, or as a surname after a name word. */
interface Writings {
  inside: (name: string) => boolean;
  asSurname: (name: string) => boolean;
}

/** A one-word name is no longer than this; a longer "word" is written nowhere as a name. */
const longestName = 80;

/**
 * The article's writings, found once when first asked: each word after a space, cut
 * wherever a non-letter follows, as a name of one word (no space in it) would be found there.
 */
function writings(texts: string[]): Writings {
  let found: { inside: Set<string>; asSurname: Set<string> } | null = null;
  const index = () => (found ??= indexWritings(texts));
  return { inside: (name) => index().inside.has(name), asSurname: (name) => index().asSurname.has(name) };
}

function indexWritings(texts: string[]): { inside: Set<string>; asSurname: Set<string> } {
  const inside = new Set<string>();
  const asSurname = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<= )\S+/g)) {
      // after a lower-case letter or a comma and a space: ", Polls said" but not "Pollster"
      const isInside = m.index >= 2 && lowerOrComma.test(text[m.index - 2]);
      const isSurname = afterNameWord(text, m.index);
      if (!isInside && !isSurname) continue;
      const word = m[0];
      for (let end = 1; end <= Math.min(word.length, longestName); end++) {
        if (end < word.length && letter.test(word[end])) continue;
        if (isInside) inside.add(word.slice(0, end));
        if (isSurname) asSurname.add(word.slice(0, end));
      }
    }
  }
  return { inside, asSurname };
}

/** Each subject as its resolved person, then the others of that surname ("Fiorina": Frank, then Carly); a surname no one has, as the full name the text writes for it. */
function* peopleNamed(subjects: Iterable<string>, people: PeopleIndex, fullName: (surname: string) => string | null): Generator<string, void, undefined> {
  for (const subject of subjects) {
    const name = splitNamedPhrase(subject).name;
    if (!name) continue;
    const resolved = resolveName(name, people) ?? (name.includes(" ") || !isPerson(name) ? null : fullName(name)) ?? name;
    yield resolved;
    if (!name.includes(" ")) for (const p of people.bySurname.get(name) ?? []) if (p.name !== resolved) yield p.name;
  }
}

/**
 * A subject found only as the first word of a sentence, with no cue ("Polls show ..."),
 * is trusted as a name when the article also writes it capitalised inside a sentence.
 */
function trustedSubject(a: Attribution, written: Writings): boolean {
  if (a.cue !== "" || a.pronoun || !a.name || a.name.includes(" ")) return true;
  return written.inside(a.name);
}

const lowerOrComma = /[\p{Ll},]/u;
const letter = /\p{L}/u;

/** Whether a name may be a person's: no organisation, place or group. */
function isPerson(name: string): boolean {
  return !isOrganisation(name) && !isPlaceOrGroup(name);
}

const knownCompanies = new Set(companies);

/** Organisations speak too ("the White House said") but are no people of the article. */
function isOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // "American Federation of Teachers": an organisation's word before "of"
  const ofOrganisation = words.some((w, i) => words[i + 1] === "of" && organisationWords.has(w));
  return outletKind(name) !== null || organisationWords.has(last) || ofOrganisation || knownCompanies.has(name) || /^(?:White House|Kremlin|Pentagon|Congress|Senate|Parliament)$/.test(name);
}


/**
 * Speakers that are no person of the article: an acronym ("FBI", "RNC"), a place
 * ("Washington said"), a party's people ("Republicans", "Democrat"), a group or a people as many ("Muslims", "Mainstream Republicans").
 */
function isPlaceOrGroup(name: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(name) || isPlace(name) || /^(?:Republican|Democrat|Democratic|Conservative|Liberal|Libertarian|Independent|Progressive)s?$/.test(name) || namesGroup(name);
}

const organisationNouns = /^(?:ministry|government|team|camp|department|embassy|police|army|military|agency|company|firm|committee|campaign|court|office|council|party|commission|administration|group|union|spokesman|spokeswoman|statement)$/;

/**
 * A description as speaker: "the mayor" is the one person whose role says mayor;
 * "the ministry" is an organisation and speaks as itself.
 */
function describedPerson(mention: string, holdersOf: (head: string) => Person[], placedNear: (person: Person, place: string) => boolean): string | null {
  // "the IMF report stated", "the nationalist Global Times tabloid noted": a document or a paper speaks for the organisation that wrote it
  const document = /^(?:[Tt]he\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}((?:\p{Lu}\S*\s+)+)(?:report|statement|letter|study|memo|survey|analysis|filing|website|site|readout|poll|editorial|tabloid|newspaper|magazine|blog)$/u.exec(mention);
  if (document) return document[1].trim();
  // "one user wrote", "an aide said": a description that leaves its holder unnamed is no one the story names
  if (indefinite.test(mention)) return null;
  const words = mention.split(/\s+/);
  const head = (words[words.length - 1].toLowerCase() ?? "").replace(/[^\p{L}-]/gu, "");
  if (!head || !/^\p{Ll}/u.test(words[words.length - 1])) return null;
  const holders = [head, ...(titleAbbreviations[head] ?? [])].flatMap((word) => holdersOf(word)).filter((p, i, all) => all.indexOf(p) === i);
  if (holders.length === 1) return holders[0].name;
  // "the Florida senator" of two senators: the one whose role or naming holds the place
  const places = capitalisedRuns(words.slice(0, -1));
  const placed = places.length === 0 ? [] : holders.filter((p) => places.every((place) => placedNear(p, place)));
  if (placed.length === 1) return placed[0].name;
  return organisationNouns.test(head) ? `the ${mention}` : null;
}

/** The words that open a description of someone new to the story. */
const indefinite = /^(?:a|an|one|another|some)\s/i;

/** The abbreviations a title is written as before a name ("Sen. Ilse Vance"), for "the senator" after it. Data. */
const titleAbbreviations: Record<string, string[]> = {
  senator: ["sen."], governor: ["gov."], representative: ["rep."], congressman: ["rep."], congresswoman: ["rep."],
  general: ["gen."], lieutenant: ["lt."], colonel: ["col."], captain: ["capt."], sergeant: ["sgt."], admiral: ["adm."],
  professor: ["prof."], doctor: ["dr."], reverend: ["rev."],
};

/** describedPerson with the holders of each role word looked for once. */
function describedPeople(people: Person[], texts: string[]): (mention: string) => string | null {
  const holders = new Map<string, Person[]>();
  const holdersOf = (head: string) => holders.get(head) ?? holders.set(head, people.filter((p) => p.role && hasWord(p.role.toLowerCase(), head))).get(head)!;
  const near = (person: Person, word: string) => hasWord(person.role ?? "", word) || namedNear(texts, person.name, word);
  return (mention) => describedPerson(mention, holdersOf, (person, place) => placeSpellings(place).some((spelling) => near(person, spelling)) || place.split(" ").every((word) => near(person, word)));
}

/** The runs of capitalised words in a description: "the former New Jersey governor" has "New Jersey". */
function capitalisedRuns(words: string[]): string[] {
  const runs: string[][] = [];
  let open = false;
  for (const word of words) {
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    if (capitalised && open) runs[runs.length - 1].push(word);
    else if (capitalised) runs.push([word]);
    open = capitalised;
  }
  return runs.map((run) => run.join(" "));
}

/** How far before and after a name its place is written: "Texas Gov. Tomas Ortiz", "Tomas Ortiz of Texas", "Ortiz, R-Texas". */
const placeReach = { before: 12, after: 16 };

/** Whether the text writes the place beside the name, at the first few places it names them. */
function namedNear(texts: string[], name: string, place: string): boolean {
  let looked = 0;
  for (const text of texts) {
    for (let i = text.indexOf(name); i !== -1 && looked < 8; i = text.indexOf(name, i + 1), looked++) {
      if (hasWord(text.slice(Math.max(0, i - placeReach.before), i + name.length + placeReach.after), place)) return true;
    }
  }
  return false;
}

/** "Supreme Leader of Iran Ayatollah Ali Khamenei" names him "Ayatollah Ali Khamenei"; "Mrs. Trump" stays. */
function nameAsWritten(mention: string, name: string): string {
  return mention.endsWith(` ${name}`) ? name : mention.replace(/^(?:the|a|an)\s+/i, "");
}

function quoteText(pieces: QuoteSpan[]): string {
  return pieces.map((p) => p.text).join(" ").replace(/[,\s]+$/, "");
}

function attributeQuotation(article: ArticleText, pieces: QuoteSpan[], rules: AttributionRules): Attributed | null {
  for (const piece of [pieces[pieces.length - 1], ...pieces.slice(0, -1)]) {
    const found = attribute(quoteContext(article, piece), rules);
    if (found) return found;
  }
  return null;
}

/**
 * A quotation without its own attribution takes one from the neighbour rules: its
 * paragraph's attributed quotations, the one before it first, or the quotation it
 * continues from one or two paragraphs before.
 */
function inheritAttributions(found: Quotation[], texts: string[], rules: AttributionRules): void {
  const nextAttributed = nextAttributedSiblings(found);
  // the attributed quotations before the one at hand: its paragraph's last, and the last one can continue from
  const lastInParagraph = new Map<number, Quotation>();
  let previous: Quotation | undefined;
  found.forEach((quote, i) => {
    const paragraph = quote.pieces[0].paragraph;
    if (!quote.attribution) quote.attribution = inherit({ quote, before: lastInParagraph.get(paragraph), next: nextAttributed[i], previous, texts }, rules);
    if (!quote.attribution) return;
    lastInParagraph.set(paragraph, quote);
    // a title or a phrase of a word or two is no quotation one continues from
    if (wordCount(quote.text) >= minimumQuoteWords && !isTitle(quote.text)) previous = quote;
  });
}

/** For each quotation, the next one of its paragraph with an attribution of its own. */
function nextAttributedSiblings(found: Quotation[]): Array<Quotation | undefined> {
  const next: Array<Quotation | undefined> = new Array(found.length);
  const ahead = new Map<number, Quotation>();
  for (let i = found.length - 1; i >= 0; i--) {
    const paragraph = found[i].pieces[0].paragraph;
    next[i] = ahead.get(paragraph);
    if (found[i].attribution) ahead.set(paragraph, found[i]);
  }
  return next;
}
