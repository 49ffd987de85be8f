// People named in the story itself, not only those quoted: "Foreign Minister Adaeze
// Okafor", "Ilse Vance, the harbour master,", "his wife, Maria Vance". Each becomes a
// naming for people.ts.
import { honorifics, isGivenName, isNameWord, nameParticles, notNames, organisationWords, shortForms, splitNamedPhrase, titleWords, type NamedPhrase } from "./names.js";
import { listUnder, type Naming } from "./people.js";
import { isPlace } from "./places.js";
import { hasWord } from "./words.js";

const nameWord = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)*|\p{Lu}\.)`;
/** Lower-case words inside names: "Ursula von der Leyen". */
const particle = "de|van|von|bin|al|da|di|del|le|la";
const personName = String.raw`${nameWord}(?:\s+(?:${particle})?\s*${nameWord}){1,3}`;
const title = [...titleWords].filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/\./g, "\\.")).sort((a, b) => b.length - a.length).join("|");
/** Lower-case nouns of a role written before a name, as news English writes them: "Fox News host", "campaign manager". Data. */
const roleNouns = "host|anchor|correspondent|reporter|columnist|editor|commentator|contributor|producer|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|strategist|pollster|consultant|manager|chairman|chairwoman|director|founder|analyst|lawyer|attorney|economist|professor|historian|activist|organizer|operative|donor|lobbyist|pastor|businessman|businesswoman|developer|executive|official|candidate|nominee|hopeful";
/** Lower-case words that may open such a role: "former campaign manager", "longtime radio host". */
const roleModifiers = "former|longtime|senior|top|chief|deputy|campaign|press|communications|policy|political|national|veteran|radio|television|talk|show|conservative|liberal|progressive|news|senior|legal|general|executive|managing|founding|co-founding|presidential|vice|vice-presidential|gubernatorial|mayoral|congressional|senatorial|party";
const relations = "wife|husband|daughter|son|mother|father|sister|brother|widow|first lady|former first lady";

interface NamingPattern {
  /** Group 1 the phrase holding the name. */
  pattern: RegExp;
  /** A cheap test the paragraph must pass for the pattern to match at all. */
  mayMatch: (text: string) => boolean;
  role: (m: RegExpMatchArray, phrase: NamedPhrase) => string | null;
  /** Whether the capitalised word just before a match belongs to it ("New" of "New Jersey Gov."): read after the match, as the regex would read it slowly. */
  widens?: boolean;
}

/** The capitalised word right before `at`, and its space: "New " before "Jersey Gov. ...". */
const wordBefore = /(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{Ll}\p{M}'’-]+\s+$/u;

const titleSet = new Set([...titleWords].filter((w) => /^\p{Lu}/u.test(w)));
const letter = /\p{L}/u;
const capital = /\p{Lu}/u;
const space = /\s/;
const relationWord = new RegExp(String.raw`\b(?:${relations})`);
const apposition = /,\s+(?:the|a|an)\s/;
const roleNounBeforeName = new RegExp(String.raw`\b(?:${roleNouns})\s+\p{Lu}`, "u");

/**
 * Whether a title can stand in the first pattern: a word from a capital after a non-letter
 * to the next space ("Secretary-General" holds "General"). A plain loop: this test runs
 * on every paragraph.
 */
function hasTitleWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII decides at once: only A to Z are capitals
    if (code < 128 ? code < 65 || code > 90 : !capital.test(text[i])) continue;
    if (i > 0 && letter.test(text[i - 1])) continue;
    let end = i + 1;
    while (end < text.length && !space.test(text[end])) end++;
    if (end < text.length && titleSet.has(text.slice(i, end))) return true;
  }
  return false;
}

/** Each a way news English names a person with a role. */
const namingPatterns: NamingPattern[] = [
  {
    // "Foreign Minister Adaeze Okafor", "Supreme Leader of Iran Ayatollah Ali Khamenei"
    pattern: new RegExp(String.raw`(?<![\p{L}])((?:${nameWord}\s+)?(?:(?:${title})\s+)+(?:of\s+(?:the\s+)?\p{Lu}\p{L}+\s+)?${personName})`, "gu"),
    mayMatch: hasTitleWord,
    role: (_m, phrase) => phrase.role,
    widens: true,
  },
  {
    // "Fox News host Sean Hannity", "campaign manager Jane Roe": the words before the role noun, and it, are the role
    pattern: new RegExp(String.raw`(?<![\p{L}])((?:(?:${nameWord}|${roleModifiers})\s+){0,3}(?:${roleNouns})\s+${personName})`, "gu"),
    mayMatch: (text) => roleNounBeforeName.test(text),
    role: (_m, phrase) => phrase.role,
  },
  {
    // "his wife, Maria Vance", "first lady Michelle Obama": the relation is the role
    pattern: new RegExp(String.raw`\b(?:${relations}),?\s+(${personName})`, "gu"),
    mayMatch: (text) => relationWord.test(text),
    role: (m) => new RegExp(String.raw`^(${relations})`).exec(m[0])?.[1] ?? null,
  },
  {
    // "Ilse Vance, the harbour master of Northshire,"
    pattern: new RegExp(String.raw`(?<![\p{L}])(${personName}),\s+((?:the|a|an)\s+[^,.;:"“”]{3,80}?)(?=[,.;:]|\s+(?:said|says|told|who)\b)`, "gu"),
    mayMatch: (text) => apposition.test(text),
    role: (m) => m[2].replace(/^(?:the|a|an)\s+/i, ""),
  },
];

