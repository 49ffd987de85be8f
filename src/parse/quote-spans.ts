// Finding quotations: the spans between quotation marks in each paragraph, and
// quotations that run over several paragraphs (an opening mark at each, the
// closing mark only in the last).

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  text: string;
  /** The quotation continues into the next paragraph. */
  runsOn: boolean;
}

/** The family a double mark belongs to: curly and straight marks mix in real copy, guillemets pair among themselves. */
const family: Record<string, "double" | "guillemet"> = { '"': "double", "“": "double", "”": "double", "„": "double", "«": "guillemet", "»": "guillemet" };

interface Mark {
  at: number;
  family: "double" | "guillemet";
  canOpen: boolean;
  canClose: boolean;
  /** Right after a comma or a stop and right before a letter (`,"said`): a closing mark whose space was lost, when a quotation is open. */
  glued: boolean;
}

/** Spans of one paragraph, outermost quotation marks only (single quotes and nested double quotes stay inside). */
export function paragraphSpans(text: string, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Mark[] = [];
  for (const mark of marksOf(text)) {
    const top = stack[stack.length - 1];
    if (top && (mark.canClose || mark.glued) && top.family === mark.family) {
      stack.pop();
      if (stack.length === 0) spans.push({ paragraph, open: top.at, close: mark.at, text: text.slice(top.at + 1, mark.at).trim(), runsOn: false });
    } else if (mark.canOpen && top && startsSentence(text, mark.at)) {
      // paragraphs run together: a quotation left open (its paragraph once ended there) and a new one begins
      const first = stack[0];
      spans.push({ paragraph, open: first.at, close: mark.at, text: text.slice(first.at + 1, mark.at).trim(), runsOn: false });
      stack.splice(0, stack.length, mark);
    } else if (mark.canOpen) stack.push(mark);
  }
  if (stack.length > 0) spans.push({ paragraph, open: stack[0].at, close: text.length, text: text.slice(stack[0].at + 1).trim(), runsOn: true });
  return spans;
}

const space = /\s/;
const letter = /\p{L}/u;

/** An opening mark right after the end of a sentence starts a new quotation rather than a nested one. */
function startsSentence(text: string, at: number): boolean {
  return /[.!?…]\s+$/.test(text.slice(Math.max(0, at - 4), at));
}
const beforeOpening = /[\s([{\u2014\u2013\-:;,/'‘’…]/;
const afterClosing = /[\s.,;:!?)\]}\u2014\u2013\-'‘’…*]/;

/**
 * Whether a mark can open or close a quotation, from the characters beside it
 * (CommonMark calls these left- and right-flanking). Curly marks say which they are,
 * except where copy uses them the other way round; a straight mark only tells by its place.
 */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const kind = family[ch];
    if (!kind) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const left = after !== undefined && !space.test(after) && (before === undefined || beforeOpening.test(before) || family[before] !== undefined);
    const right = before !== undefined && !space.test(before) && (after === undefined || afterClosing.test(after) || family[after] !== undefined);
    let canOpen: boolean;
    let canClose: boolean;
    if (ch === "“" || ch === "„" || ch === "«") {
      canOpen = ch === "„" || !right || left;
      canClose = ch !== "„" && right && !left;
    } else if (ch === "”" || ch === "»") {
      canOpen = left && !right;
      canClose = !canOpen;
    } else {
      // a straight mark with space on both sides (`,' " said`) can only close
      canOpen = left && !right;
      canClose = (right && !left) || (!left && !right && before !== undefined && after !== undefined);
    }
    const glued = before !== undefined && after !== undefined && /[,.!?…]/.test(before) && letter.test(after) && ch !== "„" && ch !== "«";
    marks.push({ at: i, family: kind, canOpen, canClose, glued });
  }
  return marks;
}

/**
 * All quotations of an article. A span left open at the end of a paragraph is kept
 * only when the next paragraph opens with a quotation mark (a multi-paragraph
 * quotation); otherwise the mark was stray and the span is dropped, so an
 * unbalanced mark never swallows the rest of the article.
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[][] {
  const quotations: QuoteSpan[][] = [];
  let running: QuoteSpan[] = [];
  paragraphs.forEach((text, p) => {
    if (running.length > 0 && running[running.length - 1].paragraph !== p - 1) running = [];
    for (const span of paragraphSpans(text, p)) {
      const continues = running.length > 0 && span.open === text.search(/\S/);
      const pieces = continues ? [...running, span] : [span];
      running = [];
      if (!span.runsOn) quotations.push(pieces);
      else if (startsWithQuote(paragraphs[p + 1])) running = pieces;
      else if (pieces.length > 1) quotations.push(pieces);
    }
  });
  return quotations;
}

function startsWithQuote(text: string | undefined): boolean {
  return text !== undefined && /^\s*["“„«»]/.test(text);
}
