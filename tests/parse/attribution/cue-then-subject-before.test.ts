// Rule cue-then-subject-before: the cue, then who spoke, right before the opening mark.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("cue-then-subject-before", () => {
  it("takes the name after an opening cue and records cue-then-subject-before", () => {
    const found = attributed([
      "Said Ilse Vance, \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "cue-then-subject-before" });
  });

  it("reads past a relative clause after the name", () => {
    const found = attributed(["Said Ana Ruiz, who runs the ferry office on the quay, \"We will run again in May.\""]);
    expect(found).toContainEqual({ text: "We will run again in May.", speaker: "Ana Ruiz", rule: "cue-then-subject-before" });
  });
});
