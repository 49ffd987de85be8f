import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findings, formatRuleScores, formatSummary, matchQuotes, overlap, ruleScores, scoreArticle, sourceSurname, speakerRight, summarize, words } from "../../src/eval/quotes.js";
import { parseSeed } from "../../src/parse/index.js";
import { seedFromBytes } from "../../src/read/seeds.js";
import { hasShared, shared, sharedMissing } from "../helpers.js";

describe("quote matching", () => {
  it("compares words, not punctuation or case, and curly apostrophes as straight ones", () => {
    expect(words("We’re ready, Mr. Vance.")).toEqual(["we're", "ready", "mr", "vance"]);
    expect(overlap("We're ready.", "we’re READY")).toBe(1);
  });

  it("measures shared words over the longer quote", () => {
    expect(overlap("one two three four", "one two three four five six seven eight")).toBe(0.5);
    expect(overlap("a a b", "a b b")).toBeCloseTo(2 / 3);
    expect(overlap("", "anything")).toBe(0);
  });

  it("matches one to one, best pairs first, at 0.6 or more", () => {
    const gold = ["the harbour will reopen next spring", "nobody told the fishermen anything"];
    const predicted = ["nobody told the fishermen anything at all", "the harbour will reopen next spring", "the harbour will reopen"];
    expect(matchQuotes(gold, predicted)).toEqual([
      { gold: 0, predicted: 1, score: 1 },
      { gold: 1, predicted: 0, score: 5 / 7 },
    ]);
    expect(matchQuotes(["the harbour will reopen next spring"], ["the harbour"])).toEqual([]);
  });
});

describe("named sources", () => {
  it("finds the surname of a name, past roles, appositives and places", () => {
    expect(sourceSurname("Vance")).toBe("Vance");
    expect(sourceSurname("harbour master Ilse Vance")).toBe("Vance");
    expect(sourceSurname("Ilse Vance, a harbour master who retired in May")).toBe("Vance");
    expect(sourceSurname("the mayor, Ilse Vance,")).toBe("Vance");
    expect(sourceSurname("Gov. Ilse Vance of Northshire")).toBe("Vance");
    expect(sourceSurname("Former Secretary of State Ilse Vance")).toBe("Vance");
    expect(sourceSurname("Sen. Ilse Vance (D-Ore.)")).toBe("Vance");
    expect(sourceSurname("Ilse Vance’s")).toBe("Vance");
  });

  it("treats pronouns and descriptions as no name", () => {
    for (const source of ["he", "She", "who", "the senator", "a person close to the Vances", "the Vance campaign", null]) {
      expect(sourceSurname(source)).toBeNull();
    }
  });

  it("judges a speaker right when it contains the surname as a word", () => {
    expect(speakerRight("Vance", "Ilse Vance")).toBe(true);
    expect(speakerRight("Mayor Vance", "vance")).toBe(true);
    expect(speakerRight("Vance", "Vancetti")).toBe(false);
    expect(speakerRight("Vance", null)).toBe(false);
    expect(speakerRight("he", "Ilse Vance")).toBe(false);
  });
});

describe("scoring", () => {
  const article = {
    file: "a.txt",
    quotes: [
      { text: "the harbour will reopen next spring", source: "Vance", cue: "said" },
      { text: "nobody told the fishermen anything", source: "he", cue: "said" },
      { text: "we will not pay for the dredging", source: "Ortiz", cue: "said" },
    ],
  };
  const predicted = [
    { text: "the harbour will reopen next spring", speaker: "Ilse Vance" },
    { text: "nobody told the fishermen anything", speaker: "Ilse Vance" },
    { text: "we will not pay for the dredging", speaker: "Ilse Vance" },
    { text: "a quote nobody annotated at all", speaker: null },
  ];

  it("counts precision, recall and speaker accuracy over named sources only", () => {
    const summary = summarize([scoreArticle(article, predicted)]);
    expect(summary).toMatchObject({ gold: 3, predicted: 4, matched: 3, namedGold: 2, speakersRight: 1 });
    expect(summary.precision).toBe(0.75);
    expect(summary.recall).toBe(1);
    expect(summary.f1).toBeCloseTo(6 / 7);
    expect(summary.speakerAccuracy).toBe(0.5);
  });

  it("lists extras and wrong speakers for inspection", () => {
    const found = findings([scoreArticle(article, predicted)]);
    expect(found.misses).toEqual([]);
    expect(found.extras.map((x) => x.text)).toEqual(["a quote nobody annotated at all"]);
    expect(found.wrongSpeakers.map((x) => x.detail)).toEqual(["gold Ortiz, predicted Ilse Vance"]);
  });

  it("counts an unmatched gold quote with a named source as a wrong speaker", () => {
    const summary = summarize([scoreArticle(article, predicted.slice(0, 1))]);
    expect(summary).toMatchObject({ matched: 1, namedGold: 2, speakersRight: 1 });
  });
});

