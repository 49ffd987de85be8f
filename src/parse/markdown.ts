// Markdown seeds: YAML front matter for the header, markdown-it (raw HTML off) for the body.
import matter from "gray-matter";
import MarkdownIt, { type Token } from "markdown-it";
import { validDate } from "./dates.js";
import { fileNameHeadline, report, type FrontMatter, type ParseState } from "./state.js";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function frontMatter(state: ParseState): void {
  const text = state.seed.text;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; an empty options object turns that off
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    report(state, "error", "front-matter", `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`, (mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1);
    state.body = bodyLines(text, 0);
    return;
  }
  const offset = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
  state.front = readFrontMatter(state, parsed.data as Record<string, unknown>);
  state.body = bodyLines(parsed.content, offset);
  if (state.front.headline) {
    state.headline = state.front.headline;
    state.headlineLine = 2;
  }
  if (state.front.date) state.date = state.front.date;
}

function bodyLines(text: string, offset: number) {
  return text.split("\n").map((line, i) => ({ text: line, line: i + 1 + offset }));
}

function readFrontMatter(state: ParseState, data: Record<string, unknown>): FrontMatter {
  const front: FrontMatter = {};
  const title = data.title ?? data.headline;
  if (typeof title === "string" && title.trim()) front.headline = title.trim();
  if (data.date !== undefined) {
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : validDate(String(data.date).trim());
    if (date) front.date = date;
    else report(state, "error", "date", `front matter date "${String(data.date)}" is not a date (YYYY-MM-DD or YYYY-MM)`, 2);
  }
  if (typeof data.slug === "string" && data.slug.trim()) front.slug = data.slug.trim();
  const tags = typeof data.tags === "string" ? data.tags.split(",") : Array.isArray(data.tags) ? data.tags : [];
  front.tags = tags.map((t) => String(t).trim()).filter(Boolean);
  if (typeof data.source === "string") front.source = data.source.trim();
  if (typeof data.author === "string") front.author = data.author.trim();
  if (Array.isArray(data.related)) state.related.push(...data.related.map(String));
  return front;
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
    html.push(md.renderer.render(block, md.options, {}).trim());
    paragraphs.push({ text: text || (block[0].content ?? "").trim(), line: firstLine + (block[0].map?.[0] ?? 0) });
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
