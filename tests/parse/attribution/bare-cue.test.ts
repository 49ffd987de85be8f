// Rule bare-cue: a cue with no subject, or a colon after words of time and place alone, continues the speaker before.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("bare-cue", () => {
  it("takes the person the sentence before is about and records bare-cue", () => {
    const found = attributed([
      "Ilse Vance spoke to the fishermen on Monday.",
      "Adding, \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "bare-cue" });
  });

  it("reads a colon after words of time and place alone as more words of the speaker before", () => {
    const found = attributed([
      "For example: \"We made a terrible mistake building the new pier in the first place,\" Ilse Vance told the Gazette in October.",
      "Then, later that month on Northshire Radio: \"I never said we made a mistake building the pier.\"",
    ]);
    expect(found).toContainEqual({ text: "I never said we made a mistake building the pier.", speaker: "Ilse Vance", rule: "bare-cue" });
  });
});
