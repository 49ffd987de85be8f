// Rule bare-cue: a cue with no subject continues the speaker before.
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
});
