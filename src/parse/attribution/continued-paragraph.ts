// Rule continued-paragraph: a quotation that opens its paragraph, with no attribution of
// its own, goes on with the speaker of a quotation one or two paragraphs before.
import type { NeighbourRule } from "./context.js";

/** How many paragraphs back a quotation may continue from: one, or two past a paragraph between. */
const paragraphsBack = 2;

export const continuedParagraph: NeighbourRule = ({ quote, previous, texts }) => {
  if (!previous) return null;
  const paragraph = quote.pieces[0].paragraph;
  const opensParagraph = quote.pieces[0].open === texts[paragraph].search(/\S/);
  const gap = paragraph - previous.pieces[previous.pieces.length - 1].paragraph;
  return opensParagraph && gap >= 1 && gap <= paragraphsBack ? previous.attribution : null;
};
