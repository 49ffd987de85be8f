// A story of invented paragraphs parsed with the attribution rules, as the rule tests read it.
import { attributionRules, type AttributionRules } from "../../../src/parse/attribution/index.js";
import { parseSeed, textRules } from "../../../src/parse/index.js";
import { quotes, quotesWith } from "../../../src/parse/quotes.js";
import { seedFromBytes } from "../../../src/read/seeds.js";

export interface Attributed {
  text: string;
  speaker: string | null;
  rule: string | null;
}

/** The quotes of a story, with who said them and the rule that found it; `adjust` may reorder or switch off rules first. */
export function attributed(paragraphs: string[], adjust: (rules: AttributionRules) => void = () => {}): Attributed[] {
  const rules = attributionRules();
  adjust(rules);
  const chain = textRules.map((rule) => (rule === quotes ? quotesWith(rules) : rule));
  const text = [" date 2024-03-01 Harbour talks in Northshire", ...paragraphs].join("\n");
  return parseSeed(seedFromBytes("story.txt", Buffer.from(text, "utf8")), chain).quotes.map(({ text, speaker, rule }) => ({ text, speaker, rule }));
}
