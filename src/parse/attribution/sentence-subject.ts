// Rule sentence-subject: with no cue, the subject of the sentence that frames the quote, or
// the one whose view an opening "To Roe," or "In Roe's mind," gives, or the subject of a clause of time a dash ends.
import { attribution, isNamed, isPersonal } from "./phrases.js";
import { leadingSubject } from "./subjects.js";
import type { AttributionRule, QuoteContext } from "./context.js";
import { cuePattern } from "../cues.js";
import { cueThenSubject } from "./cue-then-subject.js";

/** "To Roe, the plan is ...", "In Roe's view, ...": the sentence tells how things look to the one named. */
const inTheViewOf = /^\s*(?:(?:But|And|Yet)\s+)?(?:To\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)|In\s+((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*)(?:['’]s|(?<=s)['’])\s+(?:mind|view|eyes|opinion|estimation|telling)),\s/u;

/** "When Roe finally wrapped up — "...": a dash sets the quotation after a clause of time as what its subject said. */
const clauseThenDash = /^\s*(?:When|As|After|Once|Before|Until)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+\p{Ll}+){1,4}\s*(?:--|—|–)\s*$/u;

/** `HP is called "feather duvet lung"`: the subject is what the words name, not who said them. */
const namedAs = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+\s+)?(?:called|named|dubbed|nicknamed|termed|labell?ed|branded|known\s+as|described\s+as|referred\s+to\s+as|billed\s+as)\s*$/u;

/** `Clinton called the plan "a disaster for workers"`: with no cue, the subject of the sentence that frames the quote. */
export const sentenceSubject: AttributionRule = (context) => {
  const { before } = context;
  if (namedAs.test(before)) return null;
  const view = inTheViewOf.exec(before);
  const viewer = view ? view[1] ?? view[2] : null;
  if (viewer && isNamed(viewer) && isPersonal(viewer)) return attribution(viewer, "", null, null);
  const dashed = clauseThenDash.exec(before)?.[1];
  if (dashed && isNamed(dashed) && isPersonal(dashed)) return attribution(dashed, "", null, null);
  const subject = leadingSubject(before);
  return subject && !peopleOfOwner(before, subject) && !saidLater(context) ? attribution(subject, "", null, null) : null;
};

/** A cue after a comma, later in the sentence. */
const laterCue = new RegExp(String.raw`,\s+(?:${cuePattern})(?![\p{L}-])`, "u");

/**
 * `The FBI did not find "ties of any consequence," aside from ..., said the bureau's director,
 * James B. Comey`: the sentence says who said it after a cue further on, which its other
 * quotations share (the sibling rule), not its subject.
 */
function saidLater(context: QuoteContext): boolean {
  const m = laterCue.exec(context.rest);
  return m !== null && cueThenSubject({ ...context, after: context.rest.slice(m.index + 1) }) !== null;
}

/** Nouns for the people someone has, which after a possessive are who the sentence is about: "Roe's lawyers". Data. */
const peopleNouns = /^(?:family|families|relatives|parents|wife|husband|widow|widower|son|sons|daughter|daughters|children|kids|mother|father|brother|brothers|sister|sisters|grandson|granddaughter|nephew|niece|cousin|lawyer|lawyers|attorney|attorneys|aide|aides|adviser|advisers|advisor|advisors|staff|staffers|supporters|fans|followers|backers|critics|detractors|opponents|rivals|allies|friends|colleagues|neighbors|neighbours|questioners|interviewer|spokesman|spokeswoman|spokesperson|doctor|doctors|teammates|coach|agent|biographer|successor|predecessor|deputy|deputies)$/;

/** "Vance's supporters chanted", "Scott's family has called": a possessive subject's people are who the sentence is about, not its owner. */
function peopleOfOwner(sentence: string, subject: string): boolean {
  if (!/(?:['’]s|s['’])$/.test(subject)) return false;
  const at = sentence.indexOf(subject);
  // "Obama's first five questioners": a modifier or two may come first
  const words = at >= 0 ? /^(?:\s+[\p{Ll}\d-]+){1,3}/u.exec(sentence.slice(at + subject.length))?.[0].trim().split(/\s+/) ?? [] : [];
  const noun = words.findIndex((word) => peopleNouns.test(word));
  return noun >= 0 && words.slice(0, noun).every((word) => !linkWord.test(word));
}

/** What ends a noun phrase before its noun: "Vance's speech to supporters" is about the speech. */
const linkWord = /^(?:to|for|of|with|in|on|at|by|about|from|and|or|is|was|has|had|says|said)$/;
