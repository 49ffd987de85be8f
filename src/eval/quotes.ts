// Scoring quote extraction against hand-annotated articles: quotes matched one to one
// by the words they share, and speakers judged by the gold name's surname.
// Pure functions over plain data; scripts/eval-quotes.js does the reading and printing.

export interface GoldQuote {
  text: string;
  /** The mention annotators marked as the speaker: a name, a description, a pronoun, or null. */
  source: string | null;
  cue: string | null;
}

export interface GoldArticle {
  file: string;
  quotes: GoldQuote[];
}

export interface PredictedQuote {
  text: string;
  speaker: string | null;
  /** The attribution rule that gave the speaker, null when none did. */
  rule?: string | null;
}

export interface Match {
  gold: number;
  predicted: number;
  score: number;
}

export interface ArticleScore {
  file: string;
  gold: GoldQuote[];
  predicted: PredictedQuote[];
  matches: Match[];
  /** Gold quotes no prediction matched. */
  misses: number[];
  /** Predictions that match no gold quote. */
  extras: number[];
  /** Gold quotes with a named source, and whether the matched prediction named that person. */
  speakers: Array<{ gold: number; predicted: number | null; right: boolean }>;
  /**
   * Gold quotes whose source is a pronoun (he, she) or missing (a paragraph that goes on),
   * with the gold source of the nearest earlier quote that names one: the person meant.
   */
  resolved: Array<{ gold: number; antecedent: number; predicted: number | null; right: boolean }>;
}

export interface Summary {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  namedGold: number;
  speakersRight: number;
  speakerAccuracy: number;
  /** Gold quotes with a pronoun or no source that an earlier gold quote resolves. */
  resolvedGold: number;
  resolvedRight: number;
  /** resolvedRight / resolvedGold: how often the speaker holds the surname of the person a pronoun stands for. */
  resolvedAccuracy: number;
}

/** The share of words two quotes must have in common, over the longer one, to be the same quote. */
export const matchThreshold = 0.6;

/** Lower-case words, punctuation dropped; curly apostrophes count as straight ones. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words shared (as a multiset), over the number of words of the longer text. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const longer = Math.max(wa.length, wb.length);
  if (longer === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / longer;
}

/** One-to-one matches, best pairs first, each at least the threshold. */
export function matchQuotes(gold: string[], predicted: string[], threshold = matchThreshold): Match[] {
  const pairs: Match[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const score = overlap(g, p);
    if (score >= threshold) pairs.push({ gold: gi, predicted: pi, score });
  }));
  pairs.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue;
    usedGold.add(pair.gold);
    usedPredicted.add(pair.predicted);
    matches.push(pair);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

const pronounSources = new Set(["he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him", "her", "them"]);
const nameSuffixes = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const titles = new Set([
  "secretary", "minister", "president", "leader", "director", "governor", "chairman", "chairwoman", "chair", "speaker", "mayor",
  "head", "chief", "member", "attorney", "general", "commissioner", "ambassador", "senator", "representative", "justice", "former",
]);
const prepositions = new Set(["to", "of", "for", "from", "with", "by", "at", "on", "in", "about", "near"]);

/**
 * The surname of a source that is a name, or null for a pronoun or a description.
 * The name is the first comma-separated part that ends in a capitalised word, before
 * any relative clause: "Steve Smith, a veteran editor" gives Smith, "the nominee,
 * Donald Trump," Trump, "Gov. Phil Bryant of Mississippi" Bryant, "CNN" CNN;
 * "the senator" and "a person close to the Clintons" are descriptions.
 */
export function sourceSurname(source: string | null): string | null {
  if (!source) return null;
  const plain = source.replace(/\([^)]*\)/g, " ").split(/\s+(?:who|whose|which|whom|that)\s+/)[0];
  for (const part of plain.split(",")) {
    const surname = partSurname(part);
    if (surname) return surname;
  }
  return null;
}

