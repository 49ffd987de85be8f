// Rule continued-paragraph: a quotation that opens its paragraph, with no attribution of
// its own, goes on with the speaker of a quotation one or two paragraphs before, or with
// the one whose words the paragraph before ends by reporting ("Roe said that ...").
import { outletKind } from "../outlets.js";
import { sentenceIndex, sentenceStart } from "../sentence-index.js";
import type { Attribution, NeighbourRule } from "./context.js";
import { isNamed, isPersonal } from "./phrases.js";
import { subjectCueBefore } from "./subject-cue-before.js";
import { leadingSubject } from "./subjects.js";
import { isGivenName, splitNamedPhrase, surname } from "../names.js";

/** How many paragraphs back a quotation may continue from: one, or two past a paragraph between. */
const paragraphsBack = 2;
/** How much of the paragraph before is read for a sentence that reports speech. */
const reportReach = 600;

export const continuedParagraph: NeighbourRule = ({ quote, previous, texts }) => {
  const paragraph = quote.pieces[0].paragraph;
  const opensParagraph = quote.pieces[0].open === texts[paragraph].search(/\S/);
  if (!opensParagraph) return null;
  const reported = reportedSpeaker(texts[paragraph - 1]);
  if (reported) return reported;
  if (!previous) return null;
  const gap = paragraph - previous.pieces[previous.pieces.length - 1].paragraph;
  if (gap < 1 || gap > paragraphsBack) return null;
  // past a paragraph between that is about someone else ("... Hillary Clinton was more circumspect ..."), the quotation is that one's, not the earlier speaker's
  return gap === 1 || !aboutSomeoneElse(texts[paragraph - 1], previous.attribution) ? previous.attribution : null;
};

/** Whether a sentence of the paragraph has for subject a person's full name (a given name first) that is not the speaker's, nor shares its surname. */
function aboutSomeoneElse(text: string, speaker: Attribution | null): boolean {
  const index = sentenceIndex(text);
  const name = speaker?.name ?? "";
  let start = 0;
  for (const end of [...index.ends, text.length]) {
    const subject = leadingSubject(text.slice(start, end + 1));
    const other = subject === null ? null : splitNamedPhrase(subject).name;
    if (other && isGivenName(other.split(" ")[0]) && other.includes(" ") && other !== name && !name.endsWith(` ${surname(other)}`) && !other.endsWith(` ${name}`)) return true;
    start = end + 1;
  }
  return false;
}

/**
 * `Roe said that the port would stay open.` ending the paragraph before, with no quotation
 * in that sentence: the quotation that opens the next paragraph goes on with Roe's words.
 */
function reportedSpeaker(text: string | undefined): Attribution | null {
  if (!text) return null;
  const tail = text.trimEnd().slice(-reportReach);
  const sentence = tail.slice(sentenceStart(sentenceIndex(tail), tail.length));
  if (/["“”]/.test(sentence) || sentence.trimEnd().endsWith(":")) return null;
  const found = subjectCueBefore({ before: sentence, lead: sentence, after: "", quoted: "", sentence, rest: "", next: "" });
  // "..., The Hill reported.": an outlet that reports a story goes on with no one's words
  if (!found || !found.name || found.pronoun || !isNamed(found.mention) || !isPersonal(found.mention)) return null;
  return outletKind(found.name) === null && outletKind(`The ${found.name}`) === null ? found : null;
}
