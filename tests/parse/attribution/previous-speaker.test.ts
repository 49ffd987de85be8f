// Rule previous-speaker: a pronoun no one named before resolves goes on with the speaker of the quote before; "it" only with no person.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

/** The speaker of a pronoun's quote after a paragraph that names no one, where `speaker` said the quote before. */
const afterSpeaker = (speaker: string, pronoun: string) =>
  attributed([
    `"The harbour stays open all winter," ${speaker} said.`,
    "The council met later in the week.",
    `"It will need more boats than that," ${pronoun} said.`,
  ]).find((quote) => quote.text === "It will need more boats than that");

describe("previous-speaker", () => {
  it("takes the last quote's speaker and records previous-speaker", () => {
    expect(afterSpeaker("Ilse Vance", "she")).toEqual({ text: "It will need more boats than that", speaker: "Ilse Vance", rule: "previous-speaker" });
  });

  it("does not give \"she\" the man who spoke before", () => {
    expect(afterSpeaker("Tomas Ortiz", "she")?.speaker).toBeNull();
  });

  it("does not give \"it\" the person who spoke before", () => {
    expect(afterSpeaker("Ilse Vance", "it")?.speaker).toBeNull();
  });

  it("does not give \"he\" the organisation that spoke before", () => {
    expect(afterSpeaker("the Harbour Board", "he")?.speaker).toBeNull();
  });

  it("does not give \"they\" the man who spoke before", () => {
    expect(afterSpeaker("Tomas Ortiz", "they")?.speaker).toBeNull();
  });
});
