// Where a subject starts and ends in the text before a cue: past adverbs, appositives,
// opening phrases and datelines.
import { courtesyTitles, isGivenName, isNameWord, notNames, organisationWords, pronouns, titleWords } from "../names.js";
import { isPlace, isStateAbbreviation } from "../places.js";
import { determiners, isNamed, isPersonal, openingCapital, parenthetical, roleWord, speechNouns, affiliationAt } from "./phrases.js";

const functionWord = /^(?:the|a|an|of|to|in|on|at|for|with|by|from|following|and|or|but|that|this)$/i;

/** The subject a sentence opens with, when a verb follows it: a pronoun or a name with its role. */
export function leadingSubject(sentence: string): string | null {
  // a dateline ("WASHINGTON — ") and a lead-in ending in a colon are not the sentence's subject
  const plain = townsWithStates(sentence.replace(parenthetical, "").replace(/^\s*\p{Lu}[\p{Lu}\s,.]*(?:,\s*\p{Lu}[\p{L}.]*)?\s[—–-]+\s/u, "").replace(/^[^"“”]*:\s+(?=\p{Lu})/u, ""));
  let words = plain.replace(/^\s*(?:(?:But|And|So|Yet|Then|Now|Still|Also)\s+(?:then\s+)?)?/, "").split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  if (pronouns.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[1])) return words[0];
  // an opening phrase before the subject: "Soon after the debate, Trump said ..."
  for (let round = 0; round < 2; round++) {
    const opener = words.findIndex((w) => w.endsWith(","));
    const first = (words[0] ?? "").replace(/,$/, "");
    if (opener !== -1 && opener < openerWords && (notNames.has(first) || /^[\p{Ll}\d]/u.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first) || openingWord.test(first))) words = words.slice(opener + 1);
  }
  if (words.length < 2) return null;
  if (pronouns.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[1])) return words[0];
  let end = /^the$/i.test(words[0]) && isNameWord(words[1] ?? "") ? 1 : /^an?$/i.test(words[0]) && roleWord((words[1] ?? "").toLowerCase()) ? 1 : 0;
  while (end < words.length && end < 8 && partOfNamedSubject(words, end) && !adverbialThen(words, end)) end++;
  // an appositive between the subject and its verb: "Jane Roe, a columnist, calls ..."
  if (/,$/.test(words[end] ?? "") && isNameWord(words[end].slice(0, -1))) {
    // the appositive ends at the comma a verb follows: "Jane Roe, a columnist at the Post, one of its founders, calls ..."
    const closes = words.map((w, i) => (i > end && w.endsWith(",") ? i : -1)).filter((i) => i !== -1);
    const close = closes.find((i) => /^\p{Ll}+$/u.test(words[i + 1] ?? "") && !determiners.test(words[i + 1]) && !/^(?:who|whom|which|whose|and|or|but|of|in|at|for|to|with|from|by|on)$/.test(words[i + 1])) ?? closes[0] ?? -1;
    words.splice(end + 1, close === -1 ? 0 : close - end);
    words[end] = words[end].slice(0, -1);
    end++;
  }
  // an aside between dashes: "John Podesta — Bill Clinton's former chief of staff — offered ..."
  const closing = dash.test(words[end] ?? "") ? words.slice(end + 1, end + 1 + asideWords).findIndex((word) => dash.test(word)) : -1;
  if (end > 0 && closing !== -1) words.splice(end, closing + 2);
  const apposed = apposedName(words, end);
  if (apposed) return apposed;
  const verb = words[afterAdverbs(words, end)]?.replace(/[,:.]$/, "");
  if (end === 0 || !verb || !/^\p{Ll}+(?:[’']\p{Ll}+)?$/u.test(verb) || determiners.test(verb) || /^(?:of|and|or|for|to|in|on|at|with|from|by)$/.test(verb)) return null;
  const subject = words.slice(0, end).join(" ");
  return isNamed(subject) || namedOrganisation.test(subject) ? subject : null;
}

/** A word in lower case that can follow a subject as its verb. */
function isVerb(word: string | undefined): boolean {
  const verb = word?.replace(/[,:.]$/, "");
  return !!verb && /^\p{Ll}+(?:[’']\p{Ll}+)?$/u.test(verb) && !determiners.test(verb) && !/^(?:of|and|or|for|to|in|on|at|with|from|by|who|whom|which|whose)$/.test(verb);
}

/**
 * "Roe's state director, Jane Doe, reached out ...": a description that ends in a role word
 * and a comma, then the name in apposition, then the verb; the name is the subject.
 */
function apposedName(words: string[], end: number): string | null {
  const role = words[end] ?? "";
  if (end === 0 || !role.endsWith(",") || !roleWord(role.slice(0, -1).toLowerCase())) return null;
  let close = end + 1;
  // "Clinton's chief rival, Sen. Bernie Sanders of Vermont, was": the name may carry its place
  const nameOrPlace = (i: number) => isNameWord(words[i]) || (words[i] === "of" && i > end + 1 && isNameWord((words[i + 1] ?? "").replace(/,$/, "")));
  while (close < words.length && close <= end + 6 && !words[close].endsWith(",") && nameOrPlace(close)) close++;
  const last = words[close] ?? "";
  if (!last.endsWith(",") || !isNameWord(last.slice(0, -1)) || !isVerb(words[afterAdverbs(words, close + 1)])) return null;
  return `${words.slice(0, end + 1).join(" ")} ${words.slice(end + 1, close + 1).join(" ").slice(0, -1)}`;
}

/** "the Roe campaign", as "Roe's campaign" is read: an organisation that speaks under a name. */
export const namedOrganisation = /^[Tt]he\s+(?:\p{Lu}\S*\s+){1,3}(?:campaign|camp|team|administration)$/u;

/** A dash written apart, as an aside opens and closes. */
const dash = /^(?:—|–|--)$/;
/** How many words an aside between dashes may have. */
const asideWords = 16;

/** How many words an opening phrase before the subject may have: "When told Roe was in the running for an even bigger job in a new White House, Doe ..." */
const openerWords = 30;

/** Capitalised words that open a phrase before the subject, not a name: "Fifteen minutes after the vote, Roe ...", "Moreover, Roe ...". */
const openingWord = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Hundreds|Thousands|Millions|Dozens|Moreover|Furthermore|Additionally|Likewise|Similarly|Conversely|Notably|Specifically|Separately|Early|Late)$/;

/** "Trump then appears", "Reeves late Thursday issued": adverbs, not as in "then Sen. Kerry" or "the late senator". */
function adverbialThen(words: string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  return (words[i] === "then" && /^\p{Ll}/u.test(next)) || (/^(?:late|early)$/.test(words[i]) && /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|morning|evening|afternoon),?$/.test(next));
}

const adverb = /^(?:then|also|later|earlier|again|still|now|first|finally|once|initially|repeatedly|recently|previously|reportedly|quickly|publicly|privately|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)$/;

/** Past the adverbs and times between a subject and its verb: "Sanders on Saturday criticized", "Trump then appears". */
function afterAdverbs(words: string[], at: number): number {
  let i = at;
  for (;;) {
    if (adverb.test(words[i] ?? "")) i++;
    else if (/^(?:on|last|this|late|early)$/.test(words[i] ?? "") && /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|morning|evening),?$/.test(words[i + 1] ?? "")) i += 2;
    else if (/^(?:night|morning|evening|afternoon),?$/.test(words[i] ?? "") && i > at) i++;
    else return i;
  }
}

/** Adverbs and times between a subject and its cue: "Priebus later Thursday told". */
const tailAdverbs = "later earlier also then again previously recently once repeatedly often first further only even just simply flatly bluntly publicly privately initially separately angrily quickly forcefully firmly sharply strongly quietly loudly emphatically directly openly frankly candidly tersely confidently gently reportedly immediately subsequently eventually finally ultimately personally".split(" ");
const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const adverbTail = new RegExp(String.raw`(?:\s+(?:${tailAdverbs.join("|")}|(?:on\s+)?(?:${weekdays.join("|")})|last\s+\p{L}+|this\s+\p{L}+))+$`, "u");

/** How far back from its end a text may hold adverbs before a cue. */
const adverbReach = 300;

/** The words adverbTail's last adverb may end with, and the words before a last word that make it one ("last week"). */
const adverbEnds = new Set([...tailAdverbs, ...weekdays]);
const adverbOpeners = new Set(["last", "this"]);

/** The run of letters that ends at `end` starts here (a surrogate counts as a letter, so the run is never too short). */
function lettersBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[\p{L}\uD800-\uDFFF]/u.test(text[i - 1])) i--;
  return i;
}

