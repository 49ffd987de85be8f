// The fields a Markdown seed's front matter may set, taken from its data by type. A
// value of another type is a warning naming the field, never an exception.
import { excerpt } from "../read/clean.js";
import { aliasPath } from "./aliases.js";
import { isPlaceholderDate, placeholderDateRule, validDate } from "./dates.js";
import type { FrontMatterBlock } from "./front-matter.js";
import { report, type FrontMatter, type ParseState } from "./state.js";

/** Tags and related headlines kept from one seed: a scrape's list past this is noise, and each tag is a page. */
const maxListEntries = 100;
const quotedLength = 60;

/** Reads the known fields; `related` goes straight to the state's related headlines. */
export function frontMatterFields(state: ParseState, block: FrontMatterBlock): FrontMatter {
  const read = fieldReader(state, block);
  const front: FrontMatter = {};
  const headline = read.text("title") ?? read.text("headline");
  if (headline) front.headline = headline;
  const date = read.date("date");
  if (date) front.date = date;
  const slug = read.text("slug");
  if (slug) front.slug = slug;
  front.tags = read.list("tags", (value) => value.split(","));
  const source = read.text("source");
  if (source) front.source = source;
  const author = read.text("author");
  if (author) front.author = author;
  // Hugo's name for it is "lastmod"
  const modified = read.date("modified") ?? read.date("lastmod");
  if (modified) front.modified = modified;
  state.related.push(...read.list("related", (value) => [value]));
  if (read.flag("draft")) {
    front.draft = true;
    report(state, "warning", "draft", 'a draft: "build" leaves it out and "serve" shows it marked, until "draft: true" goes', fieldLine(block, "draft"));
  }
  const aliases = read.list("aliases", (value) => [value]).flatMap((alias) => {
    const path = aliasPath(alias);
    if (path === null) report(state, "warning", "aliases", `alias "${excerpt(alias, quotedLength)}" is not a path of the site (such as /2019/old-headline/ or /old.html): left out`, fieldLine(block, "aliases"));
    return path === null ? [] : [path];
  });
  if (aliases.length > 0) front.aliases = [...new Set(aliases)];
  return front;
}

/** The field's line in the seed, for messages about its value. */
export function fieldLine(block: FrontMatterBlock, name: string): number {
  return block.fieldLines.get(name) ?? 2;
}

function fieldReader(state: ParseState, block: FrontMatterBlock) {
  // own fields only: a seed's "constructor" or "toString" is no field of Object's
  const value = (name: string): unknown => (Object.hasOwn(block.data, name) ? block.data[name] : undefined);
  const wrongType = (name: string, found: unknown, wanted: string) =>
    report(state, "warning", "front-matter", `front matter "${name}" is ${typeName(found)}, not ${wanted}: it is left out`, fieldLine(block, name));

  const text = (name: string): string | undefined => {
    const found = value(name);
    if (found === undefined || found === null) return undefined;
    const result = scalarText(found);
    if (result === undefined) wrongType(name, found, "text");
    return result || undefined;
  };

  const date = (name: string): string | undefined => {
    const found = value(name);
    if (found === undefined || found === null) return undefined;
    const raw = scalarText(found);
    if (raw === undefined) {
      wrongType(name, found, "a date");
      return undefined;
    }
    // a date and time, as Hugo writes them ("2024-01-05T10:30:00Z"), is the day it names
    const result = validDate(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(raw)?.[1] ?? raw);
    if (!result) report(state, "error", "date", `front matter date "${excerpt(raw, quotedLength)}" is not a date (YYYY-MM-DD or YYYY-MM)`, fieldLine(block, name));
    else if (isPlaceholderDate(result)) {
      report(state, "warning", "date", `front matter date ${result} looks like a placeholder (${placeholderDateRule}): the article is undated`, fieldLine(block, name));
      return undefined;
    }
    return result ?? undefined;
  };

  /** A yes-or-no field: true, or the text "true" or "yes" as a hand-written front matter may give it. */
  const flag = (name: string): boolean => {
    const found = value(name);
    if (found === undefined || found === null || typeof found === "boolean") return found === true;
    const raw = scalarText(found);
    if (raw === undefined || !/^(?:true|false|yes|no)$/i.test(raw)) {
      wrongType(name, found, "true or false");
      return false;
    }
    return /^(?:true|yes)$/i.test(raw);
  };

  /** A list of text, or one string that `split` makes into entries. */
  const list = (name: string, split: (value: string) => string[]): string[] => {
    const found = value(name);
    if (found === undefined || found === null) return [];
    if (typeof found === "string") return bounded(name, split(found).map((t) => t.trim()).filter(Boolean));
    if (!Array.isArray(found)) {
      wrongType(name, found, "a list");
      return [];
    }
    const entries = found.map(scalarText);
    const others = entries.filter((t) => t === undefined).length;
    if (others > 0) report(state, "warning", "front-matter", `front matter "${name}" has ${others} ${others === 1 ? "entry" : "entries"} that ${others === 1 ? "is" : "are"} not text: left out`, fieldLine(block, name));
    return bounded(name, entries.filter((t): t is string => Boolean(t)));
  };

  const bounded = (name: string, entries: string[]): string[] => {
    if (entries.length <= maxListEntries) return entries;
    report(state, "warning", "front-matter", `front matter "${name}" has ${entries.length} entries: only the first ${maxListEntries} are kept`, fieldLine(block, name));
    return entries.slice(0, maxListEntries);
  };

  return { text, date, flag, list };
}

/** Text as given, or a number written as one (a year for a title); undefined for other types. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map of fields";
  if (typeof value === "boolean") return `${value}`;
  return `a ${typeof value}`;
}