describe("resolved-speaker accuracy", () => {
  const article = {
    file: "r.txt",
    quotes: [
      { text: "the ferry will run again in May", source: "Mayor Ilse Vance", cue: "said" },
      { text: "the council has the money for it", source: "she", cue: "said" },
      { text: "and the tickets will cost less", source: null, cue: null },
      { text: "we were never asked about the route", source: "Tomas Ortiz, a fisherman", cue: "said" },
      { text: "nobody listens to the harbour", source: "He", cue: "said" },
      { text: "the report was wrong about the tides", source: "the ministry", cue: "said" },
    ],
  };
  const predicted = [
    { text: "the ferry will run again in May", speaker: "Ilse Vance" },
    { text: "the council has the money for it", speaker: "Ilse Vance" },
    { text: "and the tickets will cost less", speaker: "Tomas Ortiz" },
    { text: "we were never asked about the route", speaker: "Tomas Ortiz" },
    { text: "nobody listens to the harbour", speaker: "Tomas Ortiz" },
    { text: "the report was wrong about the tides", speaker: null },
  ];

  it("judges a pronoun or missing source by the nearest earlier named gold source", () => {
    const score = scoreArticle(article, predicted);
    expect(score.resolved.map((r) => [r.gold, r.antecedent, r.right])).toEqual([[1, 0, true], [2, 0, false], [4, 3, true]]);
    expect(summarize([score])).toMatchObject({ resolvedGold: 3, resolvedRight: 2 });
    expect(summarize([score]).resolvedAccuracy).toBeCloseTo(2 / 3);
  });

  it("counts a pronoun quote no prediction matched as wrong, and skips one with no named source before it", () => {
    const first = { file: "s.txt", quotes: [{ text: "the bridge is closed until June", source: "he", cue: "said" }, ...article.quotes.slice(0, 2)] };
    const score = scoreArticle(first, predicted.slice(0, 1));
    expect(score.resolved.map((r) => [r.gold, r.antecedent, r.predicted, r.right])).toEqual([[2, 1, null, false]]);
  });

  it("prints the figure with the summary", () => {
    expect(formatSummary("r", summarize([scoreArticle(article, predicted)]))).toContain("resolved  accuracy 0.667 (2/3");
  });
});

describe("speakers by rule", () => {
  const article = {
    file: "b.txt",
    quotes: [
      { text: "the nets are older than the boats", source: "Vance", cue: "said" },
      { text: "the quay needs a new crane soon", source: "Ortiz", cue: "said" },
      { text: "the ferry will run twice a day", source: "she", cue: "said" },
      { text: "the dredging starts after the storms", source: "Ortiz", cue: "said" },
      { text: "the market opens at six again", source: "Vance", cue: "said" },
    ],
  };
  const predicted = [
    { text: "the nets are older than the boats", speaker: "Ilse Vance", rule: "subject-then-cue" },
    { text: "the quay needs a new crane soon", speaker: "Ilse Vance", rule: "subject-then-cue" },
    { text: "the ferry will run twice a day", speaker: "Ilse Vance", rule: "he-she" },
    { text: "the dredging starts after the storms", speaker: "Tomas Ortiz", rule: "sibling" },
    { text: "the market opens at six again", speaker: null, rule: null },
    { text: "a rule on a quote nobody annotated", speaker: "Tomas Ortiz", rule: "sibling" },
  ];

  it("counts the matched gold quotes each rule attributed, and its precision over those with a named source", () => {
    expect(ruleScores([scoreArticle(article, predicted)])).toEqual([
      { rule: "subject-then-cue", matched: 2, named: 2, right: 1, precision: 0.5 },
      { rule: "he-she", matched: 1, named: 0, right: 0, precision: 0 },
      { rule: "sibling", matched: 1, named: 1, right: 1, precision: 1 },
    ]);
  });

  it("prints one row a rule, with no precision where no quote had a named source", () => {
    const lines = formatRuleScores(ruleScores([scoreArticle(article, predicted)])).split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^ {2}subject-then-cue\s+2\s+2\s+1\s+0\.500$/);
    expect(lines[3]).toMatch(/^ {2}he-she\s+1\s+0\s+0\s+-$/);
    expect(formatRuleScores([])).toBe("");
  });
});

describe.skipIf(!hasShared || !existsSync(join(shared, "polnear/dev")))(`the polnear dev split (${sharedMissing})`, () => {
  it("keeps quote F1 and speaker accuracy at the level reached", () => {
    const dir = join(shared, "polnear/dev");
    const gold = readFileSync(join(dir, "gold.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    const scores = gold.map((article) => scoreArticle(article, parseSeed(seedFromBytes(article.file, readFileSync(join(dir, "seeds", article.file)))).quotes));
    const summary = summarize(scores);
    expect(summary.f1).toBeGreaterThanOrEqual(0.957);
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
