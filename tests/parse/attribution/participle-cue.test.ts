// Rule participle-cue: a participle cue speaks for the subject of its sentence.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("participle-cue", () => {
  it("takes the sentence's subject and records participle-cue", () => {
    const found = attributed([
      "Ilse Vance spoke to the fishermen on Monday, saying the harbour \"stays open all winter and longer.\"",
    ]);
    expect(found).toContainEqual({ text: "stays open all winter and longer.", speaker: "Ilse Vance", rule: "participle-cue" });
  });

  it("takes an organisation a name's possessive stands for as the sentence's subject", () => {
    const found = attributed([
      "Vance's campaign shrugged off the remarks, telling reporters, \"Nobody on the team has ever asked for an endorsement.\"",
      "Later, Ortiz's campaign called the harbour plan \"a gift to the shipping lines.\"",
    ]);
    expect(found).toContainEqual({ text: "Nobody on the team has ever asked for an endorsement.", speaker: "the Vance campaign", rule: "participle-cue" });
    expect(found).toContainEqual({ text: "a gift to the shipping lines.", speaker: "the Ortiz campaign", rule: "sentence-subject" });
  });

  it("passes over a participle in an opening phrase to the one after the subject", () => {
    const found = attributed([
      "In responding Friday, Mayor Ilse Vance took the unusual step of criticizing the port, accusing its board of \"running the harbour like a private club.\"",
    ]);
    expect(found).toContainEqual({ text: "running the harbour like a private club.", speaker: "Ilse Vance", rule: "participle-cue" });
  });

  it("passes over an opening phrase of time to the subject", () => {
    const found = attributed([
      "Early in his term, Tomas Ortiz attacked Vance, calling her, among other things, \"a failed harbour master.\" Vance fired back in March.",
    ]);
    expect(found).toContainEqual({ text: "a failed harbour master.", speaker: "Tomas Ortiz", rule: "participle-cue" });
  });

  it("takes the name in apposition after a description that opens the sentence", () => {
    const found = attributed([
      "In early October, Vance's press director, Tomas Ortiz, reached out to the council, writing in an email: \"We want to use the new berths as soon as possible.\" The council's owner said he contended it \"would be the perfect berth for the ferry.\"",
    ]);
    expect(found).toContainEqual({ text: "We want to use the new berths as soon as possible.", speaker: "Tomas Ortiz", rule: "participle-cue" });
  });

  it("reads a role in the plural held for a name as the subject of the sentence", () => {
    const found = attributed([
      "Attorneys for Ilse Vance appeared to oppose the effort, saying in court files that her harbour account \"has never been the property of the council.\"",
    ]);
    expect(found).toContainEqual({ text: "has never been the property of the council.", speaker: "Ilse Vance", rule: "participle-cue" });
  });
});
