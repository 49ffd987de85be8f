// Rule cue-then-subject: the cue right after the closing mark, then who spoke.
import { cuePattern } from "../cues.js";
import { addresseeOf, attribution, byOf, clause, cueAnywhere, determiners, isNamed, isPersonal, isSubject, leadingPunctuation, parenthetical, splitAddressee, temporalTail, withoutAffiliation } from "./phrases.js";
import type { AttributionRule } from "./context.js";
import { splitNamedPhrase } from "../names.js";

const cueAtStart = new RegExp(String.raw`^(${cuePattern})(?![\p{L}-])\s*`, "u");

const cueAfterComma = new RegExp(String.raw`^[^"“”]{0,120}?,\s+(${cuePattern})(?![\p{L}-])`, "u");

/** What opens a clause, not a name in apposition. */
const relativeClause = /^(?:who|whom|whose|which|that|when|where|while|as)\s/;

/** "actress Jane Doe": words in lower case, then a name in capitals. */
const roleThenName = /^(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}/u;

/** `"...," said former Gov. Jim Doyle` and `"..." - said the Supreme Leader ... to the President of Iraq Latif Rashid` */
export const cueThenSubject: AttributionRule = ({ after }) => {
  let text = after.replace(leadingPunctuation, "");
  // `"..." if she loses, said Jane Roe`: the quote's sentence goes on before the cue
  const later = cueAfterComma.exec(text);
  const prefix = later ? later[0].slice(0, -later[1].length).replace(/,\s*$/, "") : "";
  if (!cueAtStart.test(text) && later && !isSubject(prefix) && !new RegExp(cueAnywhere.source, "u").test(prefix)) {
    text = text.slice(later.index + later[0].length - later[1].length);
  }
  const m = cueAtStart.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const [subjectPart, addresseePart] = splitAddressee(clause(rest));
  const subject = withoutAffiliation(subjectPart.replace(temporalTail, ""));
  // `said Rubio's deputy campaign manager, Rich Beeson, who ...`, `said the bureau's director, James B. Comey, on Monday`: the description, then the name in apposition
  const described = !isSubject(subject) || (determiners.test(subject.split(/\s+/)[0]) && splitNamedPhrase(subject).name === null);
  const apposed = described ? /^([^,]+),\s+([^,]+?)(?:,|$)/.exec(rest.replace(parenthetical, "")) : null;
  const name = apposed ? clause(apposed[2]) : "";
  // "exhorted Roe's introducer, actress Jane Doe": the name in apposition may carry its role in lower case; "who campaigned Monday in New Hampshire" is a clause
  if (apposed && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(apposed[1]) && isNamed(name) && !relativeClause.test(name) && (isPersonal(name) || roleThenName.test(name))) return attribution(`${name}, ${apposed[1]}`, m[1], null, null);
  if (!isSubject(subject)) return null;
  return attribution(subject, m[1], addresseePart ? addresseeOf(addresseePart) : null, byOf(rest));
};
