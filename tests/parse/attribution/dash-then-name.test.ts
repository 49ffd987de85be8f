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
});