function partSurname(part: string): string | null {
  let tokens = part.trim().split(/\s+/).filter((w) => w && !nameSuffixes.test(w));
  const of = tokens.indexOf("of");
  // "Gov. Phil Bryant of Mississippi": a first name and a surname before "of" are the person;
  // "Secretary of State John Kerry" has a title there
  const person = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !titles.has(w.toLowerCase());
  if (of >= 2 && person(tokens[of - 1]) && person(tokens[of - 2])) tokens = tokens.slice(0, of);
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && pronounSources.has(tokens[0].toLowerCase())) return null;
  const last = tokens[tokens.length - 1].replace(/[.;:]+$/, "").replace(/[’']s?$/, "");
  if (!/^\p{Lu}/u.test(last)) return null;
  let i = tokens.length - 1;
  while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1])) i--;
  const at = tokens[i - 1]?.toLowerCase() === "the" ? i - 2 : i - 1;
  const before = tokens[at];
  // "Secretary of State John Kerry": "of" inside a title, not a description's preposition
  const inTitle = before === "of" && /^\p{Lu}/u.test(tokens[at - 1] ?? "");
  return before && prepositions.has(before.toLowerCase()) && !inTitle ? null : last;
}

/** A predicted speaker is right when it contains the gold name's surname as a word. */
export function speakerRight(goldSource: string | null, speaker: string | null): boolean {
  const surname = sourceSurname(goldSource);
  if (!surname || !speaker) return false;
  const escaped = surname.replace(/’/g, "'").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "iu").test(speaker.replace(/’/g, "'"));
}

export function scoreArticle(article: GoldArticle, predicted: PredictedQuote[]): ArticleScore {
  const matches = matchQuotes(article.quotes.map((q) => q.text), predicted.map((q) => q.text));
  const byGold = new Map(matches.map((m) => [m.gold, m.predicted]));
  const matchedPredicted = new Set(matches.map((m) => m.predicted));
  const speakers = article.quotes.flatMap((q, gi) => {
    if (!sourceSurname(q.source)) return [];
    const pi = byGold.get(gi) ?? null;
    return [{ gold: gi, predicted: pi, right: pi !== null && speakerRight(q.source, predicted[pi].speaker) }];
  });
  const resolved: ArticleScore["resolved"] = [];
  let antecedent = -1;
  article.quotes.forEach((q, gi) => {
    if (sourceSurname(q.source)) antecedent = gi;
    else if (antecedent !== -1 && standsForEarlier(q.source)) {
      const pi = byGold.get(gi) ?? null;
      resolved.push({ gold: gi, antecedent, predicted: pi, right: pi !== null && speakerRight(article.quotes[antecedent].source, predicted[pi].speaker) });
    }
  });
  return {
    file: article.file,
    gold: article.quotes,
    predicted,
    matches,
    misses: article.quotes.map((_, i) => i).filter((i) => !byGold.has(i)),
    extras: predicted.map((_, i) => i).filter((i) => !matchedPredicted.has(i)),
    speakers,
    resolved,
  };
}

/** A gold source that stands for a person named before: "he", "she", or none at all. */
export function standsForEarlier(source: string | null): boolean {
  const s = (source ?? "").trim().toLowerCase();
  return s === "" || s === "he" || s === "she";
}

export function summarize(scores: ArticleScore[]): Summary {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.gold.length);
  const predicted = sum((s) => s.predicted.length);
  const matched = sum((s) => s.matches.length);
  const namedGold = sum((s) => s.speakers.length);
  const speakersRight = sum((s) => s.speakers.filter((x) => x.right).length);
  const resolvedGold = sum((s) => s.resolved.length);
  const resolvedRight = sum((s) => s.resolved.filter((x) => x.right).length);
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  return {
    articles: scores.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    namedGold,
    speakersRight,
    speakerAccuracy: namedGold === 0 ? 0 : speakersRight / namedGold,
    resolvedGold,
    resolvedRight,
    resolvedAccuracy: resolvedGold === 0 ? 0 : resolvedRight / resolvedGold,
  };
}

