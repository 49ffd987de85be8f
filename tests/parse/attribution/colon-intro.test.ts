// Rule colon-intro: a clause with no cue that ends in a colon introduces the quotation.
import { describe, expect, it } from "vitest";
import { attributed } from "./story.js";

describe("colon-intro", () => {
  it("takes the subject of the last clause before the colon, past a cue earlier in the sentence", () => {
    const found = attributed([
      "The ferry debate went on for hours.",
      "When the moderators pressed the panel on taxes — and they did, often — Ilse Vance called them on it:",
      "\"The questions asked tonight show why nobody trusts the harbour board.\"",
    ]);
    expect(found).toContainEqual({ text: "The questions asked tonight show why nobody trusts the harbour board.", speaker: "Ilse Vance", rule: "colon-intro" });
  });

  it("takes the one a by names, with no verb at all", () => {
    const found = attributed(["\"The quay is safe,\" said Ana Ruiz.", "Consider this statement by Tomas Ortiz on June 11:", "\"We will never sell the quay to anyone.\""]);
    expect(found).toContainEqual({ text: "We will never sell the quay to anyone.", speaker: "Tomas Ortiz", rule: "colon-intro" });
  });

  it("names no one for a heading of one word the story writes nowhere else", () => {
    const found = attributed(["\"The quay is safe,\" said Ana Ruiz.", "Transcript as follows:", "\"We will never sell the quay to anyone.\""]);
    expect(found.find((q) => q.text.startsWith("We will never"))?.speaker).not.toBe("Transcript");
  });

  it("takes the one presented by 'Here's' or 'More from' before the colon", () => {
    const found = attributed([
      "Ortiz writes about the old harbour. Here's Vance in December 1992: \"Our new direction must rest on an understanding of the tides.\"",
      "The polls were right all along -More from Ruiz and Okafor: \"Data collected by our firm helps confirm that both issues were in play.\"",
    ]);
    expect(found).toContainEqual({ text: "Our new direction must rest on an understanding of the tides.", speaker: "Vance", rule: "colon-intro" });
    expect(found).toContainEqual({ text: "Data collected by our firm helps confirm that both issues were in play.", speaker: "Okafor", rule: "colon-intro" });
  });

  it("gives a clause that opens with its verb the sentence's subject, a phrase between commas passed over", () => {
    const found = attributed([
      "The Vance campaign, in a note on the harbour plan, worded it more carefully: \"The port stays open to every boat of the fleet.\"",
      "Tomas Ortiz, in a letter to the council, made the case plainly: \"The ferry must run again in May.\"",
    ]);
    expect(found).toContainEqual({ text: "The port stays open to every boat of the fleet.", speaker: "the Vance campaign", rule: "colon-intro" });
    expect(found).toContainEqual({ text: "The ferry must run again in May.", speaker: "Tomas Ortiz", rule: "colon-intro" });
  });
});
