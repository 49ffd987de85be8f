// Sources rule: the agencies, outlets and documents that carried the story or a quote.
import type { Source, SourceKind } from "../types.js";
import { namesAnOutlet, outletKind, outletNamesPattern, outletStarts } from "./outlets.js";
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
  /** Sticky, tried only where an outlet's name starts: a pattern that opens with the name need not be tried anywhere else. */
  atOutlets?: boolean;
}

/** Each a way news English names who reported something. Group 1 the cue, group 2 the source, or the reverse when named so. */
const sourcePatterns: SourcePattern[] = [
  { pattern: new RegExp(String.raw`\b(reported|reports|told|quoted|cited)\s+(?<source>${outlet}|${stateMedia})(?![\p{L}])`, "gu") },
  { pattern: new RegExp(String.raw`(?<source>${outlet})\s+(?<cue>${cueAfter})\b`, "uy"), atOutlets: true },
  { pattern: new RegExp(String.raw`(?<source>${stateMedia})\s+(?<cue>${cueAfter})\b`, "gu") },
  { pattern: new RegExp(String.raw`\b(?<cue>[Aa]ccording to|[Ii]n an interview with|[Ss]peaking to|[Aa]s quoted by|quoted by|[Aa]s reported by|reported by|by|on|to)\s+(?<source>${outlet}|${stateMedia})(?![\p{L}])`, "gu") },
  { pattern: new RegExp(String.raw`\b(?<cue>according to)\s+(?<source>${documents})(?![\p{L}])`, "gu"), document: true },
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
    if (!maySource(text)) return;
    const found: Array<Source & { at: number }> = [];
    for (const { pattern, document, atOutlets } of sourcePatterns) {
      for (const m of atOutlets ? stickyMatches(text, pattern, outletStarts(text)) : text.matchAll(pattern)) {
        const raw = m.groups!.source;
        const name = sourceName(raw);
        const cue = (m.groups!.cue ?? m[1] ?? "dateline").toLowerCase();
        found.push({ name, kind: document ? "document" : kindOf(name), cue: cue === raw.toLowerCase() ? "dateline" : cue, paragraph, at: m.index });
      }
    }
    found.sort((a, b) => a.at - b.at);
    mentions.push(...found.map(({ at: _at, ...source }) => source));
  });
  return mentions;
}

/** Matches of a sticky pattern tried at each of `starts`, left to right, none overlapping the one before. */
function* stickyMatches(text: string, pattern: RegExp, starts: number[]): Generator<RegExpExecArray> {
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m) {
      end = start + m[0].length;
      yield m;
    }
  }
}

/** Every source pattern needs an outlet's name, "state" (state media) or "according to" (documents). */
function maySource(text: string): boolean {
  return (text.includes("state") && stateMediaWords.test(text)) || text.includes("according to") || namesAnOutlet(text);
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
