// Broadsheet as a library: `import { build, parse } from "broadsheet"`. What the command
// line does, for scripts and other tools: build a site, parse one seed, read settings.
import { completeConfig, type SiteConfig } from "./config.js";
import { parseSeed } from "./parse/index.js";
import { seedFromBytes } from "./read/seeds.js";
import { build as buildSite, type BuildOptions as SiteBuildOptions, type BuildResult } from "./site/build.js";
import type { ArticleRecord } from "./types.js";

export { ConfigError, completeConfig, defaultConfig, loadConfig, readConfig, type SettingOrigins, type SiteConfig } from "./config.js";
export { BuildError } from "./errors.js";
export { formatMessage, exitCodeFor, type MessageFormat } from "./messages.js";
export { createProgress, type Progress, type ProgressTiming } from "./site/progress.js";
export { missingBaseUrl, robotsNotAtRoot } from "./site/production.js";
export type { BuildResult } from "./site/build.js";
export type { SearchSummary } from "./site/search.js";
export type { WriteSummary } from "./site/write.js";
export type { ArticleRecord, Message, Person, Publisher, Quote, SeedFormat, Severity, Source, SourceKind, Topic, TopicKind } from "./types.js";

export interface BuildOptions extends Omit<SiteBuildOptions, "cache" | "parallel"> {
  /** The cache folder; by default the settings' `cache` (`.broadsheet-cache`); null keeps none. */
  cache?: string | null;
}

/**
 * Builds a site, as `broadsheet build` does. `settings` are checked as a config file's
 * are, the defaults filling in the rest; relative folders are relative to the working
 * folder. To build with a config file: `build(loadConfig("broadsheet.config.json"))`.
 * Problems in seeds are the result's `messages`; what stops the build (a setting, a
 * folder Broadsheet may not use) is thrown, as a ConfigError or a BuildError.
 */
export async function build(settings: Partial<SiteConfig> = {}, options: BuildOptions = {}): Promise<BuildResult> {
  const config = completeConfig(settings);
  return buildSite(config, { ...options, cache: options.cache === undefined ? config.cache : options.cache });
}

export interface ParseOptions {
  /**
   * The seed's file name, as it would lie in the seeds folder: its extension says the
   * format (`.md` Markdown, `.txt` text; another, Markdown when it opens with front
   * matter), and its prefix may give the date and the publisher
   * (`ap_2016-09-12_story.txt`). The record's `id` and `file` come from it. Default: "seed".
   */
  file?: string;
  /** The encoding of bytes (not of a string) that are not UTF-8 ("windows-1251"); guessed when not given. */
  encoding?: string;
  /** File-name prefixes to outlet names, over the built-in list (the `outlets` setting). */
  outlets?: Record<string, string>;
}

/** One seed, its text or its bytes, to its record: what `broadsheet parse` prints for a file. Problems are the record's `messages`. */
export function parse(seed: string | Uint8Array, options: ParseOptions = {}): ArticleRecord {
  const file = options.file ?? "seed";
  // text is text already: only bytes have an encoding
  const read = typeof seed === "string" ? seedFromBytes(file, new TextEncoder().encode(seed)) : seedFromBytes(file, seed, options.encoding);
  return parseSeed(read, undefined, { outlets: options.outlets ?? {} });
}
