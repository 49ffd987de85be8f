// Rule he-she: a pronoun stands for the nearest person named before, of its gender.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("he-she", () => {
  it("resolves \"she\" to the subject before and records he-she", () => {
    const found = attributed([
      "Ilse Vance met the fishermen on Monday. \"The harbour stays open all winter,\" she said.",
    ]);
    expect(found).toContainEqual({ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "he-she" });
  });

  it("passes over a nearer person of the other gender", () => {
    const story = (pronoun: string) => attributed([`Ilse Vance spoke first at the meeting. Tomas Ortiz answered her on Monday. "The harbour stays open all winter," ${pronoun} said.`]);
    expect(story("she")).toEqual([{ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "he-she" }]);
    expect(story("he")).toEqual([{ text: "The harbour stays open all winter", speaker: "Tomas Ortiz", rule: "he-she" }]);
  });

  it("passes over the subject of a clause inside a sentence that opens with the pronoun and its cue", () => {
    const found = attributed([
      "Ilse Vance is raising questions about the ferry timetable. She notes that the Commission on Harbour Tariffs announced earlier on Friday that the timetable had changed.",
      "She says, \"Reading that timetable was harder than running the whole port.\"",
    ]);
    expect(found).toContainEqual({ text: "Reading that timetable was harder than running the whole port.", speaker: "Ilse Vance", rule: "he-she" });
  });

  it("gives \"she\" no man when only men are named before it", () => {
    const found = attributed(["Tomas Ortiz called her on Monday. \"The harbour stays open all winter,\" she said."]);
    expect(found).toEqual([{ text: "The harbour stays open all winter", speaker: null, rule: null }]);
  });

  it("passes over people for \"it\"", () => {
    const story = (pronoun: string) => attributed([`The Harbour Department wrote on Monday. Ilse Vance answered its letter. "The harbour stays open all winter," ${pronoun} said.`]);
    expect(story("it")).toEqual([{ text: "The harbour stays open all winter", speaker: "Harbour Department", rule: "he-she" }]);
    expect(story("she")).toEqual([{ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "he-she" }]);
  });

  it("passes over an organisation or a place for \"he\" or \"she\", not for \"they\"", () => {
    const story = (pronoun: string) => attributed([`Ilse Vance wrote on Monday. The Harbour Department answered her letter. "The harbour stays open all winter," ${pronoun} said.`]);
    expect(story("she")).toEqual([{ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "he-she" }]);
    expect(story("they")).toEqual([{ text: "The harbour stays open all winter", speaker: "Harbour Department", rule: "he-she" }]);
  });

  it("gives \"they\" no one the article shows to be a man or a woman, and what it says of an organisation to none", () => {
    const story = (...paragraphs: string[]) => attributed([...paragraphs, "\"The harbour stays open all winter,\" they said."]).map((quote) => quote.speaker);
    expect(story("Tomas Ortiz met the pilots on Monday.")).toEqual([null]);
    expect(story("Kym Lino, a spokesperson for the port, met the pilots on Monday.")).toEqual(["Kym Lino"]);
    expect(story("The Harbour Board says she may stay at the quay.")).toEqual(["Harbour Board"]);
  });

  it("passes over a company named by one word for \"he\"", () => {
    const found = attributed(["Tomas Ortiz wrote to the company. A day later, Google answered. \"The harbour stays open all winter,\" he said."]);
    expect(found).toEqual([{ text: "The harbour stays open all winter", speaker: "Tomas Ortiz", rule: "he-she" }]);
  });

  it("takes the subject a cue names after it in the sentence before", () => {
    const found = attributed([
      "Pedro Ruiz runs the harbour.",
      "The ferries have been steady, said Tomas Ortiz, who follows the port for the council. In a few more years, he said, \"You won't recognize the old harbour.\"",
    ]);
    expect(found).toEqual([{ text: "You won't recognize the old harbour.", speaker: "Tomas Ortiz", rule: "he-she" }]);
  });

  it("passes over a people or a group named as many, for \"she\" and for \"it\"", () => {
    const she = attributed(["Ilse Vance, the organist at the harbour church, remembered when it was full. Now, she said, the Christians and Muslims don't mix much. \"We don't go over there,\" she said."]);
    expect(she).toEqual([{ text: "We don't go over there", speaker: "Ilse Vance", rule: "he-she" }]);
    const it = attributed(["\"The harbour is one of the safest,\" the Saudis state in the white paper. The paper notes the harbour watches 200 boats, and it says the board has closed the port \"with the aim of blocking offensive content.\""]);
    expect(it.find((quote) => quote.text.startsWith("with the aim"))?.speaker).toBeNull();
  });

  it("passes over a group named in more than one word for \"it\", as the archive does", () => {
    const found = attributed(["The Harbour Department wrote on Monday. Local Farmers answered its letter. \"The harbour stays open all winter,\" it said."]);
    expect(found).toEqual([{ text: "The harbour stays open all winter", speaker: "Harbour Department", rule: "he-she" }]);
  });

  it("reads the subject of a sentence past an aside between dashes that names another", () => {
    const found = attributed([
      "Pedro Ruiz’s answer then — “I’ll be fine whatever happens” — is likely to be repeated. And campaign Chairman Tomas Ortiz — Pedro Ruiz’s former chief of staff — offered a slogan when I asked him about the port. “She will fight for the harbour,” he said.",
    ]);
    expect(found.find((quote) => quote.text.startsWith("She will fight"))).toEqual({ text: "She will fight for the harbour", speaker: "Tomas Ortiz", rule: "he-she" });
  });

  it("passes over the one a pronoun tells ('he told Ruiz')", () => {
    const found = attributed(["Tomas Ortiz met Pedro Ruiz on the quay. Ruiz asked about the harbour wall. “The wall could be 35 feet,” he told Ruiz."]);
    expect(found).toEqual([{ text: "The wall could be 35 feet", speaker: "Tomas Ortiz", rule: "he-she" }]);
  });

  it("gives \"you\", and the writer's \"I\", no one the story names", () => {
    const you = attributed(["Tomas Ortiz said the ferry was late. “Wait, look at this,” he said. The next morning, you could feel the whole harbour rubbing its eyes and saying, “Oh yeah, so what was the deal with the ferry?”"]);
    expect(you.map((quote) => quote.speaker)).toEqual(["Tomas Ortiz", null]);
    const i = attributed(["Tomas Ortiz, my lawyer, read his statement to the court. Then I stood. “Your Honor,” I said, “I would like to answer the question.”"]);
    expect(i.map((quote) => quote.speaker)).toEqual([null]);
  });

  it("goes back past a paragraph that names no one but says \"he\", to the one that names him", () => {
    const found = attributed([
      "Tomas Ortiz has also spoken about the ferry.",
      "On Wednesday, he told a crowd at the quay that he was troubled by it.",
      "“This young pilot, I don't know what she was thinking,” he said.",
    ]);
    expect(found).toEqual([{ text: "This young pilot, I don't know what she was thinking", speaker: "Tomas Ortiz", rule: "he-she" }]);
  });

  it("takes the name in apposition after a description, with the place it is of", () => {
    const found = attributed([
      "Tomas Ortiz spoke first. Vance's chief rival, Sen. Pedro Ruiz of Northshire, was the only one who skipped the meeting. Instead he gave a speech in which he pledged to be \"a friend to the pilots.\"",
    ]);
    expect(found).toEqual([{ text: "a friend to the pilots.", speaker: "Pedro Ruiz", rule: "he-she" }]);
  });

  it("reads no name in a preposition that opens a sentence ('Into Joe's apartment strides ...')", () => {
    const found = attributed(["Into Joe’s apartment strides Ilse Vance, her three sons in tow. “Would it be all right if I show the children the bed?” she asks."]);
    expect(found.map((quote) => quote.speaker)).not.toContain("Into Joe");
  });

  it("passes over an organisation whose name ends in USA for \"she\"", () => {
    const found = attributed(["Ilse Vance spoke to the pilots. Meanwhile, Northshire USA has spent more than $10 million attacking her. “No matter what you are doing, you have to deal with it,” she said."]);
    expect(found).toEqual([{ text: "No matter what you are doing, you have to deal with it", speaker: "Ilse Vance", rule: "he-she" }]);
  });
});
