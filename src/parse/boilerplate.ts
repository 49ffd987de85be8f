// Boilerplate rule: the publisher's lines after the story (follow us, write to us,
// a line in the site's other language, a support appeal), and the publisher they name.
import type { Publisher } from "../types.js";
import type { Line, ParseState } from "./state.js";
import { dominantScript, wordCount } from "./words.js";

// starts only where its run of address characters starts: tried inside a long word, the run was read again from each offset
const email = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// labels of at most 63 characters, as DNS has them: tried from each hyphen of a long run, an unbounded label read the run again from each
const domain = /\b[\p{L}\d][\p{L}\d-]{0,62}(?:\.[\p{L}\d-]{1,63}){0,8}\.(?:com|net|org|info|news|co\.uk|[a-z]{2})\b/iu;

/** Each a kind of line that publishers add to every page, whatever the story. */
const boilerplatePatterns: RegExp[] = [
  // a stray quotation mark may open the line, left from a quotation the story ran on
  /^["“]?follow\b.{0,60}\b(twitter|facebook|instagram|linkedin|telegram|youtube|tiktok|x)\b/i,
  /^(like|join) us on\b/i,
  /^(write|contact|e-?mail|send) (to )?us\b/i,
  /\b(we need your support|support (us|our (work|journalism|newsroom))|please (donate|consider supporting)|become a (member|patron|subscriber))\b/i,
  /^(subscribe|sign up)\b.{0,80}$/i,
  /^(read|see) (more|the rest|the full (story|article))\b.{0,30}$/i,
  /^click here\b/i,
  /^(copyright\b|©|\(c\) \d{4})/i,
  /\ball rights reserved\b/i,
  /^(advertisement|sponsored content|share this( article)?)$/i,
];

export function boilerplate(state: ParseState): void {
  const script = dominantScript(state.body.map((l) => l.text).join(" "));
  let end = state.body.length;
  while (end > 0 && isBoilerplate(state.body[end - 1], script)) end--;
  const removed = state.body.slice(end).filter((l) => l.text.trim() !== "");
  state.body = state.body.slice(0, end);
  state.boilerplate.push(...removed.map((l) => l.text.trim()));
  state.publisher = publisherOf(state.boilerplate);
}

function isBoilerplate(line: Line, articleScript: string | null): boolean {
  const text = line.text.trim();
  if (text === "") return true;
  if (boilerplatePatterns.some((re) => re.test(text))) return true;
  if (email.test(text) && wordCount(text) <= 12) return true;
  // a short line in another script that names a site: the publisher's other edition
  return wordCount(text) <= 12 && articleScript !== null && dominantScript(text) !== articleScript && domain.test(text);
}

/** The site the boilerplate names: the one its e-mail address belongs to, else the one named most. */
export function publisherOf(lines: string[]): Publisher | null {
  const text = lines.join("\n");
  const mail = email.exec(text)?.[0];
  const names = [...text.replace(new RegExp(email.source, "g"), " ").matchAll(new RegExp(domain.source, "giu"))].map((m) => m[0]);
  if (!mail && names.length === 0) return null;
  const mailDomain = mail?.split("@")[1].toLowerCase();
  const name = names.find((n) => n.toLowerCase() === mailDomain) ?? mostFrequent(names) ?? mailDomain!;
  const url = /https?:\/\/[^\s)]+/.exec(text)?.[0];
  return { name, ...(url ? { url } : {}), ...(mail ? { email: mail } : {}) };
}

function mostFrequent(items: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: string | undefined;
  for (const [item, n] of counts) if (best === undefined || n > counts.get(best)!) best = item;
  return best;
}
