// Rule subject-cue-before: who spoke and the cue, before the opening mark.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("subject-cue-before", () => {
  it("takes the subject of the cue before a colon and records subject-cue-before", () => {
    const found = attributed([
      "Ilse Vance said on Monday: \"The harbour stays open all winter.\"",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter.", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });

  it("reads echoed and exhorted as cues, in a paragraph of its own before a colon too", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "Local student Tomas Ortiz echoed:",
      "\"We need the ferry more than anyone in this town does.\"",
      "Ortiz's cousin Ana Ruiz exhorted the crowd: \"Go and tell the council what you think of it.\"",
    ]);
    expect(found).toContainEqual({ text: "We need the ferry more than anyone in this town does.", speaker: "Tomas Ortiz", rule: "subject-cue-before" });
    expect(found).toContainEqual({ text: "Go and tell the council what you think of it.", speaker: "Ana Ruiz", rule: "subject-cue-before" });
  });

  it("takes a titled full name after an opening phrase as the subject, not as the role of the name before it", () => {
    const found = attributed([
      "In discussing the troubles around harbour master Ilse Vance, former Port Commissioner Tomas Ortiz told radio host Ana Ruiz, \"The ferry will never run again in May.\"",
    ]);
    expect(found).toContainEqual({ text: "The ferry will never run again in May.", speaker: "Tomas Ortiz", rule: "subject-cue-before" });
  });

  it("passes over the adverbs and times between a subject and its cue, a last one after \"last\" or \"this\" too", () => {
    const found = attributed([
      "Ilse Vance later Thursday told reporters: \"The harbour stays open all winter.\"",
      "Tomas Ortiz last week said: \"We need the ferry more than anyone.\"",
      "Ana Ruiz on Monday again this morning said: \"Go and tell the council.\"",
    ]);
    expect(found.map((q) => q.speaker)).toEqual(["Ilse Vance", "Tomas Ortiz", "Ana Ruiz"]);
  });

  it("takes the name before an aside between dashes that describes it, and the name an aside holds", () => {
    const found = attributed([
      "Tomas Ortiz — a teacher from Mount Pleasant — says the levy was “a gift to the trawlers.”",
      "A former harbour master -- Ilse Vance, who retired in May -- said the port was “safer than ever.”",
    ]);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["a gift to the trawlers.", "Tomas Ortiz"],
      ["safer than ever.", "Ilse Vance"],
    ]);
  });

  it("reads no possessive before a participle as the subject of a cue", () => {
    const found = attributed(["Ortiz then interjected, calling Vance's proposed harbour levy \"a tax on every fisherman in town.\""]);
    expect(found.find((q) => q.text.startsWith("a tax"))?.speaker).toBe("Ortiz");
  });

  it("reads a place after a preposition and a comma as where, not as the subject with the speaker for role", () => {
    const found = attributed(["In Northshire, Mayor Ilse Vance released a statement condemning \"what looks like a deliberate attack on the harbour.\""]);
    expect(found).toContainEqual({ text: "what looks like a deliberate attack on the harbour.", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });

  it("passes over a long opening phrase to the subject a coordinated cue shares", () => {
    const found = attributed([
      "When told that Ortiz was on the harbour board and in the running for an even bigger job in a new council at the Northshire town hall, Vance thought for a moment and said that in the current climate, \"it is an advantage not to be famous.\"",
    ]);
    expect(found).toContainEqual({ text: "it is an advantage not to be famous.", speaker: "Vance", rule: "subject-cue-before" });
  });

  it("reads 'expressed confidence that' as a cue", () => {
    const found = attributed([
      "In an interview with the Northshire radio, in which Vance expressed confidence that the ferry would not be an issue \"that is going to affect either the vote or my term.\"",
    ]);
    expect(found).toContainEqual({ text: "that is going to affect either the vote or my term.", speaker: "Vance", rule: "subject-cue-before" });
  });

  it("gives a cue after 'but' the subject of the sentence, a role held for a name included", () => {
    const found = attributed([
      "A spokesman for Northshire Harbour declined to address the report but said in a statement that \"the harbour was never closed to any ship of the fleet.\"",
    ]);
    expect(found).toContainEqual({ text: "the harbour was never closed to any ship of the fleet.", speaker: "Northshire Harbour", rule: "subject-cue-before" });
  });

  it("reads a person's email or brief before a cue as the person speaking, the one it went to aside", () => {
    const found = attributed([
      "Ilse Vance’s fundraising email to her supporters notes that the harbour master \"is a fine sailor who knows every berth.\"",
      "Tomas Ortiz's brief said that the council \"never once asked the fishermen what they needed.\"",
    ]);
    expect(found).toContainEqual({ text: "is a fine sailor who knows every berth.", speaker: "Ilse Vance", rule: "subject-cue-before" });
    expect(found).toContainEqual({ text: "never once asked the fishermen what they needed.", speaker: "Tomas Ortiz", rule: "subject-cue-before" });
  });

  it("reads an email sent by a person before a cue as the person speaking", () => {
    const found = attributed([
      "In addition, a fundraising email sent out by Ilse Vance on Tuesday night warned of the fight ahead: \"There are four council votes over the next three weeks.\"",
    ]);
    expect(found).toContainEqual({ text: "There are four council votes over the next three weeks.", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });

  it("reads no cue in a noun after a word that only goes before a noun ('those reports')", () => {
    const found = attributed([
      "However, Ilse Vance's brief said that was not her view and dismissed those reports as \"old and misread statements.\"",
    ]);
    expect(found).toContainEqual({ text: "old and misread statements.", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });

  it("takes the full name before the body its bearer belongs to, and no capitalised word that opens the sentence", () => {
    const found = attributed([
      "Ilse Vance of the Northshire delegation said: \"There is just a passion for the ferry.\"",
      "Leaders of the harbour board have said they want \"a constructive relationship with whoever wins.\"",
    ]);
    expect(found).toContainEqual({ text: "There is just a passion for the ferry.", speaker: "Ilse Vance", rule: "subject-cue-before" });
    expect(found.find((q) => q.text.startsWith("a constructive"))?.speaker).toBeNull();
  });

  it("takes the name before a role that ends in an organisation's name, with no comma after it", () => {
    const found = attributed(["Tomas Ortiz, president and CEO of Northshire Harbour Association stated, “It’s not a political problem; it’s a math problem.”"]);
    expect(found).toEqual([{ text: "It’s not a political problem; it’s a math problem.", speaker: "Tomas Ortiz", rule: "subject-cue-before" }]);
  });

  it("gives \"Sir\" and a given name to the knight the story names in full", () => {
    const found = attributed(["The harbour plan was drawn up by Sir Tomas Ortiz, the harbour secretary. Sir Tomas said the new rules would be “clearer and fairer.”"]);
    expect(found).toEqual([{ text: "clearer and fairer.", speaker: "Sir Tomas Ortiz", rule: "subject-cue-before" }]);
  });
});
