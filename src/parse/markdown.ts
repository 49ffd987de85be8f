// Markdown seeds: front matter (data only, see front-matter.ts) for the header,
// markdown-it (raw HTML off) for the body.
import MarkdownIt, { type Token } from "markdown-it";
import { withoutControlCharacters } from "../read/clean.js";
import { fieldLine, frontMatterFields } from "./fields.js";
import { parseFrontMatter } from "./front-matter.js";
import { fileNameHeadline, report, type ParseState } from "./state.js";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function frontMatter(state: ParseState): void {
  const lines = state.seed.text.split("\n");
  const block = parseFrontMatter(lines);
  for (const problem of block.problems) report(state, problem.severity, "front-matter", problem.message, problem.line, problem.column);
  state.front = frontMatterFields(state, block);
  state.body = lines.slice(block.bodyStart).map((text, i) => ({ text, line: block.bodyStart + i + 1 }));
  if (state.front.headline) {
    state.headline = state.front.headline;
    state.headlineLine = fieldLine(block, block.fieldLines.has("title") ? "title" : "headline");
  }
  if (state.front.date) state.date = state.front.date;
}

/**
 * Renders the body into top-level HTML blocks. The paragraphs keep each block's
 * plain text, for the quote and source rules; the HTML is what pages show.
 */
export function markdownBody(state: ParseState): void {
  const source = state.body.map((l) => l.text).join("\n");
  const firstLine = state.body[0]?.line ?? 1;
  const tokens = md.parse(source, {});
  const html: string[] = [];
  const paragraphs: Array<{ text: string; line: number }> = [];
  let start = 0;
  let depth = 0;
  tokens.forEach((token, i) => {
    depth += token.nesting;
    if (depth !== 0) return;
    const block = tokens.slice(start, i + 1);
    start = i + 1;
    const text = block.filter((t) => t.type === "inline").map((t) => plainText(t.children ?? [])).join(" ").trim();
    if (!text && !block.some((t) => t.type === "fence" || t.type === "code_block" || t.type === "hr")) return;
    // entities such as "&#12;" decode to characters the read stage removed from the text
    html.push(withoutControlCharacters(md.renderer.render(block, md.options, {}).trim()));
    paragraphs.push({ text: withoutControlCharacters(text || (block[0].content ?? "").trim()), line: firstLine + (block[0].map?.[0] ?? 0) });
  });
  state.html = html;
  state.paragraphs = paragraphs;
  state.body = [];
  if (!state.headline) {
    state.headline = fileNameHeadline(state);
    report(state, "warning", "headline", "no title in front matter; the file name stands in", 1);
  }
}

function plainText(children: Token[]): string {
  return children
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" || t.type === "hardbreak" ? " " : ""))
    .join("");
}
