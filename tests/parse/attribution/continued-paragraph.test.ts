// Rule continued-paragraph: a quotation that opens its paragraph goes on with the speaker of the paragraph before.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("continued-paragraph", () => {
  it("gives the opening quotation the speaker before and records continued-paragraph", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "\"We will need more boats for that, and more crews.\"",
    ]);
    expect(found).toContainEqual({ text: "We will need more boats for that, and more crews.", speaker: "Ilse Vance", rule: "continued-paragraph" });
  });

  it("goes on with the one whose words the paragraph before ends by reporting", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "Tomas Ortiz, the fishermen's delegate, said that the crews had heard such promises for years.",
      "\"Every winter they tell us the dredging will start, and every spring the berths are still silted up.\"",
    ]);
    expect(found).toContainEqual({ text: "Every winter they tell us the dredging will start, and every spring the berths are still silted up.", speaker: "Tomas Ortiz", rule: "continued-paragraph" });
  });

  it("passes over an outlet that reports the story", () => {
    const found = attributed([
      "\"The harbour stays open all winter,\" Ilse Vance said.",
      "Her remarks came on Sunday, the Associated Press reported.",
      "\"We will need more boats for that, and more crews.\"",
    ]);
    expect(found).toContainEqual({ text: "We will need more boats for that, and more crews.", speaker: "Ilse Vance", rule: "continued-paragraph" });
  });

  it("does not go on past a paragraph between about someone else, and goes on past one about the speaker", () => {
    const found = attributed([
      "\"You say you accept responsibility,\" Tomas Ortiz said.",
      "In a statement on Tuesday, Ilse Vance was more careful than the others.",
      "\"If any ferry cannot be run safely, it should be sold.\"",
    ]);
    expect(found.find((quote) => quote.text.startsWith("If any ferry"))?.speaker).toBe("Ilse Vance");
    const same = attributed([
      "\"You say you accept responsibility,\" Tomas Ortiz said.",
      "In a statement on Tuesday, Tomas Ortiz was more careful than the others.",
      "\"If any ferry cannot be run safely, it should be sold.\"",
    ]);
    expect(same.find((quote) => quote.text.startsWith("If any ferry"))).toMatchObject({ speaker: "Tomas Ortiz", rule: "continued-paragraph" });
  });
});
