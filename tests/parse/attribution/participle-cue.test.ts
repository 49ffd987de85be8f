// Rule participle-cue: a participle cue speaks for the subject of its sentence.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("participle-cue", () => {
  it("takes the sentence's subject and records participle-cue", () => {
    const found = attributed([
      "Ilse Vance spoke to the fishermen on Monday, saying the harbour \"stays open all winter and longer.\"",
    ]);
    expect(found).toContainEqual({ text: "stays open all winter and longer.", speaker: "Ilse Vance", rule: "participle-cue" });
  });
});
