// Rule transcript-label: a speaker label in capitals opens a transcript's turn.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("transcript-label", () => {
  it("takes the label for the speaker and records transcript-label", () => {
    const found = attributed([
      "WALLACE: Good evening and welcome to the show.",
      "\"VANCE: Thank you for having me on tonight.\"",
    ]);
    expect(found).toContainEqual({ text: "VANCE: Thank you for having me on tonight.", speaker: "Vance", rule: "transcript-label" });
  });
});
