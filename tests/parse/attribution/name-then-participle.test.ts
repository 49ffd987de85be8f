// Rule name-then-participle: a name and a participle cue right before the quotation.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("name-then-participle", () => {
  it("takes the name the participle follows and records name-then-participle", () => {
    const found = attributed([
      "The video shows footage of Ilse Vance saying, \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "name-then-participle" });
  });

  it("reads an adverb between the name and its participle, and wins over a cue earlier in the sentence", () => {
    const found = attributed([
      "Some of her supporters shoved a protester, with Ilse Vance reportedly yelling: \"Get him out of here right now!\"",
      "The ad concludes with footage of Tomas Ortiz saying during the debate last week, \"That makes me smart,\" when she asked him about taxes.",
    ]);
    expect(found).toContainEqual({ text: "Get him out of here right now!", speaker: "Ilse Vance", rule: "name-then-participle" });
    expect(found).toContainEqual({ text: "That makes me smart", speaker: "Tomas Ortiz", rule: "name-then-participle" });
  });

  it("takes an organisation named with 'of' before the participle", () => {
    const found = attributed([
      "Dock unions were early supporters of Vance, with the Northshire Federation of Dockers calling her \"the champion the harbour families need.\"",
    ]);
    expect(found).toContainEqual({ text: "the champion the harbour families need.", speaker: "Northshire Federation of Dockers", rule: "name-then-participle" });
  });
});
