// The command line: build, parse, check, serve, new. Exit codes: 0 done, 1 the seeds
// had errors (or warnings under --strict), 2 bad usage or configuration, 3 a bug. Each
// command has its own options, its own --help, and a "did you mean" for a near miss.
import { existsSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { build, parseFolder, type BuildResult } from "./site/build.js";
import { broadsheetVersion } from "./site/cache.js";
import { createProgress } from "./site/progress.js";
import { ConfigError, loadConfig, readConfig, type SettingOrigins, type SiteConfig } from "./config.js";
import { countBySeverity, exitCodeFor, formatMessage, type MessageFormat } from "./messages.js";
import { slugify } from "./parse/slug.js";
import { newStoryText } from "./parse/placeholders.js";
import { writeWorkflow } from "./init.js";
import { readSeedBytes } from "./read/seeds.js";
import { serve } from "./serve/serve.js";
import { validDate } from "./parse/dates.js";
import { BuildError, fileSystemError } from "./errors.js";
import { missingBaseUrl, robotsNotAtRoot } from "./site/production.js";
import { rebuilder, siteWatched, watchPaths } from "./site/watch.js";
import { closest } from "./suggest.js";
import type { Message } from "./types.js";

interface Flag {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  /** What the value is, in the help: FOLDER, URL. */
  value?: string;
  help: string;
}

const flags = {
  seeds: { type: "string", value: "FOLDER", help: "the seeds folder (default: seeds)" },
  out: { type: "string", value: "FOLDER", help: "the site's folder (default: dist)" },
  config: { type: "string", value: "FILE", help: "the settings file (default: broadsheet.config.json)" },
  "base-url": { type: "string", value: "URL", help: "the site's public address, such as https://example.org/archive/ (over BROADSHEET_BASE_URL, over \"baseUrl\")" },
  strict: { type: "boolean", default: false, help: "exit 1 on warnings too, and on a build without a base URL" },
  "no-cache": { type: "boolean", default: false, help: "build from scratch: parse every seed, render and write every page" },
  force: { type: "boolean", default: false, help: "replace what a non-empty output folder that Broadsheet did not make holds" },
  timings: { type: "boolean", default: false, help: "print the time each stage took" },
  changed: { type: "boolean", default: false, help: "only the seeds named (as arguments, or one a line on stdin) changed since the last build" },
  watch: { type: "boolean", default: false, help: "rebuild on every change to the seeds, templates or settings, until Ctrl-C" },
  format: { type: "string", default: "text", value: "text|json|github", help: "how messages are printed (default: text)" },
  port: { type: "string", default: "8080", value: "PORT", help: "the port to serve on (default: 8080; 0 for any free one)" },
  host: { type: "string", default: "127.0.0.1", value: "HOST", help: "the address to serve on (default: 127.0.0.1)" },
  date: { type: "string", value: "YYYY-MM-DD", help: "the story's date (default: today)" },
  debug: { type: "boolean", default: false, help: "show where an error came from (its stack)" },
  help: { type: "boolean", short: "h", default: false, help: "show this help" },
} satisfies Record<string, Flag>;

type FlagName = keyof typeof flags;

interface Command {
  /** What follows the command's name in its usage line. */
  synopsis: string;
  summary: string;
  flags: FlagName[];
}

const everyCommand: FlagName[] = ["debug", "help"];

const commands: Record<string, Command> = {
  build: {
    synopsis: "[options] [--changed [PATH...]]",
    summary: "build the site from the seeds folder into the output folder",
    flags: ["seeds", "out", "config", "base-url", "strict", "no-cache", "force", "timings", "changed", "watch"],
  },
  parse: { synopsis: "PATH...", summary: "print the records of seed files as JSON lines on stdout; messages on stderr", flags: [] },
  check: { synopsis: "[options]", summary: "report the problems in the seeds, building nothing", flags: ["seeds", "config", "strict", "format"] },
  serve: {
    synopsis: "[options]",
    summary: "build into the cache, serve the site locally, rebuild and reload on change",
    flags: ["port", "host", "seeds", "out", "config", "no-cache"],
  },
  new: { synopsis: '"Headline" [options]', summary: "write a new Markdown seed, as a draft", flags: ["date", "seeds", "config"] },
  init: { synopsis: "[--force]", summary: "write .github/workflows/broadsheet.yml: build and publish on GitHub Pages", flags: ["force"] },
};

const exitCodes = `Exit codes: 0 done; 1 the seeds had errors (or warnings with --strict, or a build with --strict had no base URL);
2 bad usage or configuration, or a folder Broadsheet cannot use (not its own, held by another build, read-only, full);
3 a bug in Broadsheet.`;

const usage = `Usage: broadsheet <command> [options]

Commands:
${Object.entries(commands).map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`).join("\n")}

