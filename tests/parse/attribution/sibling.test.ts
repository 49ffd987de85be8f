// Rule sibling: a quotation without an attribution shares its paragraph's.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("sibling", () => {
  it("gives a second quotation the speaker of the first and records sibling", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said. \"We will need more boats for that.\"",
    ]);
    expect(found).toContainEqual({ text: "We will need more boats for that.", speaker: "Ilse Vance", rule: "sibling" });
  });
});
