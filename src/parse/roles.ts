// Roles rule: a role is a title or a noun phrase that describes the person ("Supreme
// Leader of Iran", "Fox News host", "Sanders's campaign manager"), never an adverbial
// ("during a town hall meeting"), an adjective ("brusque"), a clause ("is held
// accountable"), an age, or a fragment the sentence split ("S. President" of "U.S.
// President", "Speaker of the"). Run last, over every quote's and person's role.
import type { ParseState } from "./state.js";

/** Words a role never starts with: prepositions, conjunctions, pronouns, adverbs that open a clause or an adverbial. */
const openers = new Set([
  "during", "in", "at", "on", "when", "while", "after", "before", "and", "or", "but", "with", "without", "for", "to", "by",
  "from", "as", "if", "because", "since", "though", "although", "where", "who", "which", "that", "than", "then", "also",
  "himself", "herself", "themselves", "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those",
  "not", "only", "even", "just", "still", "again", "now", "later", "earlier", "once", "about", "into", "over", "under",
  "like", "unlike", "despite", "amid", "among", "against", "toward", "towards", "per", "via", "what", "how", "why",
]);

const relatives = new Set(["who", "whom", "whose", "which", "that"]);

/** Verbs that make a role a clause: "is held accountable", "would be appropriate". */
const verbs = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
  "can", "could", "should", "shall", "may", "might", "must", "said", "says", "told", "asked", "added", "noted",
]);

/** Modifiers that describe no role by themselves: "Former", "Rival". */
const modifiers = new Set([
  "former", "rival", "longtime", "retired", "fellow", "incumbent", "acting", "interim", "outgoing", "incoming", "then",
  "late", "current", "new", "old", "top", "senior", "junior", "chief", "deputy", "vice", "ex", "onetime", "erstwhile",
]);

/** Kin, who are someone's: "sister" alone is a fragment of "Trump's sister". */
const kin = new Set([
  "wife", "husband", "son", "daughter", "mother", "father", "sister", "brother", "aunt", "uncle", "cousin", "niece",
  "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower", "fiancé", "fiancée",
  "girlfriend", "boyfriend", "stepson", "stepdaughter", "stepmother", "stepfather", "parent", "child", "sibling", "twin",
]);

/** Words in -ing that open roles: "managing editor", "ranking member". */
const roleParticiples = new Set([
  "managing", "ranking", "founding", "acting", "presiding", "visiting", "leading", "governing", "sitting", "reigning",
  "outgoing", "incoming", "consulting", "marketing", "broadcasting", "publishing", "polling", "engineering", "nursing",
  "teaching", "commanding", "supervising", "investigating", "attending", "practicing", "practising", "serving",
]);

/** What a lone lower-case word names when it is a role: one who does something ("oncologist", "pollster", "spokesman"). */
const agentEnding = /(?:ist|er|or|ian|ant|ent|eon|man|woman|person|ee|ive|ary|crat|naut|smith|wright|ster)$/;

/** Nouns of people that agentEnding misses: "chief of staff", "Trump ally", "talk show host". Data. */
const personNouns = new Set([
  "chief", "head", "host", "aide", "boss", "chair", "star", "icon", "ally", "friend", "judge", "justice", "guru", "nurse",
  "veteran", "hopeful", "candidate", "delegate", "official", "expert", "critic", "rival", "fan", "chef", "coach", "pilot",
  "captain", "general", "envoy", "diplomat", "priest", "bishop", "monk", "rabbi", "imam", "cleric", "scholar", "fellow",
  "staff", "staffer", "attorney", "marine", "colonel", "admiral", "consul", "actress", "poet", "model", "athlete", "champion",
  "billionaire", "millionaire", "tycoon", "mogul", "magnate", "heir", "heiress", "mom", "dad", "citizen", "native", "victim",
  "witness", "legend", "figure", "personality", "celebrity", "doctor", "physician", "surgeon", "chairwoman", "spokesperson",
  "alumnus", "alumna", "graduate", "novelist", "lady", "gentleman", "teen", "teenager", "student", "pupil", "child", "girl", "boy",
  "kid", "mate", "partner", "colleague", "protégé", "confidant", "confidante", "deputy", "secretary", "nominee", "incumbent",
  "frontrunner", "front-runner", "analyst", "economist", "strategist", "pundit", "philanthropist", "entrepreneur", "ceo",
]);

