// Rule subject-cue-before: who spoke and the cue, before the opening mark.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("subject-cue-before", () => {
  it("takes the subject of the cue before a colon and records subject-cue-before", () => {
    const found = attributed([
      "Ilse Vance said on Monday: \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });
});
