// Name patterns: what a person's name, a title and a role look like in news English.
// Data, not logic, lives in the word lists; the functions split a phrase into them.
import { createRequire } from "node:module";

/** Titles that are part of how a person is named ("Ayatollah Ali Khamenei"). */
export const honorifics = new Set([
  "Ayatollah", "Sheikh", "Sheik", "Pope", "Rabbi", "Imam", "Cardinal", "Archbishop", "Bishop", "Patriarch",
  "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Crown",
]);

/** Courtesy titles: kept in the mention, dropped from the name. */
export const courtesyTitles = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Messrs."]);

/** Words of job titles written before a name ("Foreign Minister Maria Gabriel"). */
export const titleWords = new Set([
  "President", "Vice", "Prime", "Minister", "Deputy", "Foreign", "Defence", "Defense", "Finance", "Interior", "Justice",
  "Health", "Economy", "Energy", "Education", "Culture", "Agriculture", "Labour", "Labor", "Trade", "Transport",
  "Secretary", "General", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor",
  "Lt.", "Lieutenant", "Mayor", "Chancellor", "Gen.", "Admiral", "Adm.", "Col.", "Colonel", "Major", "Maj.", "Capt.", "Captain",
  "Sgt.", "Sergeant", "Commander", "Chief", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador",
  "Commissioner", "Chairman", "Chairwoman", "Chair", "CEO", "Leader", "Speaker", "Judge", "Attorney", "Candidate",
  "Nominee", "Former", "Supreme", "State", "Executive", "Officer", "Coach", "Manager", "Professor", "Councillor",
  "Councilman", "Councilwoman", "Detective", "Officer", "Inspector", "Superintendent", "Sheriff", "Chief", "Founder",
  "Democratic", "Republican", "Independent", "Presidential", "Vice-President", "Premier", "Chairperson", "Head",
  "Assistant", "Associate", "Principal", "Undersecretary", "Envoy", "Delegate", "MP", "MEP", "Rev.", "Reverend",
  "Sen", "Rep", "Gov", "Gen", "House", "Senate", "Majority", "Minority", "Whip", "Campaign", "Press",
  "Host", "Anchor", "Moderator", "Reporter", "Correspondent", "Counsel",
  "Administrator", "Alderman", "Alderwoman", "Advocate", "Treasurer", "Recorder", "Clerk", "Auditor", "Comptroller",
  "Controller", "Assessor", "Editor", "Editor-in-Chief", "Publisher", "Secretary-Treasurer", "Prosecutor", "Magistrate",
]);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const notNames = new Set([
  "The", "A", "An", "But", "And", "Or", "Nor", "In", "On", "At", "By", "For", "From", "To", "Of", "With", "As", "If",
  "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That",
  "These", "Those", "Then", "When", "While", "Where", "Why", "How", "What", "Who", "So", "Yet", "Also", "Still",
  "Asked", "Later", "Earlier", "Meanwhile", "However", "After", "Before", "Since", "Although", "Though", "Because",
  "Speaking", "Writing", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
  "Yesterday", "Tomorrow", "Last", "Next", "Now", "Here", "There", "Some", "Many", "Most", "All", "Both", "Each",
  "Every", "No", "Not", "Only", "Even", "Just", "Instead", "Indeed", "Thus", "Therefore", "Finally", "First",
  "Second", "Third", "According", "Reporting", "Additional", "Editing", "Photo", "Image", "Video", "Follow",
  "Despite", "Unlike", "Like", "Under", "Over", "Amid", "Among", "Without", "Within", "During", "Until", "Upon", "Through",
  "Across", "Against", "Whether", "Once", "Perhaps", "Maybe", "Ultimately", "Already", "Rather", "Besides", "Regardless",
  "Nevertheless", "Nonetheless", "Overall", "Otherwise", "Again", "Almost", "Never", "Please", "Yes", "Thanks", "Sometimes",
  "Everyone", "Nobody", "Someone", "Everybody", "Anyone", "Any", "Few", "Several", "Such", "Other", "Another", "More",
  "Less", "Much", "Very", "Too", "Well", "Oh", "Let", "Immediately", "Asked", "Told", "Said", "Recently", "Currently",
  "Soon", "Shortly", "Hours", "Days", "Weeks", "Moments", "Minutes", "Responding", "Addressing", "Appearing", "Separately",
  "Elsewhere", "Afterward", "Afterwards", "Initially", "Unfortunately", "Fortunately", "Clearly", "Interestingly",
  "Given", "Including", "Following", "Regarding", "Considering", "Enter",
  "Into", "Onto", "Inside", "Outside", "Behind", "Beyond", "Beneath", "Below", "Above", "Toward", "Towards", "Around",
  "Along", "Beside", "Between", "Throughout",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  // "I" and what is written short after it
  ...["I’m", "I’d", "I’ll", "I’ve"].flatMap((word) => [word, word.replace("’", "'")]),
]);