/** Whether the text may end with an adverb: its last word is one, or follows "last" or "this". adverbTail, tried from every offset, is paid for only then. */
function mayEndWithAdverb(text: string): boolean {
  const start = lettersBefore(text, text.length);
  if (start === text.length || start === 0 || !/\s/.test(text[start - 1])) return false;
  if (adverbEnds.has(text.slice(start))) return true;
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const opener = lettersBefore(text, end);
  return adverbOpeners.has(text.slice(opener, end)) && opener > 0 && /\s/.test(text[opener - 1]);
}

/** The text without adverbTail, tried on its end alone: a pattern anchored only at the end is tried from every offset. */
function withoutAdverbs(text: string): string {
  if (!mayEndWithAdverb(text)) return text;
  const cut = Math.max(0, text.length - adverbReach);
  const m = adverbTail.exec(text.slice(cut));
  return m ? text.slice(0, cut + m.index) : text;
}

/** "a salesman from Sumter, South Carolina,": the comma between a town and its state ends no appositive. */
const placeThenState = /\b((?:of|from|in)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=,|\s*$)/gu;

/**
 * The text with each town and its state joined, without the comma: not a place and then the
 * subject ("in Philadelphia, Canova wrote", "in Harlem, Hillary Clinton said"), which is one
 * word that is no place nor a state written short ("Ala."), or opens with a given name.
 */
