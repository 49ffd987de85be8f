import { describe, expect, it } from "vitest";
import { inputText, type Revisions } from "../../src/site/fingerprint.js";

describe("a page's inputs as text", () => {
  const none: Revisions = new WeakMap();

  it("gives data that differ, in value, type or where one value ends, texts that differ", () => {
    const data: unknown[] = [
      "1", 1, "n", null, true, "t", "", [], {}, ["ab"], ["a", "b"], ["a", ["b"]], { a: "1" }, { a: 1 }, { "a:1": 1 }, { a: { b: 1 } }, { ab: 1 },
      "5\"hello", ["5", "hello"], new Date("2024-05-01T00:00:00Z"), new Date("2024-05-02T00:00:00Z"),
    ];
    const texts = data.map((value) => inputText(value, none));
    expect(new Set(texts).size).toBe(data.length);
  });

  it("writes a value with toJSON as what that gives, as JSON does: a date by its time", () => {
    expect(inputText({ on: new Date("2024-05-01T00:00:00Z") }, none)).toBe(inputText({ on: "2024-05-01T00:00:00.000Z" }, none));
  });

  it("leaves out what JSON leaves out: undefined and functions", () => {
    expect(inputText({ a: 1, b: undefined, c: () => 2 }, none)).toBe(inputText({ a: 1 }, none));
  });

  it("stands a value with a revision in as its revision, whatever it holds", () => {
    const revisions: Revisions = new WeakMap();
    const before = { text: "old" };
    const after = { text: "new" };
    revisions.set(before, "r1");
    revisions.set(after, "r1");
    expect(inputText([before], revisions)).toBe(inputText([after], revisions));
    revisions.set(after, "r2");
    expect(inputText([before], revisions)).not.toBe(inputText([after], revisions));
    // a revision is never taken for a text
    expect(inputText([before], revisions)).not.toBe(inputText(["r1"], revisions));
  });
});