/** Words that label a passage, a picture or a note before a colon, never who speaks it: "VIDEO:", "Example:". Data. */
export const labelWords = new Set([
  "Video", "Videos", "Photo", "Photos", "Picture", "Image", "Audio", "Watch", "Read", "Listen", "Update", "Updated", "Correction",
  "Note", "Example", "Examples", "Source", "Sources", "Related", "Breaking", "Exclusive", "Transcript", "Excerpt", "Caption", "Credit",
  "Warning", "Disclaimer", "Summary", "Background", "Context",
]);

/** Words written with a dot that does not end a sentence: titles, states, months, firms. */
export const abbreviations = [
  "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm",
  "Maj", "Cpl", "Pvt", "Cmdr", "Jr", "Sr", "Rev", "Hon", "Mt", "Ft", "No", "Inc", "Ltd", "Corp", "Co", "Bros", "vs", "Dept",
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
  "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
  "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.N", "D.C", "U.K", "E.U",
];

/** Lower-case words inside names: "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
export const nameParticles = new Set(["de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "ter", "y"]);

export const pronouns = new Set(["he", "she", "they", "i", "we", "it", "you"]);

/** "PeÃ±a", "FranÃ§ois": UTF-8 read as Latin-1 writes a letter as "Ã" or "Â" (decomposed or not) and a sign; the sign is part of the word. */
const capitalised = /^(?:\p{Lu}(?:[\p{L}\p{M}'’-]|(?<=[ÃÂ]|A[\u0302\u0303])[\u0080-\u00BF])*\.?|\p{Lu}\.(?:\p{Lu}\.)*|Mc\p{Lu}\p{Ll}+|(?:al|el)-\p{Lu}[\p{L}'’-]*)$/u;

export function isCapitalisedWord(word: string): boolean {
  return capitalised.test(word);
}

/** A name-like token: capitalised and not a function word, nor one's possessive ("December's"). */
export function isNameWord(word: string): boolean {
  return isCapitalisedWord(word) && !notNames.has(word.replace(/['’]s$/, ""));
}

export interface NamedPhrase {
  /** The person's or organisation's name, or null when the phrase only describes ("the president"). */
  name: string | null;
  /** Job title or description given with the name. */
  role: string | null;
  /** The words as written, without a leading article. */
  mention: string;
}

/**
 * Splits "the Supreme Leader of Iran Ayatollah Ali Khamenei" into the role
 * "Supreme Leader of Iran" and the name "Ayatollah Ali Khamenei".
 */
export function splitNamedPhrase(phrase: string): NamedPhrase {
  const affiliated = personOfPlace(phrase.trim());
  if (affiliated) return affiliated;
  const mention = phrase.trim().replace(/^the\s+/i, "");
  const words = mention.split(/\s+/).filter(Boolean);
  let start = words.length;
  const joins = (i: number) => start < words.length && (nameParticles.has(words[i]) || (words[i] === "of" && i > 0 && isCapitalisedWord(words[i - 1])));
  while (start > 0 && (isCapitalisedWord(words[start - 1]) || joins(start - 1))) start--;
  while (start < words.length && nameParticles.has(words[start])) start++;
  let tail = words.slice(start);
  if (tail.length === 0 || tail.every((w) => notNames.has(w))) return { name: null, role: null, mention };
  let head = words.slice(0, start).join(" ");
  // "Secretary of the Navy Ray Mabus", "Director of the FBI James B. Comey": after "of the", what the title is of, then the name
  if (/\bof\s+the$/.test(head) && tail.length >= 3) {
    const keep = /^\p{Lu}\.$/u.test(tail[tail.length - 2]) && tail.length >= 4 ? 3 : 2;
    head = [head, ...tail.slice(0, -keep)].join(" ");
    tail = tail.slice(-keep);
  }
  const { role, name } = splitTitleFromName(tail);
  // "a spokesman for Bernie Sanders", "the mother of Ilse Vance": the name is whose the one described is, not theirs;
  // but a spokesman speaks for an organisation ("a spokesman for Platte River", whose name opens with no given name)
  const relation = describedByRelation.exec(head);
  if (!role && relation && !(speaksFor.test(relation[1]) && tail.length > 1 && !isGivenName(tail[0]))) return { name: null, role: null, mention };
  const fullRole = [head, role].filter(Boolean).join(" ").replace(/\s+(?:of|for|at)$/, "") || null;
  if (!name) return { name: null, role: fullRole, mention };
  return { name, role: fullRole && /\p{L}/u.test(fullRole) ? fullRole : null, mention };
}

/** A lower-case noun and the word that relates it to a name after: "spokesman for", "friend of". */
const describedByRelation = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+(?:for|of|to|at|with|from|by|about|against|behind|close to|near)$/u;
/** Who speaks for the one they are of. */
const speaksFor = /^(?:spokes(?:man|woman|person)|representative)$/;

/**
 * "Jeffrey Lewis of the Martin Center", "Gov. Phil Bryant of Mississippi", "Jane Roe for the Post": a first name
 * and a surname before "of" are the person, what follows their affiliation. "Secretary
 * of State John Kerry" and "President of Iraq Latif Rashid" have a title before "of".
 */
function personOfPlace(phrase: string): NamedPhrase | null {
  const m = /^(.*?)\s+(of|from|at|with|for)\s+(\S.*)$/.exec(phrase);
  if (!m) return null;
  const words = m[1].replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  const [first, last] = words.slice(-2);
  const personal = (w: string | undefined) => w !== undefined && isNameWord(w) && !titleWords.has(w) && !honorifics.has(w) && !/[’']s$/.test(w);
  // "Roe of the Teachers Union": a surname alone before "of the" is the person too, as no title is followed by "of the" and an organisation
  const surnameOfThe = words.length === 1 && /^the\s+\p{Lu}/u.test(m[3]) && personal(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[0]) && !organisationWords.has(words[0]) && !notNames.has(words[0]);
  if (!surnameOfThe && (words.length < 2 || !personal(first) || !personal(last) || !/^\p{Lu}\p{Ll}/u.test(first) || organisationWords.has(last))) return null;
  const inner = splitNamedPhrase(m[1]);
  if (!inner.name) return null;
  const role = [inner.role, `${m[2]} ${m[3]}`].filter(Boolean).join(" ");
  return { name: inner.name, role, mention: inner.mention };
}

/** Last words of organisations' names: "State Department", "Heritage Foundation". */
export const organisationWords = new Set([
  "Department", "Ministry", "Committee", "Office", "Agency", "Council", "Party", "Campaign", "Foundation", "Institute",
  "Institution", "University", "College", "Association", "Center", "Centre", "Administration", "Commission", "Court",
  "Bureau", "Service", "Group", "Network", "News", "Post", "Times", "Journal", "Press", "Project", "Fund", "Union",
  "Coalition", "Alliance", "Society", "Board", "Authority", "House", "Senate", "Congress", "Church", "Company", "Corporation",
  "Inc.", "Corp.", "PAC", "Watch", "Affairs", "Forum", "Trust", "Caucus", "Team", "Organization", "Organisation", "Federation",
  "League", "Legion", "USA",
]);

/** Capitalised words: leading title words and "X of Place" become the role, the rest the name. */
function splitTitleFromName(words: string[]): { role: string | null; name: string | null } {
  const of = words.lastIndexOf("of");
  if (of > 0) {
    const after = words.slice(of + 1);
    const honorific = after.findIndex((w, i) => i > 0 && honorifics.has(w));
    let nameStart = honorific > 0 ? honorific : Math.max(1, after.length - 2);
    // "Secretary of State John F. Kerry": a middle initial does not start a name
    if (honorific <= 0 && nameStart > 1 && /^\p{Lu}\.$/u.test(after[nameStart]) && !titleWords.has(after[nameStart - 1])) nameStart--;
    // "the Office of Immigrant Affairs Clinton set up": the organisation's last word ends it, the name is after
    for (let i = nameStart; i < after.length; i++) if (organisationWords.has(after[i])) nameStart = i + 1;
    if (after.length - nameStart >= 1 && after.length >= 2) {
      return { role: [...words.slice(0, of + 1), ...after.slice(0, nameStart)].join(" "), name: cleanName(after.slice(nameStart)) };
    }
    // "American Federation of Teachers", "Board of Elections": an organisation's word before "of" names it whole
    if (organisationWords.has(words[of - 1]) && !after.some((w) => organisationWords.has(w))) return { role: null, name: cleanName(words) };
    return { role: words.join(" "), name: null };
  }
  // "Ohio Gov. John Kasich", "Pentagon spokesman Navy Capt. Jeff Davis": the name starts after the last title word
  let i = 0;
  for (let j = 0; j < words.length - 1; j++) if (titleWords.has(words[j]) && !honorifics.has(words[j])) i = j + 1;
  if (organisationWords.has(words[words.length - 1]) || /[’']s$/.test(words[words.length - 1])) i = 0;
  // "Reuters’ Jane Roe", "Rubio's adviser Jane Roe": the owner belongs to the role
  const owner = words.findIndex((w, j) => j < words.length - 1 && possessive.test(w));
  if (owner >= i) i = owner + 1;
  // "Rival Jane Roe", "Journalist Jane Roe": a role noun that only the start of a sentence capitalised
  if (i === 0 && words.length >= 3 && roleNouns.has(words[0].toLowerCase())) i = 1;
  const role = i > 0 ? words.slice(0, i).join(" ") : null;
  return { role, name: cleanName(words.slice(i)) };
}

/** "Rubio's", "Reuters’", "Davis'": a possessive, of a singular or of a name that ends in s. */
const possessive = /(?:[’']s|s[’'])$/;

/** Lower-case nouns and adjectives of a person's role, written before the name: "rival Jane Roe", "journalist Jane Roe". */
const roleNouns = new Set([
  "rival", "journalist", "columnist", "commentator", "author", "writer", "blogger", "historian", "economist", "analyst",
  "strategist", "pollster", "consultant", "adviser", "advisor", "aide", "activist", "organizer", "lawyer", "attorney",
  "professor", "scientist", "researcher", "critic", "supporter", "voter", "resident", "student", "actor", "actress",
  "singer", "rapper", "comedian", "businessman", "businesswoman", "billionaire", "millionaire", "entrepreneur",
  "veteran", "longtime", "fellow", "retired", "incumbent", "challenger", "opponent", "candidate", "nominee", "hopeful",
]);

function cleanName(words: string[]): string | null {
  const kept = words.filter((w, i) => !(i === 0 && courtesyTitles.has(w)));
  const name = kept.join(" ").replace(possessive, (m) => (m.endsWith("s") ? "" : "s")).replace(/(?<!\b\p{Lu})[.,;:]+$/u, "");
  return name && !kept.every((w) => notNames.has(w)) ? name : null;
}

/** The surname: the last word of a name, without a possessive. */
export function surname(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1].replace(/[’']s$/, "");
}

/** Given names' short forms, each of one long form only ("Ben" is Benjamin; "Chris" is none, being Christopher or Christine). Data. */
const longForms: Record<string, string[]> = {
  benjamin: ["ben"], william: ["bill", "billy", "will"], robert: ["bob", "bobby", "rob"], michael: ["mike"], james: ["jim", "jimmy"],
  thomas: ["tom", "tommy"], richard: ["dick", "rick"], joseph: ["joe"], daniel: ["dan", "danny"], david: ["dave"], anthony: ["tony"],
  andrew: ["andy"], nicholas: ["nick"], jonathan: ["jon"], jeffrey: ["jeff"], gregory: ["greg"], matthew: ["matt"], peter: ["pete"],
  ronald: ["ron"], donald: ["don"], lawrence: ["larry"], charles: ["chuck", "charlie"], henry: ["hank"], elizabeth: ["liz", "beth"],
  susan: ["sue"], kenneth: ["ken"], timothy: ["tim"], edward: ["ed"], douglas: ["doug"], raymond: ["ray"], gerald: ["gerry"],
  patricia: ["patty", "patti"], margaret: ["peggy"], katherine: ["kathy"], deborah: ["debbie"], rebecca: ["becky"], sandra: ["sandy"],
};
/** Each long form's short forms: "benjamin" to ["ben"]. */
export const shortForms = new Map(Object.entries(longForms));

const require = createRequire(import.meta.url);
let givenNames: Map<string, string> | null = null;

/** Whether a word is a given name in English ("Herschel", "Kelli"), from a list of given names. */
export function isGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && givenNameGender(word) !== undefined;
}

/** Each short form's long form: "patti" to "patricia". */
const longFormOf = new Map(Object.entries(longForms).flatMap(([long, shorts]) => shorts.map((short) => [short, long] as const)));

/** The gender the list gives a given name ("female", "male"), or a short form its long form's ("Patti"); undefined where it has none. */
export function givenNameGender(word: string): string | undefined {
  givenNames ??= require("gender-detection-from-name/names/en.js") as Map<string, string>;
  const lower = word.toLowerCase();
  return givenNames.get(lower) ?? givenNames.get(longFormOf.get(lower) ?? "");
}
