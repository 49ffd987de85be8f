// The people index: everyone who speaks across the archive, one entry (one id, one
// page) per person however the articles name them, with every quote they gave, the
// other names they were quoted as, and their roles with the dates given. Organisations
// that speak are entries too, of their own kind; places, groups and phrases are none.
import type { ArticleEntry, EntryQuote } from "../types.js";
import { compareCodePoints } from "../order.js";
import { countSpelling, listed, nameKey, preferredSpelling, withoutMojibake } from "./keys.js";
import { shortForms } from "../parse/names.js";
import { isGivenName } from "../parse/names.js";
import { isPlaceName, speakerOf, type SpeakerKind } from "./speakers.js";

export interface QuoteRef {
  quote: EntryQuote;
  article: ArticleEntry;
}

export interface RoleEntry {
  role: string;
  /** The first and last dates of the articles that gave it; null where they are undated. */
  first: string | null;
  last: string | null;
}

export interface PersonEntry {
  key: string;
  /** The person's id: the slug of their page. */
  slug: string;
  url: string;
  name: string;
  kind: SpeakerKind;
  /** The other names their quotes give them, most used first. */
  aliases: string[];
  /** Most given first. */
  roles: RoleEntry[];
  /** Newest article first, in article order within one. */
  quotes: QuoteRef[];
  articles: number;
  /** For a surname alone: the people of that surname its quotes could not be told apart from (two Clintons). */
  namesakes: Namesake[];
}

export type Namesake = Pick<PersonEntry, "name" | "slug" | "url">;

export interface PeopleIndex {
  /** People most quoted first, then organisations. */
  people: PersonEntry[];
  /** The entry of each quote that has one. */
  personOf: Map<EntryQuote, PersonEntry>;
}

interface Ref extends QuoteRef {
  kind: SpeakerKind;
  /** The name as the quote gives it, less what the sentence put before it. */
  name: string;
  key: string;
}

export function indexPeople(articles: ArticleEntry[]): PeopleIndex {
  const refs = speakerRefs(articles);
  // full names that only the articles' text gives, for people quoted by surname alone
  const spellings = new Map<string, string>();
  const identity = identities(refs, spellings);
  const groups = new Map<string, Ref[]>();
  for (const ref of refs) {
    const key = identity(ref);
    // "Washington said", with no Washington of a full name in the archive: the place, which is nobody
    if (key === ref.key && ref.kind === "person" && isPlaceName(ref.name)) continue;
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  }
  const entries = [...groups].map(([key, group]) => personEntry(key, group, spellings.get(key)));
  const people = withNamesakes(listed(entries, peopleFirst, "/people/").map((e) => ({ ...e, namesakes: [] })));
  const personOf = new Map<EntryQuote, PersonEntry>();
  for (const person of people) for (const { quote } of person.quotes) personOf.set(quote, person);
  return { people, personOf };
}

/** People before organisations, each most quoted first, then by name. */
function peopleFirst(a: Omit<PersonEntry, "slug" | "url" | "namesakes">, b: Omit<PersonEntry, "slug" | "url" | "namesakes">): number {
  return (a.kind === b.kind ? 0 : a.kind === "person" ? -1 : 1) || b.quotes.length - a.quotes.length || compareCodePoints(a.name, b.name) || compareCodePoints(a.key, b.key);
}

/** A surname's page names the people of that surname whom its quotes could not be told apart from. */
function withNamesakes(people: PersonEntry[]): PersonEntry[] {
  const bySurname = new Map<string, Namesake[]>();
  for (const person of people) {
    if (person.kind !== "person" || !person.key.includes(" ")) continue;
    const surname = `person:${person.key.split(" ").at(-1)}`;
    (bySurname.get(surname) ?? bySurname.set(surname, []).get(surname)!).push({ name: person.name, slug: person.slug, url: person.url });
  }
  for (const person of people) if (person.kind === "person" && !person.key.includes(" ")) person.namesakes = bySurname.get(person.key) ?? [];
  return people;
}

function speakerRefs(articles: ArticleEntry[]): Ref[] {
  const refs: Ref[] = [];
  // an archive gives the same speakers again and again: each is read once
  const speakers = new Map<string, Pick<Ref, "kind" | "name" | "key"> | null>();
  const speakerKey = (given: string) => {
    let found = speakers.get(given);
    if (found === undefined) {
      const speaker = speakerOf(given);
      const key = speaker ? nameKey(speaker.name) : "";
      found = speaker && key ? { kind: speaker.kind, name: speaker.name, key: `${speaker.kind}:${key}` } : null;
      speakers.set(given, found);
    }
    return found;
  };
  for (const article of articles) {
    for (const quote of article.quotes) {
      const speaker = quote.speaker ? speakerKey(quote.speaker) : null;
      if (speaker) refs.push({ quote, article, ...speaker });
    }
  }
  return refs;
}

