// Rule dash-then-name: a dash and a name after the quotation.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("dash-then-name", () => {
  it("takes the name after the dash and records dash-then-name", () => {
    const found = attributed([
      "\"The harbour stays open all winter\" ― Ilse Vance",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "dash-then-name" });
  });

  it("takes the name on the dash line under a quotation that is its own paragraph", () => {
    const found = attributed([
      "Tomas Ortiz spoke at the harbour on Monday.",
      "\"The ferry will run all winter, and the fees will stay where they are.\"",
      "- Ilse Vance.",
      "\"Nobody in Northshire should pay twice for the same road.\"",
      "-Ana Ruiz, writing after the council vote.",
    ]);
    expect(found).toContainEqual({ text: "The ferry will run all winter, and the fees will stay where they are.", speaker: "Ilse Vance", rule: "dash-then-name" });
    expect(found).toContainEqual({ text: "Nobody in Northshire should pay twice for the same road.", speaker: "Ana Ruiz", rule: "dash-then-name" });
  });

  it("reads a dash after a quotation that a sentence with a cue runs into as a byline", () => {
    const found = attributed([
      "Tomas Ortiz said Monday that he will \"try to keep the ferry\" and insisted that the port was \"still the first employer in town.\"--Ilse Vance.",
    ]);
    expect(found).toContainEqual({ text: "still the first employer in town.", speaker: "Tomas Ortiz", rule: "cue-earlier-in-sentence" });
  });
});