export function textNamings(paragraphs: string[]): Array<Naming & { at: number }> {
  const namings: Array<Naming & { at: number }> = [];
  paragraphs.forEach((text, p) => {
    for (const { pattern, role, mayMatch, widens } of namingPatterns) {
      if (!mayMatch(text)) continue;
      for (const m of text.matchAll(pattern)) {
        const before = widens ? wordBefore.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? "" : "";
        const phrase = splitNamedPhrase(before + m[1]);
        // "In New Jersey Gov. ...": the words that open the sentence are no part of the role
        while (phrase.role && notNames.has(phrase.role.split(" ")[0])) phrase.role = phrase.role.split(" ").slice(1).join(" ") || null;
        if (!phrase.name || !phrase.name.includes(" ") || !phrase.name.split(/\s+/).every((w) => isNameWord(w) || /^\p{Ll}/u.test(w))) continue;
        namings.push({ name: phrase.name, role: role(m, phrase), mention: phrase.name, at: p * 1e6 + m.index! });
      }
    }
  });
  return namings;
}

/** A run of capitalised words, as a full name is written in running text: "Herschel Walker", "Carly Fiorina’s". */
const capitalisedRun = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])${nameWord}(?:\s+(?:(?:${particle})\s+)?${nameWord}){1,3}`, "gu");

/** A full name as running text writes it, and where it stands. */
type WrittenName = Naming & { at: number };

/**
 * "Just ask former NFL star Herschel Walker. ... Walker said": the full names the story
 * writes for people it names by surname alone (`surnames`), where no pattern of a role
 * found them, or found only another of the surname (`named`: "Hillary Clinton" where
 * "former President Bill Clinton" was). Of two with one surname, the one the headline
 * names; where the paragraphs write none, the headline's, read as the text before them
 * ("Fact-Checker David Emery: ...", then "Emery retweeted"). One pass over the text.
 */
export function fullNamesOf(surnames: ReadonlySet<string>, paragraphs: string[], named: ReadonlyMap<string, string[]> = new Map(), headline = ""): WrittenName[] {
  const wanted = new Set([...surnames].filter((last) => !named.has(last) || writesAnotherWith([headline, ...paragraphs], last, named.get(last)!)));
  if (wanted.size === 0) return [];
  const bySurname = namesBySurname(paragraphs, 0, wanted, named);
  const unwritten = new Set([...wanted].filter((last) => !bySurname.has(last)));
  if (unwritten.size > 0) {
    for (const [last, found] of namesBySurname([headline], -1, unwritten, named)) {
      const names = found.map(fromLastGivenName).filter(({ name }) => !auxiliaries.has(name.split(" ")[0]));
      if (names.length > 0) bySurname.set(last, names);
    }
  }
  return [...bySurname.values()].flatMap((found) => oneName(found, headline));
}

/** A name from its last given name on: a headline in capitals writes "Harbour Master Ana Ortiz", whose name is "Ana Ortiz". */
function fromLastGivenName(naming: WrittenName): WrittenName {
  const words = naming.name.split(" ");
  let start = words.length - 2;
  while (start > 0 && !isGivenName(words[start])) start--;
  const name = words.slice(start).join(" ");
  return { ...naming, name, mention: name };
}

/** Verbs that open a question in a headline written in capitals: "Will Sanders Come Down?" names no Will. Data. */
const auxiliaries = new Set(["Will", "Can", "Could", "Would", "Should", "Shall", "Must", "Might", "Did", "Does", "Do", "Has", "Have", "Had", "Is", "Was", "Are", "Were"]);

/** The full names the texts write with each of the `wanted` surnames, but the `named` ones; the texts stand from paragraph `first` on. */
function namesBySurname(texts: string[], first: number, wanted: ReadonlySet<string>, named: ReadonlyMap<string, string[]>): Map<string, WrittenName[]> {
  const bySurname = new Map<string, WrittenName[]>();
  for (const { name, last, at } of writtenNames(texts, first, (_words, last) => wanted.has(last))) {
    const known = named.get(last) ?? [];
    if (known.some((other) => sameName(name, other) || sameName(other, name))) continue;
    listUnder(bySurname, last, { name, role: null, mention: name, at });
  }
  return bySurname;
}

/**
 * "Hillary shot back": the full name the story writes earlier from a given name it then
 * uses alone (`given`, each with where it is first used), where the namings hold none
 * ("Hillary Clinton" in running text only). A name written only after is someone else's:
 * the story names a person in full first. Of two, the one the headline names.
 */
export function fullNamesOpenedBy(given: ReadonlyMap<string, number>, paragraphs: string[], headline: string): WrittenName[] {
  if (given.size === 0) return [];
  const byGivenName = new Map<string, WrittenName[]>();
  for (const { name, last, at } of writtenNames(paragraphs, 0, (words) => words.some((word) => given.has(word)))) {
    const first = name.split(" ")[0];
    if (at < (given.get(first) ?? -1) && !organisationWords.has(last) && !isPlace(last)) listUnder(byGivenName, first, { name, role: null, mention: name, at });
  }
  return [...byGivenName.values()].flatMap((found) => oneName(found, headline));
}

/**
 * Each run of capitalised words in the texts that a given name opens, as a name ("Democrat
 * Hillary Clinton’s" is "Hillary Clinton"): of the runs `looked` at, by their words and surname,
 * with where they stand, the texts being the paragraphs from `first` on.
 */
function* writtenNames(texts: string[], first: number, looked: (words: string[], last: string) => boolean): Generator<{ name: string; last: string; at: number }> {
  for (const [p, text] of texts.entries()) {
    for (const m of text.matchAll(capitalisedRun)) {
      const words = m[0].split(/\s+/);
      const last = words[words.length - 1].replace(/[’']s$/, "");
      if (!looked(words, last)) continue;
      const name = givenNameOn([...words.slice(0, -1), last]);
      if (name) yield { name, last, at: (p + first) * 1e6 + m.index! };
    }
  }
}

/**
 * The names found under one word as one person, or none: two of a surname ("Eric Trump",
 * "Donald Trump") leave open which one the word alone stands for, unless the headline names
 * one of them alone; two spellings of one name ("Sandy Roe" and "Sandra Roe",
 * "Jane Roe" and "Mary Jane Roe") are one person, by the longer.
 */
function oneName(found: WrittenName[], headline: string): WrittenName[] {
  const names = [...new Set(found.map((n) => n.name))];
  const longest = names.reduce((a, b) => (b.split(" ").length > a.split(" ").length || (b.length > a.length && b.split(" ").length === a.split(" ").length) ? b : a));
  if (names.every((name) => sameName(name, longest))) return found.map((n) => ({ ...n, name: longest, mention: n.name }));
  const inHeadline = names.filter((name) => hasWord(headline, name));
  return inHeadline.length === 1 ? found.filter((n) => n.name === inHeadline[0]) : [];
}

/** A capitalised word, an initial or a particle, and the space after it: what a run of a name's words ends with before its surname. */
const afterNameWord = new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|${particle})\s+$`, "u");

