// Rule sentence-subject: with no cue, the subject of the sentence that frames the quote.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("sentence-subject", () => {
  it("takes the sentence's subject and records sentence-subject", () => {
    const found = attributed([
      "Ilse Vance criticised the plan \"as a gift to the shipping companies.\"",
    ]);
    expect(found).toContainEqual({ text: "as a gift to the shipping companies.", speaker: "Ilse Vance", rule: "sentence-subject" });
  });
});
