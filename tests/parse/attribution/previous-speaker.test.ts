// Rule previous-speaker: a pronoun no one named before resolves goes on with the speaker of the quote before; "it" only with no person.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("previous-speaker", () => {
  it("takes the last quote's speaker and records previous-speaker", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "The council met later in the week.",
      "\"It will need more boats than that,\" she said.",
    ]);
    expect(found).toContainEqual({ text: "It will need more boats than that", speaker: "Ilse Vance", rule: "previous-speaker" });
  });

  it("does not give \"she\" the man who spoke before", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Tomas Ortiz said.",
      "The council met later in the week.",
      "\"It will need more boats than that,\" she said.",
    ]);
    expect(found.find((quote) => quote.text === "It will need more boats than that")?.speaker).toBeNull();
  });

  it("does not give \"it\" the person who spoke before", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "The council met later in the week.",
      "\"All ferries are suspended until spring,\" it said.",
    ]);
    expect(found.find((quote) => quote.text === "All ferries are suspended until spring")?.speaker).toBeNull();
  });

  it("does not give \"he\" the organisation that spoke before", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" the Harbour Board said.",
      "The council met later in the week.",
      "\"It will need more boats than that,\" he said.",
    ]);
    expect(found.find((quote) => quote.text === "It will need more boats than that")?.speaker).toBeNull();
  });

  it("does not give \"they\" the man who spoke before", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Tomas Ortiz said.",
      "The council met later in the week.",
      "\"It will need more boats than that,\" they said.",
    ]);
    expect(found.find((quote) => quote.text === "It will need more boats than that")?.speaker).toBeNull();
  });
});
