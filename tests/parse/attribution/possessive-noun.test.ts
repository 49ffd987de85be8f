// Rule possessive-noun: a quotation given as the content of someone's claim, post or words.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("possessive-noun", () => {
  it("gives a claim's content to the one who claimed it, not to the sentence's subject", () => {
    const found = attributed(["Harbour Watch seized on Ilse Vance’s claim that there have been \"hundreds of new berths\" in the port this year."]);
    expect(found).toContainEqual({ text: "hundreds of new berths", speaker: "Ilse Vance", rule: "possessive-noun" });
  });

  it("reads a response introduced by was and a colon, and a post after a possessive", () => {
    const found = attributed([
      "Tomas Ortiz wrote to the mayor about the ferry. Vance's response was: \"The ferry will run again in May.\"",
      "From Ortiz's Facebook post: \"We were never asked about the route, not once.\"",
    ]);
    expect(found).toContainEqual({ text: "The ferry will run again in May.", speaker: "Vance", rule: "possessive-noun" });
    expect(found).toContainEqual({ text: "We were never asked about the route, not once.", speaker: "Tomas Ortiz", rule: "possessive-noun" });
  });

  it("reads the quotation between the possessive and its noun", () => {
    const found = attributed(["It is the lasting pull of Ilse Vance's \"every boat will have a berth\" promise: the owners still expect it."]);
    expect(found).toContainEqual({ text: "every boat will have a berth", speaker: "Ilse Vance", rule: "possessive-noun" });
  });

  it("leaves a place's words and a quotation far from the noun alone", () => {
    const found = attributed([
      "Northshire's statement on the port was short. Officials later said the dredging would begin as \"soon as the weather allows it.\"",
    ]);
    expect(found.find((q) => q.text.startsWith("soon as"))?.rule).not.toBe("possessive-noun");
  });

  it("gives 'his' or 'her' claim to the subject of the verb before it", () => {
    const found = attributed([
      "As the meeting progressed and Ilse Vance stood by her comment Monday that \"the ferry is finished for good,\" Ortiz tried again, calmly.",
    ]);
    expect(found).toContainEqual({ text: "the ferry is finished for good", speaker: "Ilse Vance", rule: "possessive-noun" });
  });

  it("reads the possessive frame before an 'according to' later in the text", () => {
    const found = attributed([
      "Tomas Ortiz wrote to the mayor about the ferry. Vance's response was: \"Is the ferry shop on Main Street or Quay Road?\" The shop sells rope and nets, according to its website.",
    ]);
    expect(found).toContainEqual({ text: "Is the ferry shop on Main Street or Quay Road?", speaker: "Vance", rule: "possessive-noun" });
  });
});
