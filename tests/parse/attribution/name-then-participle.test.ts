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
});
