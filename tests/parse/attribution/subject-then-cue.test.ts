// Rule subject-then-cue: after the closing mark, who spoke, then the cue.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("subject-then-cue", () => {
  it("takes the name before the cue and records subject-then-cue", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said on Monday.",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "subject-then-cue" });
  });
});
