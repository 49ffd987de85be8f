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

  it("reads a name with a party tag before the colon", () => {
    const found = attributed(["Rep. Ilse Vance (R-N.S.):\"I have not heard anyone other than you ever cite that figure.\""]);
    expect(found).toContainEqual({ text: "I have not heard anyone other than you ever cite that figure.", speaker: "Ilse Vance", rule: "name-colon" });
  });

  it("takes no label, such as Example or Update, before the colon for a speaker", () => {
    for (const lead of ["Example:", "For example:", "Update:"]) {
      const found = attributed([`${lead} "That was so funny I literally cried."`]);
      expect(found.map((q) => q.speaker), lead).toEqual([null]);
    }
  });

  it("takes no language or other object of a preposition before the colon for a speaker", () => {
    for (const lead of ["She ended her speech by quoting the poet in Italian:", "He wrote a letter to Ilse Vance:", "The sign, translated into English:"]) {
      const found = attributed([`${lead} "Every obstacle yields to stern resolve."`]);
      expect(found.filter((q) => q.rule === "name-colon"), lead).toEqual([]);
    }
  });
});