function personEntry(key: string, group: Ref[], named: string | undefined): Omit<PersonEntry, "slug" | "url" | "namesakes"> {
  const spellings = new Map<string, number>();
  const whole = group.filter((r) => r.name.includes(" ") || r.key === key);
  for (const ref of whole.length > 0 ? whole : group) countSpelling(spellings, ref.name);
  const name = whole.length === 0 && named ? named : preferredSpelling(spellings);
  const aliases = new Map<string, number>();
  // "FranÃ§ois Hollande" is no other name of François Hollande, only his name garbled
  for (const ref of group) if (ref.name !== name && withoutMojibake(ref.name) !== name.normalize("NFC")) countSpelling(aliases, ref.name);
  return {
    key,
    name,
    kind: group[0].kind,
    aliases: [...aliases].sort(([a, x], [b, y]) => y - x || compareCodePoints(a, b)).map(([alias]) => alias),
    roles: roleEntries(group),
    quotes: group.map(({ quote, article }) => ({ quote, article })),
    articles: new Set(group.map((r) => r.article.id)).size,
  };
}

function roleEntries(group: Ref[]): RoleEntry[] {
  const roles = new Map<string, { count: number; dates: string[] }>();
  for (const { quote, article } of group) {
    if (!quote.role) continue;
    const role = roles.get(quote.role) ?? roles.set(quote.role, { count: 0, dates: [] }).get(quote.role)!;
    role.count++;
    if (article.date) role.dates.push(article.date);
  }
  return [...roles]
    .sort(([a, x], [b, y]) => y.count - x.count || compareCodePoints(a, b))
    .map(([role, { dates }]) => {
      const sorted = dates.sort(compareCodePoints);
      return { role, first: sorted[0] ?? null, last: sorted.at(-1) ?? null };
    });
}

/**
 * Who each quote's speaker is, as a group key. A person named in full is their name; a
 * surname alone joins the one full name across the archive that ends with it, or where
 * there are several, the one the archive makes likely: quoted in articles close in time
 * and topic to this one, or else far more quoted. When the archive cannot tell (two
 * Clintons, alike), the surname stays a page of its own.
 */
function identities(refs: Ref[], spellings: Map<string, string>): (ref: Ref) => string {
  const whole = middleNames(refs);
  const bySurname = new Map<string, Map<string, Candidate>>();
  for (const ref of refs) {
    const key = whole(ref.key);
    const words = key.split(" ");
    if (ref.kind !== "person" || words.length < 2) continue;
    const surname = `person:${words[words.length - 1]}`;
    const candidates = bySurname.get(surname) ?? bySurname.set(surname, new Map()).get(surname)!;
    const candidate = candidates.get(key) ?? candidates.set(key, { key, quotes: 0, contexts: new Map() }).get(key)!;
    candidate.quotes++;
    for (const context of contextsOf(ref.article)) candidate.contexts.set(context, (candidate.contexts.get(context) ?? 0) + 1);
  }
  const chosen = new Map<string, string>();
  return (ref) => {
    if (ref.kind !== "person" || ref.key.includes(" ")) return whole(ref.key);
    const memo = `${ref.article.id}\0${ref.key}`;
    const known = chosen.get(memo);
    if (known) return known;
    const candidates = bySurname.get(ref.key);
    // the article's own full name for them first, whoever else of that surname the archive quotes
    const named = namedInFull(ref, spellings);
    const key = (named && whole(named)) ?? (candidates ? likelyPerson([...candidates.values()], ref.article) : null) ?? ref.key;
    chosen.set(memo, key);
    return key;
  };
}

/**
 * A first and last name alone ("Owen Dempsey") is the one name with a middle name
 * between them ("Owen John Dempsey"), where there is exactly one such; a first name's
 * short form ("Ben Cardin") the one name with its long form ("Benjamin Cardin", or
 * "Benjamin L. Cardin"), and a surname of two words ("Eskelsen García") the one name
 * that ends with them, where there is exactly one such.
 */
