// Rule colon-intro: a clause with no cue that ends in a colon introduces the quotation; its
// subject, the one its "by" names, or the one it presents is the speaker ("Roe called them
// on it:", "this statement by Roe on June 11:", "Here's Roe in December:").
import { cueRegExp } from "../cues.js";
import { pronouns } from "../names.js";
import { attribution, isNamed, isPersonal, temporalTail } from "./phrases.js";
import { leadingSubject, namedOrganisation } from "./subjects.js";
import type { AttributionRule } from "./context.js";

/** How much of the text before the colon is read: the last clause of a sentence. */
const clauseReach = 300;

const presenting = /(?:^|[\s—–-])(?:Here['’]s|Here\s+is|More\s+from)\s+((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*(?:\s+and\s+\p{Lu}[\p{L}\p{M}’'-]*)?)(?:\s+(?:in|on|at|during|last|this|earlier|later)\s[^:"“”]*)?\s*$/u;

/** ", in a Q&A on the plan,": a phrase set off by commas between a subject and its verb. */
const interjection = /,\s+(?:in|on|at|during|with|for|after|before|through|via|from)\s[^,]*,/g;

export const colonIntro: AttributionRule = ({ before }) => {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(":")) return null;
  const text = trimmed.slice(-clauseReach, -1);
  // the last clause: after the last dash, semicolon or comma that a capital or a word in lower case follows
  const cut = Math.max(text.lastIndexOf("—"), text.lastIndexOf("–"), text.lastIndexOf(" -- "), text.lastIndexOf(" - "), text.lastIndexOf(";"), text.lastIndexOf(","));
  // "Here's Roe in December 1992:", "-More from Roe and Doe:": the one presented speaks
  const presented = presenting.exec(text);
  if (presented && isNamed(presented[1])) return attribution(presented[1], "", null, null);
  const clause = text.slice(cut + 1).replace(/^[\s-]+/, "");
  // a cue in the clause is for the rules of cues, a possessive ("Roe's response was:") for possessive-noun
  if (clause === "" || cueRegExp.test(clause) || /["“”]/.test(clause) || /\p{L}['’]s?\s/u.test(clause)) return null;
  const by = /\bby\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)/u.exec(clause);
  // "The Roe campaign, in a Q&A on the plan, worded it carefully:": a clause that opens with its verb has the sentence's subject (one that opens with a participle is for participle-cue)
  const opensWithVerb = /^\p{Ll}/u.test(clause) && !/^\p{Ll}+ing(?!\p{L})/u.test(clause);
  const subject = by ? by[1].replace(temporalTail, "").trim() : leadingSubject(`${clause} `) ?? (opensWithVerb ? leadingSubject(`${text.replace(interjection, "")} `) : null);
  if (!subject || pronouns.has(subject.toLowerCase()) || !(isNamed(subject) && isPersonal(subject) || namedOrganisation.test(subject))) return null;
  // no cue: a subject of one word is trusted only when the article writes it inside a sentence too ("Transcript as follows:" is no one)
  return attribution(subject, "", null, null);
};
