// Rule naming-verb: the one who calls something by the quoted words.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("naming-verb", () => {
  it("takes the one who calls it so and records naming-verb", () => {
    const found = attributed([
      "It was what Ilse Vance called \"a harbour for every family here.\"",
    ]);
    expect(found).toContainEqual({ text: "a harbour for every family here.", speaker: "Ilse Vance", rule: "naming-verb" });
  });

  it("takes the subject of a naming verb over its object, in a clause of the sentence", () => {
    const found = attributed([
      "The fees came up in a debate in March, when Ilse Vance called the port director \"the best friend the shipping lines ever had.\" Tomas Ortiz also said that \"the fees will go.\"",
      "At the hearing, after Ilse Vance dismissed the harbour report as \"a piece of fiction from the port,\" the council voted.",
    ]);
    expect(found).toContainEqual({ text: "the best friend the shipping lines ever had.", speaker: "Ilse Vance", rule: "naming-verb" });
    expect(found).toContainEqual({ text: "a piece of fiction from the port", speaker: "Ilse Vance", rule: "naming-verb" });
  });

  it("leaves a possessive's words to their owner, and names past an earlier quotation", () => {
    const found = attributed([
      "Tomas Ortiz called Vance's claim of a \"harbour for every family\" over the new fees \"a fantasy and a distraction.\"",
      "Ilse Vance spoke first.",
    ]);
    expect(found).toContainEqual({ text: "harbour for every family", speaker: "Ilse Vance", rule: "possessive-noun" });
    expect(found).toContainEqual({ text: "a fantasy and a distraction.", speaker: "Tomas Ortiz", rule: "naming-verb" });
  });

  it("takes the one who used the words", () => {
    const found = attributed([
      "When Ilse Vance used the words, \"not quite there yet on the ferry,\" she was echoing Ortiz, who had said the same in May.",
    ]);
    expect(found).toContainEqual({ text: "not quite there yet on the ferry", speaker: "Ilse Vance", rule: "naming-verb" });
  });
});
