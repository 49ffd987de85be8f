// Rule asked-by: the one who asks, in "was asked by".
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("asked-by", () => {
  it("takes the asker, not the one asked and records asked-by", () => {
    const found = attributed([
      "Ortiz was asked by host Ilse Vance, \"Will the harbour stay open all winter?\"",
    ]);
    expect(found).toContainEqual({ text: "Will the harbour stay open all winter?", speaker: "Ilse Vance", rule: "asked-by" });
  });
});
