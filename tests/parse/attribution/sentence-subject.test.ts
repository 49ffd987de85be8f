// Rule sentence-subject: with no cue, the subject of the sentence that frames the quote.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("sentence-subject", () => {
  it("takes the sentence's subject and records sentence-subject", () => {
    const found = attributed([
      "Ilse Vance criticised the plan \"as a gift to the shipping companies.\"",
    ]);
    expect(found).toContainEqual({ text: "as a gift to the shipping companies.", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("passes over an opening phrase that starts with a number word or a linking adverb", () => {
    const found = attributed([
      "Fifteen minutes after the vote in Northshire, Council chairman Tomas Ortiz criticised the plan \"as the worst deal in a generation.\"",
      "Moreover, in talks with the port, Ilse Vance criticised the fees \"as a tax on every family.\"",
    ]);
    expect(found).toContainEqual({ text: "as the worst deal in a generation.", speaker: "Tomas Ortiz", rule: "sentence-subject" });
    expect(found).toContainEqual({ text: "as a tax on every family.", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("reads a speechwriter as a role before the name", () => {
    const found = attributed(["Former Vance speechwriter Ana Ruiz criticised the plan \"as a tax on every family in town.\""]);
    expect(found).toContainEqual({ text: "as a tax on every family in town.", speaker: "Ana Ruiz", rule: "sentence-subject" });
  });

  it("reads a name written in UTF-8 read as Latin-1 as one name", () => {
    const found = attributed(["In an address on Friday, President Ren\u00c3\u00a9 Ortiz condemned the \"attack on the harbour that nobody can deny.\""]);
    expect(found.map((q) => q.speaker?.normalize("NFC"))).toEqual(["Ren\u00c3\u00a9 Ortiz"]);
  });

  it("gives a sentence that opens with 'To' and a name the view of the one named, not of its subject", () => {
    const found = attributed([
      "To Ilse Vance, Tomas Ortiz is the \"kind and patient\" harbour master who saved her boat.",
    ]);
    expect(found).toContainEqual({ text: "kind and patient", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("gives a sentence that opens with 'In' and a name's mind or view the view of the one named", () => {
    const found = attributed([
      "In Ilse Vance's mind, her habit of attacking Tomas Ortiz as having \"sunk like a stone\" is a winning strategy.",
    ]);
    expect(found).toContainEqual({ text: "sunk like a stone", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("gives a quotation after a clause of time and a dash the subject of the clause", () => {
    const found = attributed([
      "When Ilse Vance finally wrapped up — \"I will fight for this harbour, and I will win for it!\" — the balloons came down on the crowd.",
    ]);
    expect(found).toContainEqual({ text: "I will fight for this harbour, and I will win for it!", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("gives no one the words a sentence says its subject is called or known as", () => {
    for (const naming of ["is called", "was once known as", "is often described as"]) {
      const found = attributed([`When the nets fill with weed, Vance Syndrome ${naming} "the harbour pilot's cough" on the quay.`]);
      expect(found, naming).toEqual([{ text: "the harbour pilot's cough", speaker: null, rule: null }]);
    }
  });

  it("gives no one the words of the people a possessive subject has ('Vance's supporters'), but gives its owner their own words", () => {
    const found = attributed([
      "Ilse Vance’s supporters chanted “Close the harbour” all night.",
      "At the hall, Tomas Ortiz's first five questioners ranged from skeptical to hostile: \"Is it time for your ferry to change?\"",
      "Ilse Vance’s stock answer then — “The harbour will be fine whatever happens.”",
    ]);
    expect(found).toContainEqual({ text: "Close the harbour", speaker: null, rule: null });
    expect(found.find((q) => q.text.startsWith("Is it time"))?.speaker).toBeNull();
    expect(found).toContainEqual({ text: "The harbour will be fine whatever happens.", speaker: "Ilse Vance", rule: "sentence-subject" });
  });

  it("reads the subject past an aside between dashes, up to its cue, where subject-cue-before does not", () => {
    const paragraph = "On Friday, Ilse Vance — mentioned by the Gazette as the leading choice for the harbour board — told Tomas Ortiz of the Herald that “you have to look at it very seriously, of course.”";
    const found = attributed([paragraph], (rules) => rules.sentence.disable("subject-cue-before"));
    expect(found).toEqual([{ text: "you have to look at it very seriously, of course.", speaker: "Ilse Vance", rule: "sentence-subject" }]);
  });

  it("leaves a quotation to the cue its sentence has further on, past a later quotation, not to the sentence's subject", () => {
    const found = attributed([
      "The harbour board looked for a link between the two ferries and did not find \"ties of any consequence,\" aside from the two captains knowing each other \"from the old days at the quay,\" said the board's director, Ilse Vance, on Monday.",
    ]);
    expect(found.find((quote) => quote.text.startsWith("ties of any"))).toEqual({ text: "ties of any consequence", speaker: "Ilse Vance", rule: "sibling" });
  });
});
