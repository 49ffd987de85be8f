// Rule transcript-label: a speaker label in capitals opens a transcript's turn.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("transcript-label", () => {
  it("takes the label for the speaker and records transcript-label", () => {
    const found = attributed([
      "WALLACE: Good evening and welcome to the show.",
      "\"VANCE: Thank you for having me on tonight.\"",
    ]);
    expect(found).toContainEqual({ text: "VANCE: Thank you for having me on tonight.", speaker: "Vance", rule: "transcript-label" });
  });

  it("gives a label that names no one, such as VIDEO, no speaker, and ends the turn before it", () => {
    const found = attributed([
      "Partial transcript as follows:",
      "\"VANCE: Mayor Ortiz, on the night of the storm, you wrote to your daughter. Listen.",
      "\"VIDEO: The harbour master told me the boats were safe when they knew they were not.",
      "\"VANCE: Mayor Ortiz, did you lie to them?\"",
    ]);
    expect(found.map((q) => q.speaker)).toEqual(["Vance", null, "Vance"]);
  });
});
