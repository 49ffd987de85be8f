// Rule subject-then-cue: after the closing mark, who spoke, then the cue.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("subject-then-cue", () => {
  it("takes the name before the cue and records subject-then-cue", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said on Monday.",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "subject-then-cue" });
  });

  it("reads the subject after the last comma when the quotation runs on into its sentence", () => {
    const found = attributed([
      "The new ferry was named \"in honour of the founder\" Ortiz, Ilse Vance wrote.",
    ]);
    expect(found).toContainEqual({ text: "in honour of the founder", speaker: "Ilse Vance", rule: "subject-then-cue" });
  });

  it("leaves a quotation that a cue and 'that' before it report to that cue's subject", () => {
    const found = attributed([
      "But even as Ilse Vance claimed on Tuesday that \"the port lost nothing at all,\" one of the lawyers for Tomas Ortiz said the two cases were different.",
    ]);
    expect(found).toContainEqual({ text: "the port lost nothing at all", speaker: "Ilse Vance", rule: "subject-cue-before" });
  });

  it("reads a sentence of only a name and a cue after a quotation that ends in a stop", () => {
    const found = attributed([
      "Ortiz asked about the ferry.",
      "\"Well, yes. I am going to look at a lot of different boats…\" Vance said. \"A rowing boat?\" Ortiz repeated.",
    ]);
    expect(found).toContainEqual({ text: "Well, yes. I am going to look at a lot of different boats…", speaker: "Vance", rule: "subject-then-cue" });
  });

  it("leaves a quotation inside the clause a cue and 'that' report to that cue's subject", () => {
    const found = attributed([
      "After Vance said that pupils who failed the test might do better at \"smaller schools along the coast,\" Ortiz said: \"I do not like what she said.\"",
    ]);
    expect(found).toContainEqual({ text: "smaller schools along the coast", speaker: "Vance", rule: "subject-cue-before" });
  });

  it("reads any verb after the subject as the cue of a quotation that opens its sentence and a comma leaves open", () => {
    const found = attributed([
      "\"The Northshire Gazette is claiming today that you met the ferry owners in January,\" Ilse Vance started.",
      "\"Today, the harbour is one of the busiest in the north,\" the Northshirans state in their letter.",
      "While Tomas Ortiz proclaims the plan a \"terrific piece of work for the harbour,\" Ana Ruiz fixates on the cost.",
    ]);
    expect(found).toContainEqual({ text: "The Northshire Gazette is claiming today that you met the ferry owners in January", speaker: "Ilse Vance", rule: "subject-then-cue" });
    expect(found.find((q) => q.text.startsWith("Today"))?.speaker).toBe("Northshirans");
    expect(found.find((q) => q.text.startsWith("terrific"))?.speaker).not.toBe("Ana Ruiz");
  });

  it("reads the cue after a quotation cut short at a closing mark inside it (a height in feet and inches)", () => {
    const found = attributed([
      "The harbour vote was close, the Gazette reported.",
      "“He keeps calling me ‘Little Ilse.’ I admit, he is taller than me; he is like 6’2”,” Ilse Vance said on Sunday in Northshire.",
    ]);
    expect(found.find((q) => q.text.startsWith("He keeps"))).toMatchObject({ speaker: "Ilse Vance", rule: "subject-then-cue" });
  });

  it("reads an auxiliary and a plain verb ('did suggest') as the cue after a quotation", () => {
    const found = attributed([
      "Acknowledging that Tomas Ortiz \"talks a lot of nonsense about boats,\" though, Ilse Vance did suggest that his ferry is the fastest in the north.",
    ]);
    expect(found).toContainEqual({ text: "talks a lot of nonsense about boats", speaker: "Ilse Vance", rule: "subject-then-cue" });
  });

  it("takes the name before the body its bearer belongs to ('of the harbour board')", () => {
    const found = attributed([
      "Harbour master Tomas Ortiz called the vote absurd.",
      "\"There is just a passion for the ferry,\" Ilse Vance of the harbour board said.",
    ]);
    expect(found).toContainEqual({ text: "There is just a passion for the ferry", speaker: "Ilse Vance", rule: "subject-then-cue" });
  });
});