broadsheet <command> --help shows a command's options.

Options:
  --version, -v   print Broadsheet's version
  --help, -h      show this help

${exitCodes}`;

function commandHelp(name: string): string {
  const command = commands[name];
  const shown = [...command.flags, ...everyCommand].map((flag) => {
    const { value, help, short } = flags[flag] as Flag;
    return [`${short ? `-${short}, ` : ""}--${flag}${value ? ` ${value}` : ""}`, help];
  });
  const width = Math.max(...shown.map(([left]) => left.length)) + 2;
  return `Usage: broadsheet ${name} ${command.synopsis}

${command.summary[0].toUpperCase()}${command.summary.slice(1)}.

Options:
${shown.map(([left, help]) => `  ${left.padEnd(width)}${help}`).join("\n")}

${exitCodes}`;
}

class UsageError extends Error {
  /** `command` names the help that shows the usage; `hinted` errors say what to type already. */
  constructor(message: string, readonly command: string | null = null, readonly hinted = false) {
    super(message);
  }
}

type Options = { [K in FlagName]?: (typeof flags)[K]["type"] extends "boolean" ? boolean : string };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = rest.includes("--debug");
  try {
    if (!command || command === "--help" || command === "-h") {
      console.log(usage);
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-v") {
      console.log(broadsheetVersion);
      return 0;
    }
    if (command === "help") {
      const [about] = rest;
      if (about === undefined) console.log(usage);
      else console.log(commandHelp(knownCommand(about)));
      return 0;
    }
    if (command.startsWith("-")) {
      const near = closest(command.split("=")[0], ["--version", "--help"]);
      if (near) throw new UsageError(`unknown option ${command.split("=")[0]}; did you mean ${near}?`, null, true);
      throw new UsageError(`the command comes first, its options after it: broadsheet <command> ${command} ...`, null, true);
    }
    const name = knownCommand(command);
    const ends = rest.indexOf("--");
    const before = ends === -1 ? rest : rest.slice(0, ends);
    if (before.includes("--help") || before.includes("-h")) {
      console.log(commandHelp(name));
      return 0;
    }
    const { values, positionals } = parseCommandLine(name, rest);
    const takesPaths = name === "parse" || name === "new" || (name === "build" && values.changed);
    if (positionals.length > 0 && !takesPaths) throw new UsageError(`${name} takes no arguments (got "${positionals.join(" ")}")`, name);
    switch (name) {
      case "build":
        return values.watch ? await watchCommand(values, positionals) : await buildCommand(values, positionals);
      case "parse":
        return await parseCommand(positionals);
      case "check":
        return await checkCommand(values);
      case "serve":
        return await serveCommand(values);
      case "init":
        console.log(relative(process.cwd(), writeWorkflow(process.cwd(), values.force ?? false)));
        return 0;
      default:
        return await newCommand(values, positionals);
    }
  } catch (error) {
    return reportError(error, debug);
  }
}

/** The command of that name, or a usage error that names the nearest. */
function knownCommand(name: string): string {
  if (Object.hasOwn(commands, name)) return name;
  const near = closest(name, [...Object.keys(commands), "help"]) ?? (closest(name, ["version"]) ? "--version" : null);
  if (near) throw new UsageError(`unknown command "${name}"; did you mean "${near}"?`, null, true);
  throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(commands).join(", ")})`);
}

/**
 * The command's options and arguments. An option the command does not take is named
 * with the nearest it does take, or with the commands that take it.
 */
