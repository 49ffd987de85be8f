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

const pairs: Record<string, string[]> = {
  "“": ["”", "“"],
  "„": ["“", "”"],
  "«": ["»"],
  "»": ["«"],
  '"': ['"'],
};

/** Spans of one paragraph, outermost quotation marks only (single quotes nest inside). */
export function paragraphSpans(text: string, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch in pairs && isOpening(text, i)) {
      const close = findClosing(text, i, pairs[ch]);
      if (close === -1) {
        spans.push({ paragraph, open: i, close: text.length, text: text.slice(i + 1).trim(), runsOn: true });
        break;
      }
      spans.push({ paragraph, open: i, close, text: text.slice(i + 1, close).trim(), runsOn: false });
      i = close + 1;
    } else i++;
  }
  return spans;
}

function isOpening(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "”") return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || /\s/.test(after)) return false;
  if (ch === '"' || ch === "»") return before === undefined || /[\s([{—–\-:;,/]/.test(before);
  return true;
}

function findClosing(text: string, open: number, closers: string[]): number {
  for (let j = open + 1; j < text.length; j++) {
    if (!closers.includes(text[j])) continue;
    // a straight quote that opens a nested quotation is not our closer
    if (text[j] === '"' && isOpening(text, j) && j + 1 < text.length && /[\s,.;:!?)]/.test(text[j - 1]) === false && /\w/.test(text[j + 1])) continue;
    return j;
  }
  return -1;
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