function townsWithStates(text: string): string {
  return text.replace(placeThenState, (whole, town: string, state: string) => {
    const words = state.split(/\s+/);
    const stateLike = isPlace(state) || isStateAbbreviation(state) || (words.length > 1 && (placeOpeners.has(words[0]) || !isGivenName(words[0])));
    return stateLike ? `${town} ${state}` : whole;
  });
}

/** Words that open places' names, some of them given names too ("North Haven", "West Falls"). Data. */
const placeOpeners = new Set(["North", "South", "East", "West", "New", "Upper", "Lower", "Central", "Port", "Fort", "Mount", "Lake", "San", "Santa", "Saint"]);

/**
 * "Roe's brief said", "Roe’ fundraising email to her supporters notes": what a person wrote
 * speaks for the person, the one it went to aside. Read on the last `possessedReach` characters.
 */
const possessedSpeech = new RegExp(String.raw`(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+(?:[\p{L}-]+\s+){0,2}(?:${speechNouns.join("|")})(?:\s+(?:to|for|on|with)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?$`, "u");
/** "an email sent out by Roe on Tuesday night warned", "a letter signed by Roe said": the words of the one who sent them. */
const speechBy = new RegExp(String.raw`(?:^|\s)(?:${speechNouns.join("|")})\s+(?:\p{Ll}+\s+(?:out\s+)?)?by\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s+(?:on|last|this|in|at|during|early|late)\s+[^,;:"“”]{0,40})?$`, "u");
const possessedReach = 200;

