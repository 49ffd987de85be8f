// Topics rule: the places and organisations a story names, and the tags a Markdown
// seed gives. Places and organisations come from word lists (data), so a topic is
// never a guess about an arbitrary capitalised word.
import type { Topic } from "../types.js";
import { organisationAcronyms, organisationHeads, placeAliases, placeNames } from "./places.js";
import type { ParseState } from "./state.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;

const places = [...placeNames].sort(byLength);
const placePattern = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${places.map(escape).join("|")})(?![\p{L}\p{N}]|\.\p{L})`, "gu");
const acronymPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...organisationAcronyms].sort(byLength).map(escape).join("|")})(?![\p{L}\p{N}])`, "gu");
const organisationHead = new RegExp(String.raw`\b(?:${organisationHeads.join("|")})\b`, "u");
const headedPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]+\s+(?:(?:of|for|and|the)\s+)?){1,4}(?:${organisationHeads.join("|")})(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?(?![\p{L}\p{N}])`,
  "gu",
);

/** Words that start sentences and so look like part of an organisation's name. */
const leadingNoise = /^(?:The|A|An|In|On|At|But|And|For|From|By|With|After|Before|When|While|Since|As|If|Meanwhile|However)\s+/;

/** Enough namesakes of places ("Chad Thomas", "Denzel Washington") for any article; more are not looked for, so the rule stays linear. */
const maxPlaceNames = 50;
const placeWords = new Set(places.flatMap((p) => p.split(" ")));

/**
 * Whether an offset of the text falls inside a person's name there: the place in
 * "Chad Thomas" or "Denzel Washington" is a name, not what the story is about.
 */
function nameSpans(text: string, people: string[]): (offset: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const name of people.filter((n) => n.includes(" ") && n.split(" ").some((w) => placeWords.has(w))).slice(0, maxPlaceNames)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return (offset) => {
    // the last span that starts at or before the offset; spans of one name never overlap, and a longer one is what matters
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid][0] <= offset) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && i >= low - maxPlaceNames; i--) if (offset < spans[i][1]) return true;
    return false;
  };
}

export function topics(state: ParseState): void {
  const text = [state.headline ?? "", ...state.paragraphs.map((p) => p.text)].join("\n");
  const found = new Map<string, Topic>();
  const add = (name: string, kind: Topic["kind"]) => {
    const key = `${kind}:${name.toLowerCase()}`;
    if (!found.has(key)) found.set(key, { name, kind });
  };
  const inNames = nameSpans(text, state.people.map((p) => p.name));
  for (const m of text.matchAll(placePattern)) if (!inNames(m.index)) add(placeAliases[m[0]] ?? m[0], "place");
  const organisations = [...text.matchAll(acronymPattern), ...(organisationHead.test(text) ? text.matchAll(headedPattern) : [])];
  for (const m of organisations.sort((a, b) => a.index - b.index)) add(m[0].replace(leadingNoise, ""), "organisation");
  for (const tag of state.front.tags ?? []) add(tag, "tag");
  state.topics = [...found.values()];
}
