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
});