/**
 * Whether the text may write a full name with `surname` beside the `known` ones: somewhere a
 * capitalised word stands before it that no known name ends with there. A cheap look before
 * the scan of the whole text, which a story whose people the patterns found need not make.
 */
function writesAnotherWith(paragraphs: string[], surname: string, known: string[]): boolean {
  for (const text of paragraphs) {
    for (let i = text.indexOf(surname); i !== -1; i = text.indexOf(surname, i + 1)) {
      const before = text.slice(Math.max(0, i - 80), i);
      if (!afterNameWord.test(before)) continue;
      const written = before + surname;
      if (!known.some((name) => written.endsWith(name) && !letter.test(written[written.length - name.length - 1] ?? ""))) return true;
    }
  }
  return false;
}

/**
 * The name in a run of capitalised words that ends with a surname: from the first given
 * name whose words after it are all name words ("Democrat Hillary Clinton", "McCain
 * challenger Kelli Ward", "Norbert Leo Butz"); null with no given name before the surname.
 */
function givenNameOn(words: string[]): string | null {
  let start = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i];
    if (!isNameWord(word) && !nameParticles.has(word)) break;
    // a place's name between two given names is a middle name: "Deborah Jordan Reynolds"
    const middleName = isGivenName(word) && i > 0 && isGivenName(words[i - 1]);
    if (titleWords.has(word) || honorifics.has(word) || organisationWords.has(word) || (isPlace(word) && !middleName) || /(?:[’']s|s[’'])$/.test(word)) break;
    if (isGivenName(word)) start = i;
  }
  return start < 0 ? null : words.slice(start).join(" ");
}

/** Whether `short` is a spelling of `long`: the same, its last words ("Jane Roe" of "Mary Jane Roe"), or its first name's short form ("Sandy Roe" of "Sandra Roe"). */
function sameName(short: string, long: string): boolean {
  if (short === long || long.endsWith(` ${short}`)) return true;
  const [first, ...rest] = short.split(" ");
  const [longFirst, ...longRest] = long.split(" ");
  return rest.join(" ") === longRest.join(" ") && (shortForms.get(longFirst.toLowerCase()) ?? []).includes(first.toLowerCase());
}
