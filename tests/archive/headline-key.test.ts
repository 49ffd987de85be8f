import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headlineKey } from "../../src/archive/archive.js";

/** The key as the Unicode rules give it, for any headline. */
const byUnicode = (headline: string) => headline.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

describe("a headline's key", () => {
  it("is the same for an ASCII headline as the Unicode rules make it", () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (headline) => {
      expect(headlineKey(headline)).toBe(byUnicode(headline));
    }), { numRuns: 2000 });
  });

  it("folds case, width and punctuation in any script", () => {
    expect(headlineKey("Ring-road traffic DOUBLES!")).toBe("ring road traffic doubles");
    expect(headlineKey("Ｓｏｆｉａ: «Витоша» открыта")).toBe("sofia витоша открыта");
    expect(headlineKey("Café — 5 ½")).toBe(byUnicode("Café — 5 ½"));
  });
});
