// Interface strings and dates in the site's language. The strings are data in the theme
// (locales/<language>.json), overridable by the user's theme key by key; English stands in
// for any key, or any language, a theme does not give.
import { existsSync, readFileSync } from "node:fs";
import { remembered } from "../archive/keys.js";
import { jsonErrorPlace } from "../json-errors.js";
import { join } from "node:path";
import { BuildError } from "../errors.js";

/** A string, or its plural forms by Intl.PluralRules category ("one", "few", "other"). */
export type Words = string | Record<string, string>;

export interface Locale {
  /** The site's language tag, as config "language" gives it. */
  language: string;
  /** The language dates are formatted in: a locale file's "dateLocale" ("en-GB"), else the language. */
  dateLocale: string;
  strings: Record<string, Words>;
}

const fallback = "en";

/** The tags to look for, most general first: "bg-BG" is looked for as "bg", then "bg-BG". */
function tagsOf(language: string): string[] {
  const parts = language.split("-");
  return parts.map((_, i) => parts.slice(0, i + 1).join("-"));
}

/**
 * Reads the locale of `language` from the theme folders (the user's first, as themeFolders
 * gives them): English, then the language, each the default theme's file under the user's.
 * "dateLocale" is taken from the language's own files only: English's "en-GB" is not Bulgarian's.
 */
export function loadLocale(folders: string[], language: string): Locale {
  const own = tagsOf(language);
  const strings: Record<string, Words> = {};
  let dateLocale = language;
  for (const tag of [...new Set([fallback, ...own])]) {
    for (const folder of [...folders].reverse()) {
      const { dateLocale: given, ...words } = readLocaleFile(join(folder, "locales", `${tag}.json`));
      Object.assign(strings, words);
      if (typeof given === "string" && own.includes(tag)) dateLocale = given;
    }
  }
  return { language, dateLocale, strings };
}

function readLocaleFile(path: string): Record<string, Words> {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new BuildError(`${path}:${jsonErrorPlace(text, message)}: not valid JSON: ${message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new BuildError(`${path}: must hold a JSON object of interface strings`);
  for (const [key, value] of Object.entries(data)) {
    const forms = typeof value === "object" && value !== null && !Array.isArray(value) ? Object.values(value) : [value];
    if (!forms.every((form) => typeof form === "string")) throw new BuildError(`${path}: "${key}" must be a string, or an object of plural forms ("one", "other") to strings`);
  }
  return data as Record<string, Words>;
}

/**
 * The string for `key`, with "{name}" filled from `vars`; plural forms chosen by `vars.count`.
 * A key no locale gives is shown as itself, so a theme's typo is visible rather than blank.
 */
export function translate(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  const words = Object.hasOwn(locale.strings, key) ? locale.strings[key] : key;
  const text = typeof words === "string" ? words : words[pluralRules(locale.language).select(Number(vars.count))] ?? words.other ?? key;
  // most strings have nothing to fill in, and every page asks for dozens of them
  return text.includes("{") ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole)) : text;
}

/** "30 April 2023", "April 2023" ("30 април 2023 г."), or the locale's word for undated; always in UTC, so every machine writes the same. */
export function formatDate(locale: Locale, date: string | null): string {
  return date ? datesIn(locale.dateLocale)(date) : translate(locale, "undated");
}

/**
 * Dates formatted for a date locale, each once: an archive has a few thousand dates,
 * each on hundreds of listing lines (and a long serve forgets them past a century's).
 */
function datesIn(dateLocale: string): (date: string) => string {
  let format = dateFormatters.get(dateLocale);
  if (!format) {
    format = remembered((date) => {
      const [y, m, d] = date.split("-").map(Number);
      // years before 100 are not shifted into the 1900s
      const when = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
      when.setUTCFullYear(y);
      return dateFormat(dateLocale, Boolean(d)).format(when);
    }, 50_000);
    dateFormatters.set(dateLocale, format);
  }
  return format;
}

const dateFormatters = new Map<string, (date: string) => string>();

/** Intl's formatters and rules, made once each: a large archive formats a date for every line of every listing. */
const formats = new Map<string, Intl.DateTimeFormat>();
const plurals = new Map<string, Intl.PluralRules>();

function dateFormat(dateLocale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${dateLocale}\0${withDay}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(dateLocale, { timeZone: "UTC", year: "numeric", month: "long", ...(withDay ? { day: "numeric" } : {}) })));
  return format;
}

function pluralRules(language: string): Intl.PluralRules {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}
