// The command line: build, parse, check, serve, new. Exit codes: 0 done, 1 the seeds
// had errors (or warnings under --strict), 2 bad usage or configuration.
import { existsSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { build, parseFolder } from "./site/build.js";
import { createProgress } from "./site/progress.js";
import { ConfigError, loadConfig, type SiteConfig } from "./config.js";
import { countBySeverity, exitCodeFor, formatMessage, type MessageFormat } from "./messages.js";
import { slugify } from "./parse/slug.js";
import { newStoryText } from "./parse/placeholders.js";
import { writeWorkflow } from "./init.js";
import { readSeedBytes } from "./read/seeds.js";
import { serve } from "./serve/serve.js";
import { validDate } from "./parse/dates.js";
import { BuildError, fileSystemError } from "./errors.js";
import type { Message } from "./types.js";

const usage = `Usage: broadsheet <command> [options]

Commands:
  build [--seeds seeds] [--out dist] [--config broadsheet.config.json] [--base-url URL] [--strict] [--no-cache] [--force] [--timings]
        [--changed [PATH...]]        only these seeds changed since the last build (none given: read from stdin)
  parse PATH...                      records as JSON lines on stdout; messages on stderr
  check [--seeds seeds] [--strict] [--format text|json|github]
  serve [--port 8080] [--host 127.0.0.1] [--seeds seeds] [--out dist]
  new "Headline" [--date YYYY-MM-DD] [--seeds seeds]
  init [--force]                     writes .github/workflows/broadsheet.yml: build and publish on GitHub Pages

Options for every command: --debug shows where an error came from.

Exit codes: 0 done; 1 the seeds had errors (or warnings with --strict); 2 bad usage or configuration,
or a folder Broadsheet cannot use (not its own, held by another build, read-only, full); 3 a bug in Broadsheet.`;

class UsageError extends Error {}

const commonOptions = {
  seeds: { type: "string" },
  out: { type: "string" },
  config: { type: "string" },
  "base-url": { type: "string" },
  strict: { type: "boolean", default: false },
  "no-cache": { type: "boolean", default: false },
  timings: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  changed: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  format: { type: "string", default: "text" },
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  date: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof commonOptions; allowPositionals: true }>>["values"];

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(usage);
    return command ? 0 : 2;
  }
  const debug = rest.includes("--debug");
  try {
    const { values, positionals } = parseArgs({ args: rest, options: commonOptions, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const takesPaths = command === "parse" || command === "new" || (command === "build" && values.changed);
    if (positionals.length > 0 && !takesPaths) throw new UsageError(`${command} takes no arguments (got "${positionals.join(" ")}")`);
    switch (command) {
      case "build":
        return await buildCommand(values, positionals);
      case "parse":
        return await parseCommand(positionals);
      case "check":
        return await checkCommand(values);
      case "serve":
        return await serveCommand(values);
      case "new":
        return await newCommand(values, positionals);
      case "init":
        console.log(relative(process.cwd(), writeWorkflow(process.cwd(), values.force ?? false)));
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportError(error, debug);
  }
}

/**
 * Every error that ends a command as one line and its exit code: usage and settings
 * (with the usage line), folders and disks (naming the path), and anything else as a
 * bug, whose stack --debug shows.
 */
function reportError(error: unknown, debug: boolean): number {
  if (debug) console.error((error as Error).stack ?? String(error));
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`broadsheet: ${(error as Error).message}\n\n${usage.split("\n\n")[0]}`);
    return 2;
  }
  if (error instanceof ConfigError) {
    console.error(`broadsheet: ${error.message}`);
    return 2;
  }
  const known = error instanceof BuildError ? error : fileSystemError(error);
  if (known) {
    console.error(`broadsheet: ${known.message}`);
    return known.exitCode;
  }
  console.error(`broadsheet: internal error: ${oneLine(error)} (a bug in Broadsheet; --debug shows where)`);
  return 3;
}

function oneLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0];
}

function configFrom(values: Options): SiteConfig {
  const config = loadConfig(values.config ?? null, {
    seeds: values.seeds ? resolve(values.seeds) : undefined,
    out: values.out ? resolve(values.out) : undefined,
    baseUrl: values["base-url"],
  });
  folderSetting("seeds folder", config.seeds);
  if (config.templates) folderSetting("templates folder", config.templates);
  return config;
}

function folderSetting(what: string, folder: string): void {
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info) throw new ConfigError(`${what} ${folder} does not exist`);
  if (!info.isDirectory()) throw new ConfigError(`${what} ${folder} is a file, not a folder`);
}

function messageFormat(values: Options): MessageFormat {
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "github") throw new UsageError(`--format must be text, json or github (got "${format}")`);
  return format;
}

async function buildCommand(values: Options, paths: string[]): Promise<number> {
  const config = configFrom(values);
  const result = await build(config, {
    cache: config.cache === null ? null : resolve(config.cache),
    fresh: values["no-cache"],
    force: values.force,
    changed: values.changed ? changedSeeds(paths.length > 0 ? paths : await stdinLines(), config.seeds) : undefined,
    progress: createProgress(process.stderr, process.env),
    waiting: (message) => console.error(`broadsheet: ${message}`),
  });
  const folder = relative(process.cwd(), config.seeds) || ".";
  for (const m of result.messages) console.error(formatMessage(m, folder, "text"));
  for (const notice of result.notices) console.error(`broadsheet: warning: ${notice}`);
  const { errors, warnings } = countBySeverity(result.messages);
  const out = relative(process.cwd(), config.out) || ".";
  console.log(
    `broadsheet: ${plural(result.seeds, "seed")} read (${result.parsed} parsed), ${result.drafts > 0 ? `${plural(result.drafts, "draft")} left out, ` : ""}${plural(result.pages, "page")} (${result.rendered} rendered), ` +
      `${plural(result.write.files, "file")} in ${out}/ (${result.write.written} written, ${result.write.removed} removed), ` +
      `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${(result.milliseconds / 1000).toFixed(2)} s`,
  );
  if (values.timings) console.error(`stages: ${Object.entries(result.stages).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(", ")}`);
  return exitCodeFor(result.messages, values.strict ?? false);
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
  if (process.stdin.isTTY) throw new UsageError("--changed needs the changed paths, as arguments or one a line on stdin (git diff --name-only | broadsheet build --changed)");
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

async function parseCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError("parse needs at least one seed file");
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (got "${values.port}")`);
  const config = configFrom(values);
  await serve(config, { port, host: values.host ?? "127.0.0.1", cache: values["no-cache"] || config.cache === null ? null : resolve(config.cache) });
  return 0;
}

async function newCommand(values: Options, positionals: string[]): Promise<number> {
  const headline = positionals.join(" ").trim();
  if (!headline) throw new UsageError('new needs a headline: broadsheet new "Headline"');
  const date = values.date ?? localDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !validDate(date)) throw new UsageError(`--date must be YYYY-MM-DD (got "${date}")`);
  const seeds = values.seeds ? resolve(values.seeds) : loadConfig(values.config ?? null).seeds;
  const file = join(seeds, `${date}-${slugify(headline)}.md`);
  if (existsSync(file)) throw new UsageError(`${relative(process.cwd(), file)} already exists`);
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
