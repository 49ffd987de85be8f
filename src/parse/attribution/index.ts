// Who said a quotation: named rules in three rulers, each in the order of how sure it is.
// The sentence rules read the quote's own sentence (QuoteContext) and each try one
// construction of news English; the neighbour rules give a quotation still without one
// the attribution of a quotation beside it; the pronoun rules find who a "he said" (or a
// quotation with no subject) stands for. A quote records the name of the rule that gave
// its speaker.
import { Ruler } from "../ruler.js";
import { accordingTo } from "./according-to.js";
import { askedBy } from "./asked-by.js";
import { bareCue } from "./bare-cue.js";
import type { Attributed, AttributionRule, Neighbours, NeighbourRule, PronounRule, QuoteContext } from "./context.js";
import { colonIntro } from "./colon-intro.js";
import { continuedParagraph } from "./continued-paragraph.js";
import { cueEarlierInSentence } from "./cue-earlier-in-sentence.js";
import { cueThenSubjectBefore } from "./cue-then-subject-before.js";
import { cueThenSubject } from "./cue-then-subject.js";
import { dashThenName } from "./dash-then-name.js";
import { heShe } from "./he-she.js";
import { nameColon } from "./name-colon.js";
import { nameThenParticiple } from "./name-then-participle.js";
import { namingVerb } from "./naming-verb.js";
import { participleCue } from "./participle-cue.js";
import { possessiveNoun } from "./possessive-noun.js";
import { previousSpeaker } from "./previous-speaker.js";
import { sentenceSubject } from "./sentence-subject.js";
import { sibling } from "./sibling.js";
import { standsAlone } from "./stands-alone.js";
import { subjectCueBefore } from "./subject-cue-before.js";
import { subjectThenCue } from "./subject-then-cue.js";
import { transcriptLabel } from "./transcript-label.js";
import { voiceList } from "./voice-list.js";

export { antecedents, sentenceSubjects } from "./antecedents.js";
export { articleText, quoteContext, type ArticleText, type Attributed, type Attribution, type PronounScope, type Quotation } from "./context.js";

export interface AttributionRules {
  sentence: Ruler<AttributionRule>;
  neighbour: Ruler<NeighbourRule>;
  pronoun: Ruler<PronounRule>;
}

/** The transcript-label rule's name: a transcript's turn also goes on in the paragraphs after its label. */
export const transcriptRule = "transcript-label";

/** A fresh set of the rules in their default order, to be reordered or switched off by name. */
export function attributionRules(): AttributionRules {
  const sentence = new Ruler<AttributionRule>()
    .push(transcriptRule, transcriptLabel)
    .push("cue-then-subject", cueThenSubject)
    .push("subject-then-cue", subjectThenCue)
    .push("dash-then-name", dashThenName)
    .push("asked-by", askedBy)
    .push("name-then-participle", nameThenParticiple)
    .push("colon-intro", colonIntro)
    .push("subject-cue-before", subjectCueBefore)
    .push("participle-cue", participleCue)
    .push("cue-then-subject-before", cueThenSubjectBefore)
    .push("name-colon", nameColon)
    .push("bare-cue", bareCue)
    .push("cue-earlier-in-sentence", cueEarlierInSentence)
    .push("naming-verb", namingVerb)
    .push("possessive-noun", possessiveNoun)
    .push("according-to", accordingTo)
    .push("sentence-subject", sentenceSubject);
  const neighbour = new Ruler<NeighbourRule>()
    .push("voice-list", voiceList)
    .push("sibling", sibling)
    .push("continued-paragraph", continuedParagraph)
    .push("stands-alone", standsAlone);
  const pronoun = new Ruler<PronounRule>()
    .push("he-she", heShe)
    .push("previous-speaker", previousSpeaker);
  return { sentence, neighbour, pronoun };
}

/** The first sentence rule that finds an attribution, named. */
export function attribute(context: QuoteContext, rules: AttributionRules): Attributed | null {
  for (const { name, rule } of rules.sentence.active()) {
    const found = rule(context);
    if (found) return { ...found, rule: name };
  }
  return null;
}

/** The first neighbour rule that gives the quotation an attribution, named. */
export function inherit(neighbours: Neighbours, rules: AttributionRules): Attributed | null {
  for (const { name, rule } of rules.neighbour.active()) {
    const found = rule(neighbours);
    if (found) return { ...found, rule: name };
  }
  return null;
}
