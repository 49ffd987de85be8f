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

/** The role as it should stand, or null when the words are not one. */
export function cleanRole(role: string): string | null {
  // "S. President", "N. Ambassador": the initials of a place the split cut ("U.S.", "U.N.")
  const trimmed = role.trim().replace(/^(?:\p{Lu}\.\s+)+/u, "").replace(/[\s,;:]+$/, "");
  const all = trimmed.split(/\s+/).filter(Boolean);
  // "campaign manager whom Trump fired": the role ends where a clause about the person begins
  const clause = all.findIndex((w, i) => i > 0 && relatives.has(w.toLowerCase()));
  const words = clause > 0 ? all.slice(0, clause) : all;
  if (words.length === 0) return null;
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
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]) && !agentEnding.test(lower[0])) return null;
  return words.join(" ");
}

export function roles(state: ParseState): void {
  for (const quote of state.quotes) if (quote.role !== null) quote.role = cleanRole(quote.role);
  for (const person of state.people) if (person.role !== null) person.role = cleanRole(person.role);
}
