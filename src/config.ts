// Site settings: defaults, broadsheet.config.json, command-line overrides, validation.
import { existsSync, readFileSync } from "node:fs";
import { jsonErrorPlace } from "./json-errors.js";
import { dirname, resolve } from "node:path";
import { defaultMaxSeedBytes } from "./read/seeds.js";

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute, ending in "/": "https://example.org/archive/". */
  baseUrl: string;
  language: string;
  pageSize: number;
  /** The user's templates folder, overriding the default theme file by file; null for none. */
  templates: string | null;
  seeds: string;
  out: string;
  /** Encoding of seeds that are not UTF-8; guessed when null. */
  encoding: string | null;
  /** The incremental cache's folder; null keeps no cache. */
  cache: string | null;
  /** Full-text search with Pagefind at /search/. */
  search: boolean;
  /** A seed larger than this is an error, not read. */
  maxSeedBytes: number;
  /** Seed file-name prefixes ("nyt" in "nyt_2016-09-08_....txt") to outlet names, over the built-in list. */
  outlets: Record<string, string>;
  /** The site's image for social cards (og:image, twitter:image): a URL, or a path in the site such as "/assets/card.png"; null for none. */
  image: string | null;
}

export const defaultConfig: SiteConfig = {
  title: "Broadsheet",
  description: "A news archive",
  baseUrl: "http://localhost:8080/",
  language: "en",
  pageSize: 20,
  templates: null,
  seeds: "seeds",
  out: "dist",
  encoding: null,
  cache: ".broadsheet-cache",
  search: true,
  maxSeedBytes: defaultMaxSeedBytes,
  outlets: {},
  image: null,
};

export class ConfigError extends Error {}

type Check = (value: unknown) => string | null;

const isString: Check = (v) => (typeof v === "string" && v.trim() !== "" ? null : "must be a non-empty string");

const checks: Record<keyof SiteConfig, Check> = {
  title: isString,
  description: (v) => (typeof v === "string" ? null : "must be a string"),
  baseUrl: (v) => {
    if (typeof v !== "string") return "must be a string";
    try {
      const url = new URL(v);
      return /^https?:$/.test(url.protocol) ? null : "must be an http or https URL";
    } catch {
      return `must be an absolute URL such as "https://example.org/" (got "${v}")`;
    }
  },
  language: (v) => (typeof v === "string" && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(v) ? null : 'must be a language tag such as "en" or "bg"'),
  pageSize: (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000 ? null : "must be a whole number from 1 to 1000"),
  templates: (v) => (v === null ? null : isString(v)),
  seeds: isString,
  out: isString,
  cache: (v) => (v === null ? null : isString(v)),
  search: (v) => (typeof v === "boolean" ? null : "must be true or false"),
  image: (v) => (v === null ? null : isString(v)),
  maxSeedBytes: (v) => (Number.isInteger(v) && (v as number) >= 1 ? null : "must be a whole number of bytes, 1 or more"),
  outlets: (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return 'must be an object of file-name prefixes to outlet names, such as { "nyt": "The New York Times" }';
    for (const [prefix, name] of Object.entries(v)) {
      // a prefix is what comes before a file name's first "_", matched in lower case
      if (!/^[^_/\\A-Z]+$/.test(prefix)) return `has the prefix "${prefix}": a prefix is lower-case, without "_" or "/"`;
      if (isString(name)) return `gives "${prefix}" no outlet name: each prefix needs a non-empty string`;
    }
    return null;
  },
  encoding: (v) => {
    if (v === null) return null;
    try {
      new TextDecoder(String(v));
      return null;
    } catch {
      return `must be an encoding name such as "windows-1251" (got "${String(v)}")`;
    }
  },
};

/** Where each setting came from: the config file's path, or the name of an override ("--base-url"). */
export type SettingOrigins = Partial<Record<keyof SiteConfig, string>>;

/**
 * Reads the config file (when it exists or was named), applies overrides, validates.
 * Relative folders in the file are relative to the file.
 */
export function loadConfig(file: string | null, overrides: Partial<SiteConfig> = {}): SiteConfig {
  return readConfig(file, overrides).config;
}

/**
 * As loadConfig, and says where each setting that is not a default came from:
 * `origins` names overrides in messages (an override named nowhere is "setting").
 */
export function readConfig(file: string | null, overrides: Partial<SiteConfig> = {}, names: SettingOrigins = {}): { config: SiteConfig; origins: SettingOrigins } {
  const path = resolve(file ?? "broadsheet.config.json");
  let fromFile: Record<string, unknown> = {};
  if (existsSync(path)) fromFile = readConfigFile(path);
  else if (file) throw new ConfigError(`${file}: no such config file`);
  const problems: string[] = [];
  for (const key of Object.keys(fromFile)) {
    if (!(key in checks)) problems.push(`${path}: unknown setting "${key}" (known: ${Object.keys(checks).join(", ")})`);
  }
  const base = dirname(path);
  const origins: SettingOrigins = {};
  for (const key of Object.keys(fromFile)) if (key in checks) origins[key as keyof SiteConfig] = path;
  const merged: Record<string, unknown> = { ...defaultConfig, ...fromFile };
  for (const key of ["templates", "seeds", "out", "cache"] as const) {
    if (typeof fromFile[key] === "string") merged[key] = resolve(base, fromFile[key] as string);
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    merged[key] = value;
    origins[key as keyof SiteConfig] = names[key as keyof SiteConfig] ?? "setting";
  }
  return { config: validated(merged, origins, problems), origins };
}

/**
 * Settings given in code, without a config file: the defaults for the rest, checked as
 * loadConfig checks them, relative folders relative to the working folder.
 */
export function completeConfig(settings: Partial<SiteConfig> = {}): SiteConfig {
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const problems = Object.keys(given).filter((key) => !(key in checks)).map((key) => `setting: unknown setting "${key}" (known: ${Object.keys(checks).join(", ")})`);
  const merged: Record<string, unknown> = { ...defaultConfig, ...given };
  for (const key of ["templates", "seeds", "out", "cache"] as const) {
    if (typeof merged[key] === "string") merged[key] = resolve(merged[key] as string);
  }
  return validated(merged, Object.fromEntries(Object.keys(given).map((key) => [key, "setting"])), problems);
}

function validated(merged: Record<string, unknown>, origins: SettingOrigins, problems: string[]): SiteConfig {
  for (const [key, check] of Object.entries(checks)) {
    const problem = check(merged[key]);
    if (problem) problems.push(`${origins[key as keyof SiteConfig] ?? "setting"}: "${key}" ${problem}`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  const config = merged as unknown as SiteConfig;
  if (!config.baseUrl.endsWith("/")) config.baseUrl += "/";
  return config;
}

function readConfigFile(path: string): Record<string, unknown> {
  const text = readFileSync(path, "utf8");
  try {
    const data = JSON.parse(text) as unknown;
    if (data === null || typeof data !== "object" || Array.isArray(data)) throw new ConfigError(`${path}: must hold a JSON object`);
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const message = (error as Error).message;
    throw new ConfigError(`${path}:${jsonErrorPlace(text, message)}: not valid JSON: ${message}`);
  }
}
