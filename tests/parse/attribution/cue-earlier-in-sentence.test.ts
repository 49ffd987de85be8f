// Rule cue-earlier-in-sentence: a cue earlier in the sentence, past the quotations between.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("cue-earlier-in-sentence", () => {
  it("gives a later partial quote the subject of the sentence's cue and records cue-earlier-in-sentence", () => {
    const found = attributed([
      "Ilse Vance said that by calling it \"a small port,\" critics were \"missing the whole point of it.\"",
    ]);
    expect(found).toContainEqual({ text: "missing the whole point of it.", speaker: "Ilse Vance", rule: "cue-earlier-in-sentence" });
  });
});