/** The person whose words, written or spoken, end the text before a cue. */
export function speechOwnerEndingAt(before: string): string | null {
  const tail = withoutAdverbs(before.trimEnd()).slice(-possessedReach);
  // each pattern, anchored only at the end, is tried from every offset: only where the tail has its apostrophe or its "by"
  const possessed = /['’]/.test(tail) ? possessedSpeech.exec(tail)?.[1] : undefined;
  const owner = (possessed ?? (/\sby\s/.test(tail) ? speechBy.exec(tail)?.[1] : undefined))?.replace(openingCapital, "");
  return owner && isNamed(owner) && isPersonal(owner) ? owner : null;
}

/** The subject that ends right before a cue: a pronoun, a name with the words of its role, or a description. */
export function subjectEndingAt(before: string): string | null {
  const unadorned = withoutAdverbs(before.trimEnd());
  // what ends in a quotation mark is a quotation, not who speaks; "Roe's proposed credit": a possessive before a participle owns it, it does not speak
  if (/["“”]$/.test(unadorned) || /\p{L}['’]s?$/u.test(unadorned) && /['’]s$|s['’]$/u.test(unadorned)) return null;
  const trimmed = townsWithStates(unadorned);
  // "A former candidate -- John McCain, who lost in 2008 --": the name between the dashes
  const dashed = /(?:--|—|–)\s*([^—–]+?)\s*(?:--|—|–)$/.exec(trimmed);
  if (dashed) {
    const name = dashed[1].split(",")[0].trim();
    // "Jason Sims — a teacher from Mount Pleasant — says": an aside that opens in lower case describes the name before it (one aside back, no more)
    const head = trimmed.slice(0, dashed.index);
    const described = /^\p{Ll}/u.test(name) && !/--|—|–/.test(head) ? subjectEndingAt(head) : null;
    if (described && isNamed(described)) return described;
    return isNamed(name) ? name : null;
  }
  if (trimmed.endsWith(",")) return appositiveSubject(trimmed.slice(0, -1));
  const words = trimmed.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  // "dismissed those reports as": after a word that only goes before a noun, the cue is that noun
  if (!last || /[,;:]$/.test(last) || /^(?:the|a|an|his|her|their|its|our|those|these)$/i.test(last)) return null;
  if (pronouns.has(last.toLowerCase())) return last;
  let start = words.length;
  while (start > 0 && partOfNamedSubject(words, start - 1)) start--;
  while (start < words.length && words[start] === "of") start++;
  if (start > 0 && start < words.length && words[start - 1].endsWith(",") && roleWord(words[start].toLowerCase())) {
    // "... around Sen. Jane Roe, former Ambassador John Doe told": a role that ends in a full name is that person, no appositive
    const tail = words.slice(start);
    // ("president and CEO of Washington Restaurant Association" ends in an organisation's name, not a person's)
    const fullName = tail.length >= 3 && tail.slice(-2).every((w) => isNameWord(w) && !titleWords.has(w) && !courtesyTitles.has(w)) && !organisationWords.has(tail[tail.length - 1]);
    const lead = words.slice(0, start).join(" ").slice(0, -1);
    const name = subjectEndingAt(lead);
    // "In Washington, President Obama said": a name after a preposition is where, and the subject follows the comma
    const placed = name !== null && /(?:^|\s)(?:in|at|from|on|for|with|to|of|by|near|outside|inside|across)$/i.test(lead.slice(0, lead.length - name.length).trimEnd());
    if (placed || (fullName && name && name.includes(" "))) return tail.join(" ");
    if (name && isNamed(name)) return `${name}, ${tail.join(" ")}`;
  }
  if (start < words.length && isNameWord(last.replace(/[.,]$/, ""))) {
    if (start > 0 && determiners.test(words[start - 1])) start--;
    // "Sam Lau, the director for the Iowa Democratic Party said": the name is the object of a preposition; the subject is before the comma
    if (start > 0 && /^(?:for|of|at|with|from|in|by|on)$/.test(words[start - 1]) && trimmed.includes(",")) {
      const apposed = appositiveSubject(trimmed);
      if (apposed) return apposed;
    }
    return words.slice(start).join(" ");
  }
  // "told a young woman who suggested": the cue of a relative clause has no subject of its own
  if (/^(?:who|which|that|whom)$/.test(last)) return null;
  // "Robert Antonacci of the New York delegation said": the name before the body its bearer belongs to
  const affiliation = affiliationAt(words);
  if (affiliation > 0) {
    const name = subjectEndingAt(words.slice(0, affiliation).join(" "));
    if (name && isNamed(name)) return name;
  }
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    if (/[,;:.]$/.test(words[i]) && i !== words.length - 1) break;
    if (determiners.test(words[i]) && i < words.length - 1 && !functionWord.test(last)) return words.slice(i).join(" ");
  }
  return null;
}

function partOfNamedSubject(words: string[], i: number): boolean {
  const w = words[i];
  if (isNameWord(w) || courtesyTitles.has(w) || titleWords.has(w) || roleWord(w.toLowerCase())) return true;
  const next = words[i + 1] ?? "";
  if (w === "of") return i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || roleWord(words[i - 1].toLowerCase())) && (/^\p{Lu}/u.test(next) || roleWord(next.toLowerCase()) || (next === "the" && /^\p{Lu}/u.test(words[i + 2] ?? "")));
  // "A spokesman for Northshire Harbour", "Attorneys for Roe": a role held for a name
  if (w === "for") return i > 0 && roleWord(words[i - 1].toLowerCase().replace(/s$/, "")) && isNameWord(next);
  // "Archbishop Aris Shirvanian of the Armenian Patriarchate"
  if (w === "the") return i > 0 && words[i - 1] === "of" && /^\p{Lu}/u.test(next);
  // "Phil Berger and Tim Moore", "president and CEO of ..."
  return w === "and" && i > 0 && (/^\p{Lu}/u.test(words[i - 1]) && /^\p{Lu}/u.test(next) || roleWord(words[i - 1].toLowerCase()) && (roleWord(next.toLowerCase()) || titleWords.has(next)));
}

const openingPhrase = /^(?:after|before|in|on|at|during|when|while|with|for|from|as|since|following|despite|speaking|asked|unlike)\b/i;

/**
 * "Jane Roe, a spokeswoman for the campaign," before a cue: the name before the
 * appositive, with it as role. Commas inside the appositive are passed over: a
 * part that starts in lower case belongs to it.
 */
const insideAppositive = /^(?:(?:the|a|an|his|her|their|its|who|which|whose)\b|\p{Ll}+\s+(?:of|for|at|to|with|in|on)\b)/u;

export function appositiveSubject(before: string): string | null {
  const parts = before.split(",");
  // "After winning Ohio in the primary, Gov. John Kasich (R-OH), said": an opening phrase, then the name
  const last = parts[parts.length - 1].replace(parenthetical, "").trim();
  // "In discussing the plan with Gov. Roe, former Ambassador Jane Doe told": a role in lower case may open the name too
  if (parts.length > 1 && openingPhrase.test(parts[parts.length - 2].trim()) && isNamed(last) && (isPersonal(last) || (roleWord(last.split(/\s+/)[0]) && /\p{Lu}\S*\s+\p{Lu}\S*$/u.test(last)))) return last;
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = parts[i - 1].trim();
    if (part === "") continue;
    // "a contestant on Trump's show, "The Apprentice," who ...": a title in quotation marks is part of the appositive
    if (i > 1 && /^(?:“|"(?=\S))/.test(part)) continue;
    if (i > 1 && insideAppositive.test(part)) {
      // "In a statement, her senior adviser, Jake Sullivan," : the description, then the name
      const apposed = parts.slice(i).join(",").trim();
      if (/^(?:his|her|their|its|the|a|an)\b/.test(part) && isNamed(apposed) && isPersonal(apposed)) return `${apposed}, ${part}`;
      continue;
    }
    const name = subjectEndingAt(parts.slice(0, i).join(","));
    const role = parts.slice(i).join(",").trim();
    // "Carson's business manager, Armstrong Williams," names the person after the description
    if (!name || !isNamed(name)) return isNamed(role) && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(part) ? `${part}, ${role}` : name;
    return pronouns.has(name.toLowerCase()) || /^(?:who|which|whose)\b/.test(role) ? name : `${name}, ${role}`;
  }
  return null;
}

