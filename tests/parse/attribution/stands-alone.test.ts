// Rule stands-alone: a quotation that is a sentence of its own speaks for the person the text before is about.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("stands-alone", () => {
  it("takes the subject of the sentence before and records stands-alone", () => {
    const found = attributed([
      "Ilse Vance met the fishermen on Monday. \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "stands-alone" });
  });
});
