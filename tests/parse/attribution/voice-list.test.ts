// Rule voice-list: in a list of voices closed by a dash and a name, a quotation without one is the next voice's.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("voice-list", () => {
  it("gives the quotation between two closed voices to the second and records voice-list", () => {
    const found = attributed([
      "\"The nets are older than the boats\" ― Ilse Vance \"The quay needs a new crane soon\" \"The ferry runs twice a day now\" ― Tomas Ortiz",
    ]);
    expect(found).toContainEqual({ text: "The quay needs a new crane soon", speaker: "Tomas Ortiz", rule: "voice-list" });
  });
});
