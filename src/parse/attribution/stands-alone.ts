// Rule stands-alone: a quotation that is a sentence of its own, with no cue, speaks for
// the person the text before it is about.
import type { QuoteSpan } from "../quote-spans.js";
import type { Attribution, NeighbourRule } from "./context.js";

/** No subject of its own: the speaker is found from the text before, as for a bare cue. */
const implicitSpeaker: Attribution = { mention: "", name: null, role: null, cue: "", addressee: null, by: null, pronoun: true };

export const standsAlone: NeighbourRule = ({ quote, texts }) => (isOwnSentence(quote.pieces[0], texts) ? { ...implicitSpeaker } : null);

/** The quotation opens its paragraph or follows a full stop. */
function isOwnSentence(piece: QuoteSpan, texts: string[]): boolean {
  const before = texts[piece.paragraph].slice(0, piece.open).trim();
  // the end alone: a pattern anchored only at the end would be tried from every offset
  return before === "" || /[.!?]["”’)]?$/.test(before.slice(-2));
}
