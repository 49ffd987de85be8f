// Rule according-to: "according to" and a subject in the quote's sentence.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("according-to", () => {
  it("takes the one the quote is according to and records according-to", () => {
    const found = attributed([
      "The harbour \"stays open all winter and spring,\" according to Ilse Vance.",
    ]);
    expect(found).toContainEqual({ text: "stays open all winter and spring", speaker: "Ilse Vance", rule: "according-to" });
  });
});