function parseCommandLine(name: string, args: string[]): { values: Options; positionals: string[] } {
  const own = [...commands[name].flags, ...everyCommand];
  const options: Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }> = Object.fromEntries(own.map((flag) => {
    const { type, short, default: fallback } = flags[flag] as Flag;
    return [flag, { type, ...(short ? { short } : {}), ...(fallback !== undefined ? { default: fallback } : {}) }];
  }));
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option" || own.some((flag) => flag === token.name || (flags[flag] as Flag).short === token.name)) continue;
    throw unknownOption(name, args[token.index], token.rawName, own);
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Options, positionals };
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message.replace(/\s*\n\s*/g, " "), name);
    throw error;
  }
}

function unknownOption(command: string, arg: string, rawName: string, own: FlagName[]): UsageError {
  const long = own.map((flag) => `--${flag}`);
  // "-seeds" is read as -s -e -e -d -s, but meant --seeds
  const typed = arg.startsWith("--") || arg.length > 2 ? arg.split("=")[0] : rawName;
  const others = Object.entries(commands).filter(([, c]) => c.flags.some((flag) => `--${flag}` === typed)).map(([other]) => other);
  if (others.length > 0) return new UsageError(`${command} takes no ${typed} (${others.length === 1 ? `${others[0]} does` : `${others.slice(0, -1).join(", ")} and ${others.at(-1)} do`})`, command);
  const near = closest(typed, long);
  if (near) return new UsageError(`unknown option ${typed} for ${command}; did you mean ${near}?`, command, true);
  return new UsageError(`unknown option ${typed} for ${command}`, command);
}

/**
 * Every error that ends a command as one line and its exit code: usage (with the
 * nearest name, or the help that shows the usage), settings, folders and disks (naming
 * the path), and anything else as a bug, whose stack --debug shows.
 */
function reportError(error: unknown, debug: boolean): number {
  if (debug) console.error((error as Error).stack ?? String(error));
  if (error instanceof UsageError) {
    const help = error.command ? `broadsheet ${error.command} --help` : "broadsheet --help";
    console.error(`broadsheet: ${error.message}${error.hinted ? "" : `; ${help} shows the usage`}`);
    return 2;
  }
  const { line, exitCode } = stopping(error);
  console.error(`broadsheet: ${line}`);
  return exitCode;
}

/** What stops a command, in one line, and its exit code. */
function stopping(error: unknown): { line: string; exitCode: number } {
  if (error instanceof ConfigError) return { line: error.message, exitCode: 2 };
  const known = error instanceof BuildError ? error : fileSystemError(error);
  if (known) return { line: known.message, exitCode: known.exitCode };
  return { line: `internal error: ${oneLine(error)} (a bug in Broadsheet; --debug shows where)`, exitCode: 3 };
}

function oneLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0];
}

function configFrom(values: Options): SiteConfig {
  return settingsFrom(values).config;
}

/**
 * The settings and where each came from. The base URL is --base-url's, else
 * BROADSHEET_BASE_URL's, else the config file's.
 */
function settingsFrom(values: Options): { config: SiteConfig; origins: SettingOrigins } {
  const fromEnv = process.env.BROADSHEET_BASE_URL?.trim() || undefined;
  const settings = readConfig(values.config ?? null, {
    seeds: values.seeds ? resolve(values.seeds) : undefined,
    out: values.out ? resolve(values.out) : undefined,
    baseUrl: values["base-url"] ?? fromEnv,
  }, { seeds: "--seeds", out: "--out", baseUrl: values["base-url"] !== undefined ? "--base-url" : "BROADSHEET_BASE_URL" });
  folderSetting("seeds folder", settings.config.seeds);
  if (settings.config.templates) folderSetting("templates folder", settings.config.templates);
  return settings;
}

function folderSetting(what: string, folder: string): void {
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info) throw new ConfigError(`${what} ${folder} does not exist`);
  if (!info.isDirectory()) throw new ConfigError(`${what} ${folder} is a file, not a folder`);
}

function messageFormat(values: Options): MessageFormat {
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "github") throw new UsageError(`--format must be text, json or github (got "${format}")`, "check");
  return format;
}

