// Rule cue-then-subject: the cue right after the closing mark, then who spoke.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("cue-then-subject", () => {
  it("takes the name after the cue, with its role and records cue-then-subject", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" said harbour master Ilse Vance.",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "cue-then-subject" });
  });

  it("takes the name in apposition after a description, with its role in lower case", () => {
    const found = attributed([
      "Then came the loudest cheer: \"It is about time this harbour had a woman in charge,\" exhorted Vance's introducer, actress Ana Ruiz.",
    ]);
    expect(found).toContainEqual({ text: "It is about time this harbour had a woman in charge", speaker: "Ana Ruiz", rule: "cue-then-subject" });
  });

  it("takes the name before the body its bearer belongs to ('of the Northshire delegation')", () => {
    const found = attributed([
      "Harbour master Tomas Ortiz called the vote absurd.",
      "\"There is just a passion for the ferry,\" said Ilse Vance of the Northshire delegation.",
    ]);
    expect(found).toContainEqual({ text: "There is just a passion for the ferry", speaker: "Ilse Vance", rule: "cue-then-subject" });
  });

  it("takes the name in apposition after a description that names no one, and no clause for a name", () => {
    const found = attributed([
      "\"The harbour is closed,\" said the board's director, Ilse Vance.",
      "\"The quay is open,\" said the mayor, who spoke on Monday.",
    ]);
    expect(found).toEqual([
      { text: "The harbour is closed", speaker: "Ilse Vance", rule: "cue-then-subject" },
      { text: "The quay is open", speaker: null, rule: null },
    ]);
  });
});