/** Words that open a clause inside a phrase: "frontrunner nationally after winning the primary". */
const clauseOpeners = new Set(["after", "before", "while", "when", "because", "since", "although", "though", "despite", "by", "following", "amid", "until"]);

/** A role is a phrase, not a paragraph: one longer than this is a description the split ran on with. */
const longestRole = 12;

/** Prepositions after a role's head noun: "senator from Vermont", "chief of staff to the mayor". */
const headEnds = new Set(["of", "for", "to", "from", "at", "in", "on", "with"]);

/**
 * The word a lower-case role names its holder by, the last before a preposition ("dawn" of
 * "dawn of the modern conservative movement", "change" of "climate change"): a role only when it names a person.
 */
function namesAPerson(lower: string[]): boolean {
  const end = lower.findIndex((w, i) => i > 0 && headEnds.has(w));
  const head = lower[(end > 0 ? end : lower.length) - 1];
  return [head, head.replace(/s$/, "")].some((word) => agentEnding.test(word) || personNouns.has(word) || kin.has(word));
}

/** The role as it should stand, or null when the words are not one. */
export function cleanRole(role: string): string | null {
  // "S. President", "N. Ambassador": the initials of a place the split cut ("U.S.", "U.N.")
  const trimmed = role.trim().replace(/^(?:\p{Lu}\.\s+)+/u, "").replace(/[\s,;:]+$/, "");
  const all = trimmed.split(/\s+/).filter(Boolean);
  // "campaign manager whom Trump fired": the role ends where a clause about the person begins
  const clause = all.findIndex((w, i) => i > 0 && (relatives.has(w.toLowerCase()) || clauseOpeners.has(w)));
  const words = clause > 0 ? all.slice(0, clause) : all;
  if (words.length === 0 || words.length > longestRole) return null;
  const lower = words.map((w) => w.toLowerCase().replace(/[.,;:’']+$/g, ""));
  if (openers.has(lower[0])) return null;
  // "speaking to Iowans", "delivering his speech": a clause, unless a role's own -ing word ("managing editor")
  if (/^\p{Ll}/u.test(words[0]) && /ing$/.test(lower[0]) && !roleParticiples.has(lower[0])) return null;
  if (lower.some((w) => verbs.has(w))) return null;
  if (lower.every((w) => /^\d+$/.test(w))) return null;
  // a phrase the sentence cut before its end: "Speaker of the"
  if (/^(?:of|the|a|an|and|or|for|to|in|at|on|with)$/.test(lower[lower.length - 1])) return null;
  if (lower.every((w) => modifiers.has(w))) return null;
  if (words.length === 1 && kin.has(lower[0])) return null;
  // a lone lower-case word that names no one who does something: "brusque", "warm-and-fuzzy"
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]) && !agentEnding.test(lower[0]) && !personNouns.has(lower[0])) return null;
  // "clearly frustrated", "visibly moved": an adjective of the moment
  if (/^\p{Ll}.{3,}ed$/u.test(words[words.length - 1]) && !personNouns.has(lower[lower.length - 1])) return null;
  // "climate change", "dawn of the modern conservative movement": no capital, and no person named
  if (words.every((w) => !/\p{Lu}/u.test(w)) && !namesAPerson(lower)) return null;
  return words.join(" ");
}

export function roles(state: ParseState): void {
  for (const quote of state.quotes) if (quote.role !== null) quote.role = cleanRole(quote.role);
  for (const person of state.people) if (person.role !== null) person.role = cleanRole(person.role);
}
