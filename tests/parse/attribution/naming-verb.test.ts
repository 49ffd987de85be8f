// Rule naming-verb: the one who calls something by the quoted words.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("naming-verb", () => {
  it("takes the one who calls it so and records naming-verb", () => {
    const found = attributed([
      "It was what Ilse Vance called \"a harbour for every family here.\"",
    ]);
    expect(found).toContainEqual({ text: "a harbour for every family here.", speaker: "Ilse Vance", rule: "naming-verb" });
  });
});
