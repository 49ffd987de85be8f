// Rule continued-paragraph: a quotation that opens its paragraph goes on with the speaker of the paragraph before.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("continued-paragraph", () => {
  it("gives the opening quotation the speaker before and records continued-paragraph", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "\"We will need more boats for that, and more crews.\"",
    ]);
    expect(found).toContainEqual({ text: "We will need more boats for that, and more crews.", speaker: "Ilse Vance", rule: "continued-paragraph" });
  });
});
