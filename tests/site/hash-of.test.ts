import { describe, expect, it } from "vitest";
import { hashOf } from "../../src/site/cache.js";

describe("hashOf", () => {
  it("gives text the hash of its UTF-8 bytes, whichever way the parts come", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(hashOf("Žena", "řekla", "")).toBe(hashOf(bytes("Žena"), bytes("řekla"), bytes("")));
    expect(hashOf("Žena", "řekla")).toBe(hashOf("Žena", bytes("řekla")));
  });

  it("keeps parts apart: the same text cut elsewhere is another hash", () => {
    expect(hashOf("ab", "c")).not.toBe(hashOf("a", "bc"));
    expect(hashOf("abc")).not.toBe(hashOf("abc", ""));
  });
});
