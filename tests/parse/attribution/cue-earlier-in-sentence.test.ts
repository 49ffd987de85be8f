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

  it("reads a title in quotation marks inside the subject's appositive as part of it, not as the subject", () => {
    const found = attributed([
      'Ilse Vance, a contestant on Ortiz\'s reality TV show, "The Harbour," who went on to work alongside Ortiz, said her boss was "always kind and generous and charming."',
    ]);
    expect(found.find((quote) => quote.text.startsWith("always kind"))?.speaker).toBe("Ilse Vance");
  });
});
