// Rule name-then-participle: a name and a participle cue right before the quotation.
import { isNameWord } from "../names.js";
import { attribution, participles } from "./phrases.js";
import type { AttributionRule } from "./context.js";

/** `footage of Trump saying, "..."`, `with Roe reportedly yelling: "..."`: a participle right after a name, with no comma between, is that name's. */
export const nameThenParticiple: AttributionRule = ({ before }) => {
  participles.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = participles.exec(before); m; m = participles.exec(before)) last = m;
  if (!last || last[0].startsWith(",")) return null;
  const words = before.slice(0, last.index).trimEnd().split(/\s+/);
  // "with Roe reportedly yelling": an adverb may stand between the name and its participle
  while (words.length > 1 && /^\p{Ll}+ly$/u.test(words[words.length - 1])) words.pop();
  let start = words.length;
  // "with the American Federation of Teachers calling": "of" joins the words of an organisation's name
  const joins = (i: number) => /^(?:of|for)$/.test(words[i]) && i > 0 && isNameWord(words[i - 1]) && i < words.length - 1;
  while (start > 0 && (isNameWord(words[start - 1]) || joins(start - 1))) start--;
  const name = words.slice(start).join(" ");
  const lead = start > 1 && /^the$/i.test(words[start - 1]) ? start - 1 : start;
  return start < words.length && lead > 0 && /^(?:of|from|with|by|shows?|showed|features?|featured)$/.test(words[lead - 1]) ? attribution(name, last[1].toLowerCase(), null, null) : null;
};
