// Rule name-colon: a name and a colon introduce the quotation.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("name-colon", () => {
  it("takes the name after a digest's heading and records name-colon", () => {
    const found = attributed([
      "HARBOUR NEWS - Ilse Vance: \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "name-colon" });
  });
});