function middleNames(refs: Ref[]): (key: string) => string {
  const longer = new Map<string, Set<string>>();
  const add = (short: string, key: string) => (longer.get(short) ?? longer.set(short, new Set()).get(short)!).add(key);
  for (const key of new Set(refs.filter((ref) => ref.kind === "person").map((ref) => ref.key))) {
    const words = key.split(" ");
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (words.length >= 3) add(`${words[0]} ${last}`, key);
    // keys are "person:<name>": the first name follows the kind
    const [kindOf, first] = words[0].split(":");
    // "Eskelsen García" of "Lily Eskelsen García": a surname of two words, the first no given name
    const secondLast = words[words.length - 2];
    if (words.length >= 3 && !isGivenName(secondLast.replace(/^\p{L}/u, (c) => c.toUpperCase()))) add(`${kindOf}:${secondLast} ${last}`, key);
    for (const short of shortForms.get(first) ?? []) {
      add([`${kindOf}:${short}`, ...words.slice(1)].join(" "), key);
      if (words.length >= 3) add(`${kindOf}:${short} ${last}`, key);
    }
  }
  return (key) => {
    const names = longer.get(key);
    return names?.size === 1 ? [...names][0] : key;
  };
}


/** A full name that a surname alone may stand for: how often it is quoted, and in which contexts. */
interface Candidate {
  key: string;
  quotes: number;
  /** Quotes by topic and time (see contextsOf). */
  contexts: Map<string, number>;
}

/** How much more likely one candidate must be than the next. */
const clearLead = 4;
/** Days in one period of time: articles in the same or a neighbouring period are close. */
const periodDays = 30;

function likelyPerson(candidates: Candidate[], article: ArticleEntry): string | null {
  if (candidates.length === 1) return candidates[0].key;
  // the article's own full name for them in its headline (the people its story names are namedInFull's)
  const headline = ` ${nameKey(article.headline)} `;
  const inArticle = candidates.filter((c) => spellingsOf(c.key).some((name) => headline.includes(` ${name} `)));
  if (inArticle.length === 1) return inArticle[0].key;
  const near = nearContexts(article);
  return leader(candidates.map((c) => [c.key, near.reduce((sum, context) => sum + (c.contexts.get(context) ?? 0), 0)])) ?? leader(candidates.map((c) => [c.key, c.quotes]));
}

/**
 * The one full name of that surname that the article itself gives (named, not quoted
 * under it: "Fox News host Sean Hannity" above "Hannity said"), as a person's key.
 */
function namedInFull(ref: Ref, spellings: Map<string, string>): string | null {
  const surname = ref.key.slice("person:".length);
  const full = new Map<string, string>();
  for (const name of ref.article.named ?? []) {
    const speaker = speakerOf(name);
    const key = speaker?.kind === "person" ? nameKey(speaker.name) : "";
    if (key.includes(" ") && key.endsWith(` ${surname}`)) full.set(`person:${key}`, speaker!.name);
  }
  if (full.size !== 1) return null;
  const [[key, spelling]] = full;
  if (!spellings.has(key)) spellings.set(key, spelling);
  return key;
}

/** A full name's key as an article may write it: whole, or without its middle names. */
function spellingsOf(key: string): string[] {
  const words = key.slice("person:".length).split(" ");
  return words.length > 2 ? [words.join(" "), `${words[0]} ${words[words.length - 1]}`] : [words.join(" ")];
}

/** The candidate whose score leads all others clearly, if one does. */
function leader(scores: Array<[string, number]>): string | null {
  const sorted = [...scores].sort(([a, x], [b, y]) => y - x || compareCodePoints(a, b));
  const [first, second] = sorted;
  return first[1] > 0 && first[1] >= clearLead * second[1] ? first[0] : null;
}

/** An article's topics in its period of time. */
function contextsOf(article: ArticleEntry): string[] {
  const period = periodOf(article);
  return period === null ? [] : article.topics.map((t) => `${t.name}\0${period}`);
}

/** Its topics in its own period and the periods either side: the contexts close to it. */
function nearContexts(article: ArticleEntry): string[] {
  const period = periodOf(article);
  if (period === null) return [];
  return article.topics.flatMap((t) => [period - 1, period, period + 1].map((p) => `${t.name}\0${p}`));
}

function periodOf(article: ArticleEntry): number | null {
  if (!article.date) return null;
  return Math.floor(Date.parse(article.date.length === 7 ? `${article.date}-01` : article.date) / 86_400_000 / periodDays);
}
