// Sources rule: the agencies, outlets and documents that carried the story or a quote.
import type { Source, SourceKind } from "../types.js";
import { outletKind, outletNamesPattern, outletStarts } from "./outlets.js";
import type { ParseState } from "./state.js";

const outlet = String.raw`(?:the\s+)?(?:${outletNamesPattern})`;
const stateMedia = String.raw`(?:(?:the\s+)?(?:country's\s+|\p{Lu}\p{L}+\s+)?state(?:-run|-owned)?\s+(?:media|television|TV|radio|news agency|broadcaster))`;
const documents = String.raw`(?:the\s+)?(?:leaked\s+|classified\s+|court\s+|internal\s+)?(?:documents?|filings?|records|papers|memos?|emails)`;

/** Verbs that follow the source: "Reuters reported", "state media said". */
const cueAfter = "reported|reports|recalls|recalled|said|says|quoted|cited|wrote|writes|noted|notes|learned|has learned|first reported|broadcast|confirmed|announced";

const stateMediaWords = /state(?:-run|-owned)?\s+(?:media|television|TV|radio|news agency|broadcaster)/;

interface SourcePattern {
  pattern: RegExp;
  /** Names a document rather than an outlet. */
  document?: boolean;
  /**
   * Sticky, tried only where an outlet's name starts: a pattern whose source is a known
   * outlet need not be tried anywhere else.
   */
  atOutlets?: boolean;
  /** With atOutlets: the cue that must end right before the name ("told ", "according to the "). */
  behind?: RegExp;
  /** Words the paragraph must hold for the pattern to be tried at all. */
  needs?: RegExp;
}

const cuesBefore = String.raw`reported|reports|told|quoted|cited`;
const cuesBy = String.raw`[Aa]ccording to|[Ii]n an interview with|[Ss]peaking to|[Aa]s quoted by|quoted by|[Aa]s reported by|reported by|by|on|to`;
/** A known outlet's name where it starts, not run on into a longer word. */
const outletName = new RegExp(String.raw`(?<source>${outletNamesPattern})(?![\p{L}])`, "uy");
/** A known outlet with the cue before it ("told Reuters", "according to the BBC"): the cue is looked for in the text before the name. */
const outletAfter = (cues: string): SourcePattern => ({ pattern: outletName, atOutlets: true, behind: new RegExp(String.raw`\b(?<cue>${cues})\s+(?:the\s+)?$`, "u") });
/** How far before a name its cue can start. */
const cueReach = 64;

/** Each a way news English names who reported something: a source and its cue. */
const sourcePatterns: SourcePattern[] = [
  outletAfter(cuesBefore),
  { pattern: new RegExp(String.raw`\b(?<cue>${cuesBefore})\s+(?<source>${stateMedia})(?![\p{L}])`, "gu"), needs: stateMediaWords },
  { pattern: new RegExp(String.raw`(?<source>${outlet})\s+(?<cue>${cueAfter})\b`, "uy"), atOutlets: true },
  { pattern: new RegExp(String.raw`(?<source>${stateMedia})\s+(?<cue>${cueAfter})\b`, "gu"), needs: stateMediaWords },
  outletAfter(cuesBy),
  { pattern: new RegExp(String.raw`\b(?<cue>${cuesBy})\s+(?<source>${stateMedia})(?![\p{L}])`, "gu"), needs: stateMediaWords },
  { pattern: new RegExp(String.raw`\b(?<cue>according to)\s+(?<source>${documents})(?![\p{L}])`, "gu"), document: true, needs: /according to/ },
  // sticky: a dateline opens the paragraph, so no other position need be tried
  { pattern: new RegExp(String.raw`^(?:\p{Lu}[\p{Lu}\s.,'-]+)\s*\((?<source>${outlet})\)\s*[-–—]`, "guy") },
];

export function sources(state: ParseState): void {
  state.sourceMentions = sourceMentions(state.paragraphs.map((p) => p.text));
  const first = new Map<string, Source>();
  for (const mention of state.sourceMentions) {
    const key = mention.name.toLowerCase();
    if (!first.has(key)) first.set(key, mention);
  }
  state.sources = [...first.values()];
}

/** Every place a paragraph names a source, in paragraph order. */
export function sourceMentions(paragraphs: string[]): Source[] {
  const mentions: Source[] = [];
  paragraphs.forEach((text, paragraph) => {
    const starts = outletStarts(text);
    if (!maySource(text, starts)) return;
    const found: Array<Source & { at: number }> = [];
    for (const rule of sourcePatterns) {
      if (rule.needs && !rule.needs.test(text)) continue;
      for (const { raw, cue, at } of rule.atOutlets ? atOutlets(text, rule, starts) : anywhere(text, rule.pattern)) {
        const name = sourceName(raw);
        const said = (cue ?? "dateline").toLowerCase();
        found.push({ name, kind: rule.document ? "document" : kindOf(name), cue: said === raw.toLowerCase() ? "dateline" : said, paragraph, at });
      }
    }
    found.sort((a, b) => a.at - b.at);
    mentions.push(...found.map(({ at: _at, ...source }) => source));
  });
  return mentions;
}

interface Found {
  raw: string;
  cue: string | null;
  /** Where the mention starts, its cue included. */
  at: number;
}

function* anywhere(text: string, pattern: RegExp): Generator<Found> {
  for (const m of text.matchAll(pattern)) yield { raw: m.groups!.source, cue: m.groups!.cue ?? null, at: m.index };
}

/** Matches of a sticky pattern tried at each of `starts`, left to right, none overlapping the one before. */
function* atOutlets(text: string, { pattern, behind }: SourcePattern, starts: number[]): Generator<Found> {
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    if (behind) {
      const from = Math.max(0, start - cueReach);
      const cue = behind.exec(text.slice(from, start));
      if (!cue) continue;
      yield { raw: m.groups!.source, cue: cue.groups!.cue, at: from + cue.index };
    } else {
      yield { raw: m.groups!.source, cue: m.groups!.cue ?? null, at: start };
    }
    end = start + m[0].length;
  }
}

/** Every source pattern needs an outlet's name, "state" (state media) or "according to" (documents). */
function maySource(text: string, outletStarts: number[]): boolean {
  return outletStarts.length > 0 || text.includes("according to") || (text.includes("state") && stateMediaWords.test(text));
}

/** "the country's state media" is "state media"; "the BBC" is "BBC". */
export function sourceName(raw: string): string {
  return raw.trim().replace(/^the\s+/i, "").replace(/^country's\s+/i, "").replace(/\s+/g, " ");
}

function kindOf(name: string): SourceKind {
  if (/\bstate(?:-run|-owned)?\s+(?:media|television|TV|radio|broadcaster)$/i.test(name)) return "outlet";
  if (/news agency$/i.test(name)) return "agency";
  return outletKind(name) ?? "other";
}

/** The source a quote came through: the "by" of "quoted as saying by", else one named in its paragraph. */
export function viaFor(by: string | null, paragraph: number, mentions: Source[]): string | null {
  if (by) {
    const name = sourceName(by);
    const known = mentions.find((s) => s.name.toLowerCase() === name.toLowerCase() || name.toLowerCase().endsWith(s.name.toLowerCase()));
    return known ? known.name : name;
  }
  return mentions.find((s) => s.paragraph === paragraph && s.kind !== "document")?.name ?? null;
}