async function buildCommand(values: Options, paths: string[]): Promise<number> {
  const settings = settingsFrom(values);
  const { config } = settings;
  const warnings = productionWarnings(settings, values.strict ?? false);
  const changed = values.changed ? changedSeeds(paths.length > 0 ? paths : await stdinLines(), config.seeds) : undefined;
  const result = await build(config, { ...buildOptions(config, values), changed });
  printMessages(result, config);
  for (const warning of warnings) console.error(`broadsheet: warning: ${warning}`);
  console.log(summaryLine(result, config));
  if (values.timings) console.error(`stages: ${Object.entries(result.stages).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(", ")}`);
  return exitCodeFor(result.messages, values.strict ?? false);
}

function buildOptions(config: SiteConfig, values: Options) {
  return {
    cache: config.cache === null ? null : resolve(config.cache),
    fresh: values["no-cache"],
    force: values.force,
    progress: createProgress(process.stderr, process.env),
    waiting: (message: string) => console.error(`broadsheet: ${message}`),
  };
}

/**
 * What a production build warns of in its URLs. No base URL is an error under
 * --strict, before anything is built: a site whose every link names localhost is not
 * one to publish.
 */
function productionWarnings({ config, origins }: { config: SiteConfig; origins: SettingOrigins }, strict: boolean): string[] {
  const missing = missingBaseUrl(config, origins);
  if (missing && strict) throw new BuildError(`${missing} (--strict builds only with one)`, 1);
  return [missing, robotsNotAtRoot(config)].filter((warning): warning is string => warning !== null);
}

/** The build's messages and notices on stderr, but those in `before`, already shown; returns what was shown. */
function printMessages(result: BuildResult, config: SiteConfig, before = new Set<string>()): Set<string> {
  const folder = relative(process.cwd(), config.seeds) || ".";
  const lines = result.messages.map((m) => formatMessage(m, folder, "text"));
  for (const line of lines) if (!before.has(line)) console.error(line);
  for (const notice of result.notices) console.error(`broadsheet: warning: ${notice}`);
  return new Set(lines);
}

/** A build in one line: seeds read and parsed, pages and renders, files, errors, warnings, time. */
function summaryLine(result: BuildResult, config: SiteConfig): string {
  const { errors, warnings } = countBySeverity(result.messages);
  const out = relative(process.cwd(), config.out) || ".";
  return (
    `broadsheet: ${plural(result.seeds, "seed")} read (${result.parsed} parsed), ${result.drafts > 0 ? `${plural(result.drafts, "draft")} left out, ` : ""}${plural(result.pages, "page")} (${result.rendered} rendered), ` +
    `${plural(result.write.files, "file")} in ${out}/ (${result.write.written} written, ${result.write.removed} removed), ` +
    `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${(result.milliseconds / 1000).toFixed(2)} s`
  );
}

/**
 * build --watch: a build, then one more on every change to the seeds, the templates or
 * the config file, each told in its summary line (and the seeds' messages not told
 * before), until SIGINT or SIGTERM, which wait for the build that runs; a second one
 * stops at once. A build that fails is told in one line, and the watch goes on.
 */