/** How one attribution rule did on the gold quotes it attributed. */
export interface RuleScore {
  rule: string;
  /** Matched gold quotes whose prediction took its speaker from the rule. */
  matched: number;
  /** Of those, the gold quotes with a named source: the ones a speaker can be right for. */
  named: number;
  right: number;
  /** right / named: the speaker precision of the rule. */
  precision: number;
}

/** Each rule that attributed a matched gold quote, most used first. */
export function ruleScores(scores: ArticleScore[]): RuleScore[] {
  const byRule = new Map<string, RuleScore>();
  for (const s of scores) {
    const judged = new Map(s.speakers.map((x) => [x.gold, x.right]));
    for (const m of s.matches) {
      const rule = s.predicted[m.predicted].rule;
      if (!rule) continue;
      const score = byRule.get(rule) ?? byRule.set(rule, { rule, matched: 0, named: 0, right: 0, precision: 0 }).get(rule)!;
      score.matched++;
      if (!judged.has(m.gold)) continue;
      score.named++;
      if (judged.get(m.gold)) score.right++;
    }
  }
  for (const score of byRule.values()) score.precision = score.named === 0 ? 0 : score.right / score.named;
  return [...byRule.values()].sort((a, b) => b.matched - a.matched || a.rule.localeCompare(b.rule));
}

export function formatRuleScores(rules: RuleScore[]): string {
  if (rules.length === 0) return "";
  const width = Math.max(4, ...rules.map((r) => r.rule.length));
  const row = (cells: string[]) => `  ${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(10)).join("")}`;
  return [
    "speakers by rule (matched gold quotes the rule attributed; precision = right / those with a named source):",
    row(["rule", "matched", "named", "right", "precision"]),
    ...rules.map((r) => row([r.rule, String(r.matched), String(r.named), String(r.right), r.named === 0 ? "-" : r.precision.toFixed(3)])),
  ].join("\n");
}

export interface Finding {
  file: string;
  text: string;
  detail: string;
}

/** Misses, extras and wrong speakers, longest quotes first (they cost the most to a reader). */
export function findings(scores: ArticleScore[]): { misses: Finding[]; extras: Finding[]; wrongSpeakers: Finding[] } {
  const byLength = (a: Finding, b: Finding) => b.text.length - a.text.length;
  const misses = scores.flatMap((s) => s.misses.map((i) => ({ file: s.file, text: s.gold[i].text, detail: `source ${s.gold[i].source ?? "-"}` })));
  const extras = scores.flatMap((s) => s.extras.map((i) => ({ file: s.file, text: s.predicted[i].text, detail: `speaker ${s.predicted[i].speaker ?? "-"}` })));
  const wrongSpeakers = scores.flatMap((s) => s.speakers.filter((x) => !x.right && x.predicted !== null).map((x) => ({
    file: s.file,
    text: s.gold[x.gold].text,
    detail: `gold ${s.gold[x.gold].source}, predicted ${s.predicted[x.predicted!].speaker ?? "-"}`,
  })));
  return { misses: misses.sort(byLength), extras: extras.sort(byLength), wrongSpeakers: wrongSpeakers.sort(byLength) };
}

export function formatSummary(name: string, s: Summary): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `${name}: ${s.articles} articles, ${s.gold} gold quotes, ${s.predicted} predicted, ${s.matched} matched`,
    `quotes    precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`,
    `speakers  accuracy ${f(s.speakerAccuracy)} (${s.speakersRight}/${s.namedGold} gold quotes with a named source)`,
    `resolved  accuracy ${f(s.resolvedAccuracy)} (${s.resolvedRight}/${s.resolvedGold} gold quotes by "he", "she" or no source, judged by the nearest earlier named source)`,
  ].join("\n");
}

export function formatFindings(list: Finding[], title: string, limit: number): string {
  if (list.length === 0 || limit <= 0) return "";
  const clip = (t: string) => (t.length > 110 ? `${t.slice(0, 107)}...` : t);
  const lines = list.slice(0, limit).map((x) => `  ${x.file}: "${clip(x.text)}" (${x.detail})`);
  return [`${title} (${list.length}, ${Math.min(limit, list.length)} shown):`, ...lines].join("\n");
}
