// Control characters and noncharacters leave a seed as it is read: one warning, never one per character.
import { describe, expect, it } from "vitest";
import { cleanText, withoutControlCharacters } from "../../src/read/clean.js";
import { parseBytes, parseText } from "../helpers.js";

const disallowed = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("cleaning text", () => {
  it("removes C0 and C1 controls, DEL, noncharacters and lone surrogates, and keeps the rest", () => {
    const text = "a\u0001b\u007fc\u009fd\ufdd0e\ufffef\uffffg\u{1fffe}h\u{10ffff}i\ud800j\udfffk";
    expect(withoutControlCharacters(text)).toBe("abcdefghijk");
    expect(withoutControlCharacters("tab\tnew\nline \u00a0é 😀 \u2028")).toBe("tab\tnew\nline \u00a0é 😀 \u2028");
  });

  it("turns vertical tab, form feed and next line into spaces", () => {
    expect(withoutControlCharacters("a\u000bb\u000cc\u0085d")).toBe("a b c d");
  });

  it("counts what it removed and finds the first", () => {
    expect(cleanText("ok\nfine \u0001 and \u0002\n\u0003")).toEqual({ text: "ok\nfine  and \n", count: 3, line: 2, column: 6 });
    expect(cleanText("clean")).toEqual({ text: "clean", count: 0, line: 0, column: 0 });
  });
});

describe("control characters in seeds", () => {
  it("leave a text seed with one warning at the first of them", () => {
    // the lone surrogate is U+FFFD once encoded as UTF-8, so four characters go
    const record = parseText(" date 2024-01-02 A \u0001head\u0002line\u0003\nThe \u0007story \ud800goes on.\n", "c.txt");
    expect(record.headline).not.toMatch(disallowed);
    expect(record.paragraphs.join("")).not.toMatch(disallowed);
    const warnings = record.messages.filter((m) => m.rule === "control-characters");
    expect(warnings).toEqual([expect.objectContaining({ file: "c.txt", severity: "warning", line: 1, column: 20, message: expect.stringMatching(/^4 control characters/) })]);
  });

  it("leave the bytes of a seed, whatever their encoding", () => {
    const record = parseBytes(Uint8Array.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32, 0x20, 0x41, 0x01, 0x1b, 0x0a, 0x7f, 0x42, 0x0a]), "b.txt");
    expect(strings(record).filter((text) => disallowed.test(text))).toEqual([]);
  });

  it("leave a Markdown body, also where an entity gives one", () => {
    const record = parseText("---\ntitle: T\n---\nA \u0001form&#12;feed &#1; and &#x85;.\n", "e.md");
    expect(record.paragraphs.join("")).not.toMatch(disallowed);
  });
});
