// Front matter: the block of fields at the top of a Markdown seed, read as data and
// never run. YAML (core schema, bounded aliases) or JSON; any other language is refused.
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from "yaml";
import { excerpt, withoutControlCharacters } from "../read/clean.js";
import type { Severity } from "../types.js";

export interface FrontMatterProblem {
  severity: Severity;
  message: string;
  /** 1-based, in the seed. */
  line: number;
  column: number;
}

export interface FrontMatterBlock {
  /** The fields; empty without a block, or when it could not be read. */
  data: Record<string, unknown>;
  /** The seed line of each top-level field, for messages about its value. */
  fieldLines: Map<string, number>;
  /** Index of the seed's first body line: after the block, 0 without one. */
  bodyStart: number;
  problems: FrontMatterProblem[];
}

type Language = "yaml" | "json";

/** Anchors reused a few times are ordinary front matter; far more is an alias bomb. */
const maxAliasCount = 50;
/** Unresolved tags and the like: enough to point at the problem, not one per value. */
const maxWarnings = 5;
/** How much of a marker or key a message quotes. */
const quotedLength = 40;

/** Byte order marks and zero-width characters that scrapes leave before the block. */
const leadingInvisibles = /^[\uFEFF\u200B\u200C\u200D\u2060]+/;

const yamlOptions = {
  schema: "core",
  version: "1.2",
  merge: false,
  resolveKnownTags: false,
  // the package's own check compares every key with every other: ours is linear
  uniqueKeys: false,
  stringKeys: true,
  strict: true,
  logLevel: "error",
  prettyErrors: false,
} as const;

/** Reads the front matter of a seed's lines (CRLF normalised, but a stray "\r" is allowed for). */
export function parseFrontMatter(lines: string[]): FrontMatterBlock {
  const result: FrontMatterBlock = { data: {}, fieldLines: new Map(), bodyStart: 0, problems: [] };
  if (opensToml(lines[0] ?? "")) return tomlBlock(lines, result);
  const marker = openingMarker(lines[0] ?? "");
  if (marker === null) return result;
  const close = closingIndex(lines, yamlClosings);
  if (close < 0) {
    result.bodyStart = lines.length;
    result.problems.push(error("front matter has no closing line (--- or ...): the whole seed was taken as its block", 1));
    return result;
  }
  result.bodyStart = close + 1;
  const language = languageOf(marker);
  if (language === null) {
    result.problems.push(error(`front matter in "${excerpt(marker, quotedLength)}" is not read: only YAML or JSON front matter is`, 1));
    return result;
  }
  const source = lines.slice(1, close).map(withoutCarriageReturn).join("\n");
  const parsed = language === "json" ? parseJson(source) : parseYaml(source);
  result.problems.push(...parsed.problems);
  if (parsed.value === undefined || parsed.value === null) return result;
  if (typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
    result.problems.push(error("front matter is not a set of fields (name: value)", 2));
    return result;
  }
  result.data = parsed.value as Record<string, unknown>;
  result.fieldLines = parsed.fieldLines;
  return result;
}

/** The language marker after an opening "---" ("" for none), or null when the line opens no block. */
function openingMarker(first: string): string | null {
  const line = withoutCarriageReturn(first.replace(leadingInvisibles, ""));
  // "----" and longer are a thematic break in the story, as in every front-matter reader
  if (!line.startsWith("---") || line[3] === "-") return null;
  return line.slice(3).trim().toLowerCase();
}

const yamlClosings = new Set(["---", "..."]);

/** A linear scan for the line that closes the block. */
function closingIndex(lines: string[], closings: Set<string>): number {
  for (let i = 1; i < lines.length; i++) {
    if (closings.has(lines[i].trimEnd())) return i;
  }
  return -1;
}

/** Hugo's TOML front matter, between "+++" lines. */
function opensToml(first: string): boolean {
  return first.replace(leadingInvisibles, "").trimEnd() === "+++";
}

/** A TOML block is not read, nor shown as the story: one error says so. */
function tomlBlock(lines: string[], result: FrontMatterBlock): FrontMatterBlock {
  const close = closingIndex(lines, new Set(["+++"]));
  result.bodyStart = close < 0 ? lines.length : close + 1;
  result.problems.push(error('front matter in TOML ("+++") is not read: only YAML or JSON front matter is; write it between "---" lines', 1));
  return result;
}

