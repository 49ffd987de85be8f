// Header rule for text seeds: the ` date YYYY-MM-DD rest` line, and which line is the headline.
import { dateInFileName, validDate } from "./dates.js";
import { fileNameHeadline, report, type Line, type ParseState } from "./state.js";
import { clipWords, endsSentence, firstSentence, wordCount } from "./words.js";

const dateLine = /^\s*date\s+(\S+)(?:\s+(.*))?$/i;

export function header(state: ParseState): void {
  const first = state.body[0];
  const m = first ? dateLine.exec(first.text) : null;
  if (m) {
    state.body.shift();
    state.date = validDate(m[1]);
    if (!state.date) report(state, "error", "date", `"${m[1]}" is not a date (YYYY-MM-DD or YYYY-MM)`, first.line, first.text.indexOf(m[1]) + 1);
    else if (state.date < "1800") report(state, "warning", "date", `date ${state.date} looks like a placeholder`, first.line, first.text.indexOf(m[1]) + 1);
    const rest = m[2]?.trim();
    if (rest) state.body.unshift({ text: rest, line: first.line });
  } else {
    state.date = dateInFileName(state.seed.file);
    report(state, "warning", "date", state.date ? `no date line; took ${state.date} from the file name` : "no date line; the article is undated");
  }
  takeHeadline(state);
}

function takeHeadline(state: ParseState): void {
  const skipped: string[] = [];
  while (state.body.length > 0) {
    const candidate = state.body[0];
    if (candidate.text.trim() === "") {
      state.body.shift();
      continue;
    }
    if (isNavigation(candidate.text) || (isSectionLabel(candidate.text) && looksLikeHeadline(state.body[1]))) {
      skipped.push(candidate.text.trim());
      state.body.shift();
      continue;
    }
    if (looksLikeParagraph(candidate.text)) {
      state.headline = clipWords(firstSentence(candidate.text), 14);
      state.headlineLine = candidate.line;
      report(state, "warning", "headline", "no headline line; the first sentence stands in", candidate.line);
    } else {
      state.body.shift();
      state.headline = withoutSiteName(candidate.text.trim());
      state.headlineLine = candidate.line;
    }
    break;
  }
  state.boilerplate.push(...skipped);
  if (!state.headline) {
    state.headline = fileNameHeadline(state);
    report(state, "error", "headline", "no headline and no text; the file name stands in");
  }
}

/** "Home | News | World", "Skip to content": the page's menus, not its text. */
function isNavigation(text: string): boolean {
  return /^(skip to|home\b|menu\b)/i.test(text.trim()) || (text.split(/\s[|›»•]\s/).length >= 3 && wordCount(text) <= 12);
}

/** A section name such as "World" or "Investing" above the headline. */
function isSectionLabel(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 2 && t.length <= 24 && /^\p{Lu}/u.test(t) && !/[.!?:]$/.test(t);
}

function looksLikeHeadline(line: Line | undefined): boolean {
  if (!line) return false;
  const n = wordCount(line.text);
  return n >= 3 && n <= 25 && !endsSentenceWithPeriod(line.text);
}

function looksLikeParagraph(text: string): boolean {
  const n = wordCount(text);
  return n > 30 || (n >= 12 && endsSentenceWithPeriod(text));
}

function endsSentenceWithPeriod(text: string): boolean {
  return endsSentence(text) && /\.["”’)]*$/.test(text.trim());
}

/** "Some headline | Site Name": the page title's site suffix. */
function withoutSiteName(text: string): string {
  const m = /^(.{12,}?)\s+\|\s+[^|]{1,40}$/.exec(text);
  return m ? m[1] : text;
}
