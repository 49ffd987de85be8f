// Header rule for text seeds: the ` date YYYY-MM-DD rest` line, and which line is the headline.
import { dateInFileName, isPlaceholderDate, placeholderDateRule, validDate } from "./dates.js";
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
    else if (isPlaceholderDate(state.date)) {
      report(state, "warning", "date", `date ${state.date} looks like a placeholder (${placeholderDateRule}): the article is undated`, first.line, first.text.indexOf(m[1]) + 1);
      state.date = null;
    }
    const rest = m[2]?.trim();
    if (rest) state.body.unshift({ text: rest, line: first.line });
  } else {
    const named = dateInFileName(state.seed.file);
    state.date = named && !isPlaceholderDate(named) ? named : null;
    report(state, "warning", "date", state.date ? `no date line; took ${state.date} from the file name` : "no date line; the article is undated");
  }
  takeHeadline(state);
}

function takeHeadline(state: ParseState): void {
  const skipped: string[] = [];
  // the lines taken are cut off once at the end: shifting them one by one moved the whole body each time
  let taken = 0;
  while (taken < state.body.length) {
    const candidate = state.body[taken];
    if (candidate.text.trim() === "") {
      taken++;
      continue;
    }
    if (isNavigation(candidate.text) || (isSectionLabel(candidate.text) && looksLikeHeadline(state.body[taken + 1]))) {
      skipped.push(candidate.text.trim());
      taken++;
      continue;
    }
    if (looksLikeParagraph(candidate.text)) {
      state.headline = clipWords(firstSentence(candidate.text), 14);
      state.headlineLine = candidate.line;
      report(state, "warning", "headline", "no headline line; the first sentence stands in", candidate.line);
    } else {
      taken++;
      state.headline = withoutSiteName(candidate.text.trim());
      state.headlineLine = candidate.line;
    }
    break;
  }
  state.body.splice(0, taken);
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

/**
 * "Some headline | Site Name": the page title's site suffix, found from the last bar, as
 * /^(.{12,}?)\s+\|\s+[^|]{1,40}$/ would find it without trying each run of spaces from each offset.
 */
function withoutSiteName(text: string): string {
  const bar = text.lastIndexOf("|");
  if (bar === -1) return text;
  const suffix = text.slice(bar + 1);
  let spaces = 0;
  while (spaces < suffix.length && space.test(suffix[spaces])) spaces++;
  if (spaces === 0 || suffix.length < 2 || suffix.length - Math.min(spaces, suffix.length - 1) > maxSiteName) return text;
  let start = bar;
  while (start > 0 && space.test(text[start - 1])) start--;
  const end = Math.max(minHeadline, start);
  return end < bar && !lineBreak.test(text.slice(0, end)) ? text.slice(0, end) : text;
}

const space = /\s/;
const lineBreak = /[\n\r\u2028\u2029]/;
const maxSiteName = 40;
const minHeadline = 12;