function languageOf(marker: string): Language | null {
  if (marker === "" || marker === "yaml" || marker === "yml") return "yaml";
  if (marker === "json") return "json";
  return null;
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

interface Parsed {
  value: unknown;
  fieldLines: Map<string, number>;
  problems: FrontMatterProblem[];
}

/** Strings a YAML or JSON escape made ("\x01", "\uFFFF") are cleaned as the seed's text was. */
function cleanStrings(_key: unknown, value: unknown): unknown {
  return typeof value === "string" ? withoutControlCharacters(value) : value;
}

/** Block line n is seed line n + 1: the opening line comes first. */
function seedLine(blockLine: number): number {
  return blockLine + 1;
}

function parseYaml(source: string): Parsed {
  const lineCounter = new LineCounter();
  const none = { value: undefined, fieldLines: new Map<string, number>() };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { ...yamlOptions, lineCounter });
  } catch (e) {
    return { ...none, problems: [error(yamlFailure(e), 2)] };
  }
  const at = (offset: number) => seedPosition(lineCounter, offset);
  const problems = doc.warnings.slice(0, maxWarnings).map((w) => problem("warning", `front matter: ${parserMessage(w.message)}`, at(w.pos[0])));
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return { ...none, problems: [...problems, problem("error", `front matter is not valid YAML: ${parserMessage(first.message)}`, at(first.pos[0]))] };
  }
  try {
    const duplicate = firstDuplicateKey(doc);
    if (duplicate) return { ...none, problems: [...problems, problem("error", `front matter names "${excerpt(String(duplicate.value), quotedLength)}" twice`, at(duplicate.range?.[0] ?? 0))] };
    return { value: doc.toJS({ maxAliasCount, reviver: cleanStrings }), fieldLines: yamlFieldLines(doc, lineCounter), problems };
  } catch (e) {
    return { ...none, problems: [...problems, error(yamlFailure(e), 2)] };
  }
}

function seedPosition(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line: seedLine(line), column: col };
}

function problem(severity: Severity, message: string, at: { line: number; column: number }): FrontMatterProblem {
  return { severity, message, ...at };
}

/** The second naming of a key in any one map, where YAML wants each once. */
function firstDuplicateKey(doc: Document.Parsed): Scalar | null {
  let duplicate: Scalar | null = null;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          duplicate = pair.key;
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  return duplicate;
}

/** What the yaml package throws: an alias bomb, or a structure too deep for the stack. */
function yamlFailure(e: unknown): string {
  if (e instanceof RangeError) return "front matter is nested too deeply to read";
  if (e instanceof ReferenceError && /excessive alias count/i.test(e.message)) return `front matter uses aliases more than ${maxAliasCount} times, as an alias bomb does: it is not read`;
  return `front matter is not valid YAML: ${parserMessage(e instanceof Error ? e.message : String(e))}`;
}

function yamlFieldLines(doc: Document.Parsed, lineCounter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), seedLine(lineCounter.linePos(pair.key.range[0]).line));
  }
  return lines;
}

function parseJson(source: string): Parsed {
  const fieldLines = new Map<string, number>();
  try {
    return { value: JSON.parse(source, cleanStrings), fieldLines, problems: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { value: undefined, fieldLines, problems: [problem("error", `front matter is not valid JSON: ${parserMessage(message)}`, jsonPosition(source, message))] };
  }
}

/** V8 gives the offset of a JSON error in its message ("at position 12"). */
function jsonPosition(source: string, message: string): { line: number; column: number } {
  const match = /position (\d+)/.exec(message);
  if (!match) return { line: 2, column: 1 };
  const before = source.slice(0, Number(match[1]));
  return { line: seedLine(before.split("\n").length), column: before.length - before.lastIndexOf("\n") };
}

/** A parser's message, one line; it may quote the source and cut it inside a surrogate pair. */
function parserMessage(message: string): string {
  return withoutControlCharacters(excerpt(message.split("\n", 1)[0], 200));
}

function error(message: string, line: number): FrontMatterProblem {
  return { severity: "error", message, line, column: 1 };
}
