// Paragraphs rule: one paragraph a line, or blank-line separated blocks whose
// hard-wrapped lines join into one paragraph.
import type { Line, ParseState } from "./state.js";
import { endsSentence } from "./words.js";

export function paragraphs(state: ParseState): void {
  const blocks = splitBlocks(state.body);
  const wrapped = blocks.length >= 2 && isHardWrapped(blocks);
  state.paragraphs = wrapped
    ? blocks.map((block) => ({ text: block.map((l) => l.text.trim()).join(" "), line: block[0].line }))
    : blocks.flat().map((l) => ({ text: l.text.trim(), line: l.line }));
  state.body = [];
}

function splitBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Lines inside blocks that mostly stop mid-sentence were wrapped by the scraper. */
function isHardWrapped(blocks: Line[][]): boolean {
  const inner = blocks.flatMap((block) => block.slice(0, -1));
  if (inner.length === 0) return false;
  const midSentence = inner.filter((l) => !endsSentence(l.text)).length;
  return midSentence / inner.length > 0.5;
}
