// For any seed, text or Markdown, as text or as raw bytes: parse never throws, and no
// string in the record it gives holds a control character or a noncharacter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/parse/index.js";
import { seedFromBytes } from "../../src/read/seeds.js";
import type { ArticleRecord } from "../../src/types.js";

const disallowed = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}]|\p{Cs}/u;
const numRuns = 500;

/** Pieces that mean something to a reader of seeds, YAML, Markdown, HTML or XML. */
const piece = fc.constantFrom(
  "\n", "\r\n", "\r", "\t", " ", "---", "---\n", "...\n", "---js\n", "--- json\n", "----\n", "\uFEFF", ":", ": ", "- ", "#", "&a ", "*a", "!!binary ", "!!js/function ", "<<: ",
  "[", "]", "{", "}", ",", '"', "'", "\\", "\\x01", "\\u0000", "\\ud800", "\\uFFFF", "<", ">", "&", "&#12;", "&#1;", "&#x85;", "]]>", "</script>", "<!--",
  "\u0000", "\u0001", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f", "\ud800", "\udc00", "\ufdd0", "\ufffe", "\uffff", "\u{1fffe}", "\u{10ffff}",
  " date 2024-01-02 ", "date: ", "title: ", "tags: ", "said", "\u201c", "\u201d", "Mayor Anna Petrova", "Reuters", "- » ", "😀",
);

const text = fc.array(fc.oneof(piece, fc.string({ unit: "binary", maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(""));

/** A YAML value: double-quoted (JSON's escapes are YAML's), bare, a flow list, or a number. */
const yamlValue = fc.oneof(
  text.map((s) => JSON.stringify(s)),
  text.map((s) => s.replace(/\n/g, " ")),
  fc.array(text.map((s) => JSON.stringify(s)), { maxLength: 5 }).map((items) => `[${items.join(", ")}]`),
  fc.integer().map(String),
  fc.constantFrom("2024-03-05", "2024-13", "null", "~", "true", "*a", "&a x", "!!binary aGk=", "{ a: 1 }", "[[[[", "|\n  block\n"),
);

const field = fc.tuple(fc.constantFrom("title", "headline", "date", "slug", "tags", "source", "author", "related", "other", "__proto__", "constructor", "<<"), yamlValue);

const markdownSeed = fc
  .tuple(fc.constantFrom("---", "---yaml", "--- yml", "---json", "---js", "\uFEFF---"), fc.array(field, { maxLength: 8 }), fc.constantFrom("---", "...", "", "----"), text)
  .map(([open, fields, close, body]) => `${open}\n${fields.map(([k, v]) => `${k}: ${v}`).join("\n")}\n${close}\n${body}`);

const jsonSeed = fc
  .tuple(fc.dictionary(fc.constantFrom("title", "date", "tags", "source", "author", "related", "x"), fc.jsonValue({ maxDepth: 3 })), text)
  .map(([data, body]) => `---json\n${JSON.stringify(data, null, 1)}\n---\n${body}`);

/** Every string in a value, keys too, without recursion on the call stack. */
function strings(value: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === "string") found.push(next);
    else if (next && typeof next === "object") {
      for (const [k, v] of Object.entries(next)) stack.push(k, v);
    }
  }
  return found;
}

function expectClean(record: ArticleRecord): void {
  const dirty = strings(record).filter((s) => disallowed.test(s));
  expect(dirty).toEqual([]);
  expect(typeof record.headline).toBe("string");
  for (const m of record.messages) expect(m.line).toBeGreaterThanOrEqual(1);
}

function parseString(file: string, source: string): ArticleRecord {
  return parseSeed(seedFromBytes(file, Buffer.from(source, "utf8")));
}

describe("parsing any seed", () => {
  it("never throws on a text seed, and cleans it", () => {
    fc.assert(fc.property(text, (source) => expectClean(parseString("any.txt", source))), { numRuns });
  });

  it("never throws on a Markdown seed, whatever its front matter, and cleans it", () => {
    fc.assert(fc.property(markdownSeed, (source) => expectClean(parseString("any.md", source))), { numRuns });
  });

  it("never throws on JSON front matter of any shape", () => {
    fc.assert(fc.property(jsonSeed, (source) => expectClean(parseString("any.md", source))), { numRuns });
  });

  it("never throws on raw bytes, as text or Markdown", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("raw.txt", "raw.md", "raw.seed"), (bytes, file) => expectClean(parseSeed(seedFromBytes(file, bytes)))),
      { numRuns },
    );
  });

  it("never throws on bytes that open with front matter", () => {
    const opening = fc.constantFrom("---\n", "---js\n", "\uFEFF---\n", "---\r\n");
    fc.assert(
      fc.property(opening, fc.uint8Array({ maxLength: 300 }), (open, bytes) => expectClean(parseSeed(seedFromBytes("raw.md", Buffer.concat([Buffer.from(open), bytes, Buffer.from("\n---\nBody\n")]))))),
      { numRuns },
    );
  });
});
