// The attribution rulers: their default order, and switching rules off or adding one by name.
import { describe, expect, it } from "vitest";
import { attributionRules } from "../../../src/parse/attribution/index.js";
import { attributed } from "./story.js";

const pronounStory = ['Ilse Vance met the fishermen on Monday. "The harbour stays open all winter," she said.'];

describe("attribution rules", () => {
  it("run in one order, most sure first, each stage in its own ruler", () => {
    const rules = attributionRules();
    expect(rules.sentence.names()).toEqual([
      "transcript-label", "cue-then-subject", "subject-then-cue", "dash-then-name", "asked-by", "name-then-participle", "colon-intro", "subject-cue-before", "participle-cue",
      "cue-then-subject-before", "name-colon", "bare-cue", "cue-earlier-in-sentence", "naming-verb", "possessive-noun", "according-to", "sentence-subject",
    ]);
    expect(rules.neighbour.names()).toEqual(["voice-list", "sibling", "continued-paragraph", "stands-alone"]);
    expect(rules.pronoun.names()).toEqual(["he-she", "previous-speaker"]);
  });

  it("with he-she disabled, a pronoun quote with no speaker before it has no speaker, and no rule", () => {
    expect(attributed(pronounStory)).toEqual([{ text: "The harbour stays open all winter", speaker: "Ilse Vance", rule: "he-she" }]);
    expect(attributed(pronounStory, (rules) => rules.pronoun.disable("he-she"))).toEqual([{ text: "The harbour stays open all winter", speaker: null, rule: null }]);
  });

  it("with a sentence rule disabled, the next rule that matches attributes the quote", () => {
    const story = ['Ilse Vance said that by calling it "a small port," critics were "missing the whole point of it."'];
    expect(attributed(story, (rules) => rules.sentence.disable("cue-earlier-in-sentence"))).toContainEqual({ text: "missing the whole point of it.", speaker: "Ilse Vance", rule: "sibling" });
  });

  it("takes a rule added before another by name, and gives its quotes that rule's name", () => {
    const story = ['"The harbour stays open all winter," Ilse Vance said on Monday.'];
    const harbourMaster = () => ({ mention: "the harbour master", name: "Harbour Master", role: null, cue: "", addressee: null, by: null, pronoun: false });
    expect(attributed(story, (rules) => rules.sentence.before("transcript-label", "always-the-harbour-master", harbourMaster))).toEqual([
      { text: "The harbour stays open all winter", speaker: "Harbour Master", rule: "always-the-harbour-master" },
    ]);
  });

  it("refuses an unknown rule name", () => {
    expect(() => attributionRules().pronoun.disable("she-he")).toThrow(/no rule named "she-he"/);
  });
});