async function watchCommand(values: Options, paths: string[]): Promise<number> {
  if (values.changed || paths.length > 0) throw new UsageError("--watch looks at every change itself: it takes no --changed", "build");
  let settings = settingsFrom(values);
  for (const warning of productionWarnings(settings, values.strict ?? false)) console.error(`broadsheet: warning: ${warning}`);
  const configFile = resolve(values.config ?? "broadsheet.config.json");
  // the folders watched are the settings' of the last build, watched again when they change
  let watched = "";
  let watching = { close: () => {} };
  const watchFor = (config: SiteConfig) => {
    const sources = siteWatched(config, [configFile]);
    if (JSON.stringify(sources.folders) === watched) return;
    watching.close();
    watched = JSON.stringify(sources.folders);
    watching = watchPaths(sources, () => rebuild.soon(), (error) => console.error(`broadsheet: cannot watch: ${error.message}`));
  };
  let shown = new Set<string>();
  let first = true;
  const rebuild = rebuilder(async () => {
    try {
      if (!first) settings = settingsFrom(values);
      first = false;
      watchFor(settings.config);
      const result = await build(settings.config, buildOptions(settings.config, values));
      shown = printMessages(result, settings.config, shown);
      console.log(summaryLine(result, settings.config));
    } catch (error) {
      console.error(`broadsheet: build failed: ${stopping(error).line}`);
    }
  });
  let signals = 0;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const onSignal = () => {
    if (++signals > 1) process.exit(130);
    stop();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    void rebuild.now().then(() => {
      if (signals === 0) console.error(`broadsheet: watching ${watchedNames(settings.config, configFile)} (Ctrl-C stops)`);
    });
    await stopped;
    watching.close();
    if (rebuild.busy()) console.error("broadsheet: stopping after this build (Ctrl-C again stops at once)");
    await rebuild.idle();
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function watchedNames(config: SiteConfig, configFile: string): string {
  const { folders, files = [] } = siteWatched(config, [configFile]);
  return [...folders, ...files].map((path) => relative(process.cwd(), path) || ".").join(", ");
}

/**
 * Changed paths as `git diff --name-only` prints them (relative to here, or absolute) as
 * paths inside the seeds folder; paths outside it (a README, a template) are no seeds.
 */
function changedSeeds(paths: string[], seeds: string): string[] {
  const folder = resolve(seeds);
  return paths.map((path) => relative(folder, resolve(path))).filter((path) => path !== "" && !path.startsWith("..") && !isAbsolute(path)).map((path) => path.split(sep).join("/"));
}

async function stdinLines(): Promise<string[]> {
  if (process.stdin.isTTY) throw new UsageError("--changed needs the changed paths, as arguments or one a line on stdin (git diff --name-only | broadsheet build --changed)", "build", true);
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

async function parseCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError("parse needs at least one seed file", "parse");
  const messages: Message[] = [];
  const { parseSeeds } = await import("./site/worker.js");
  for (const path of paths) {
    const file = relative(process.cwd(), resolve(path));
    const bytes = readSeedBytes(process.cwd(), file);
    if (!(bytes instanceof Uint8Array)) {
      messages.push(bytes);
      continue;
    }
    const [outcome] = parseSeeds([{ file, bytes }], { encoding: null, outlets: {} });
    if ("json" in outcome) {
      process.stdout.write(`${outcome.json}\n`);
      messages.push(...outcome.entry.messages);
    } else messages.push(outcome.error);
  }
  for (const m of messages) console.error(formatMessage(m, ".", "text"));
  return exitCodeFor(messages, false);
}

async function checkCommand(values: Options): Promise<number> {
  const format = messageFormat(values);
  const config = configFrom(values);
  const { records, unreadable } = await parseFolder(config);
  const messages = [...unreadable, ...records.flatMap((r) => r.messages)];
  const folder = relative(process.cwd(), config.seeds) || ".";
  for (const m of messages) console.log(formatMessage(m, folder, format));
  if (format === "text") {
    const { errors, warnings } = countBySeverity(messages);
    console.error(`broadsheet: ${plural(records.length + unreadable.length, "seed")} checked, ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  }
  return exitCodeFor(messages, values.strict ?? false);
}

async function serveCommand(values: Options): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (got "${values.port}")`, "serve");
  const config = configFrom(values);
  await serve(config, { port, host: values.host ?? "127.0.0.1", cache: values["no-cache"] || config.cache === null ? null : resolve(config.cache) });
  return 0;
}

async function newCommand(values: Options, positionals: string[]): Promise<number> {
  const headline = positionals.join(" ").trim();
  if (!headline) throw new UsageError('new needs a headline: broadsheet new "Headline"', "new");
  const date = values.date ?? localDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !validDate(date)) throw new UsageError(`--date must be YYYY-MM-DD (got "${date}")`, "new");
  const seeds = values.seeds ? resolve(values.seeds) : loadConfig(values.config ?? null).seeds;
  const file = join(seeds, `${date}-${slugify(headline)}.md`);
  if (existsSync(file)) throw new UsageError(`${relative(process.cwd(), file)} already exists`, "new", true);
  await mkdir(seeds, { recursive: true });
  await writeFile(file, `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\ntags: []\ndraft: true\n---\n\n${newStoryText}\n`);
  console.log(relative(process.cwd(), file));
  return 0;
}

/** Today where the writer is, not in UTC. */
function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
