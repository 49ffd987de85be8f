#!/usr/bin/env node
// Broadsheet against Hugo and Eleventy on the same generated articles, measured side by side.
// usage: npm run bench -- [--sizes 1000,10000] [--tools broadsheet,broadsheet-no-search,hugo,hugo-like,eleventy,broadsheet-incremental] [--runs 1] [--timeout 30] [--drop-caches]
// Writes only under bench/.work/ (corpus, sites, outputs) and bench/results/latest.json, and
// with --drop-caches /proc/sys/vm/drop_caches.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { makeArticle, seedText, sharedGenerator, writeCorpus } from "./corpus.mjs";
import { measure, timeBinary } from "./measure.mjs";
import { broadsheetSummary, formatIncremental, formatTable, incrementalCases, ratios, summarize, summarizeCases } from "./report.mjs";

const bench = dirname(fileURLToPath(import.meta.url));
const repo = resolve(bench, "..");
const workRoot = join(bench, ".work");
const resultsFile = join(bench, "results", "latest.json");
const eleventyCli = join(bench, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const hugoLikeSite = resolve(repo, "..", "shared", "tools", "hugo-like-site.mjs");
// `broadsheet-incremental` is not one build but a cold build and the incremental cases after it
const allTools = ["broadsheet", "broadsheet-no-search", "hugo", "hugo-like", "eleventy", "broadsheet-incremental"];
// Pagefind's article pages in the hugo-like site: /YYYY/MM/DD/slug/index.html, no list page
const hugoLikeArticles = "[0-9][0-9][0-9][0-9]/*/*/*/index.html";

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      tools: { type: "string", default: allTools.join(",") },
      runs: { type: "string", default: "1" },
      timeout: { type: "string", default: "30" },
      "drop-caches": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`usage: npm run bench -- [--sizes 1000,10000] [--tools ${allTools.join(",")}] [--runs N] [--timeout MINUTES] [--drop-caches]`);
    process.exit(0);
  }
  const sizes = values.sizes.split(",").map(Number);
  const tools = values.tools.split(",").map((t) => t.trim());
  const runs = Number(values.runs);
  const timeoutMinutes = Number(values.timeout);
  const bad = tools.filter((t) => !allTools.includes(t));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes must be whole numbers (got "${values.sizes}")`);
  if (bad.length > 0) fail(`unknown tool ${bad.join(", ")} (known: ${allTools.join(", ")})`);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number from 1 (got "${values.runs}")`);
  if (!(timeoutMinutes > 0)) fail(`--timeout must be minutes above 0 (got "${values.timeout}")`);
  dropCaches = values["drop-caches"];
  // a bench that may not empty the caches says so now, not once the corpus is made
  if (dropCaches) settle([]);
  return { sizes, tools, runs, timeoutMs: timeoutMinutes * 60_000 };
}

/** Whether each build starts with the kernel's dentry and inode caches emptied (--drop-caches). */
let dropCaches = false;

/**
 * The disk written and the kernel's caches of files emptied, so that no build pays for the
 * files an earlier one made and removed: with millions of cached entries, whatever built
 * next spent seconds more in the kernel (Broadsheet after Hugo: 24.6 s, 17.6 s before it).
 * Then what the build reads (`inputs`: its sources, its code, a kept cache and output) is
 * read once, untimed, as a machine that has just checked them out holds them. Needs root;
 * without it the bench stops with the reason.
 */
function settle(inputs) {
  execFileSync("sync");
  try {
    writeFileSync("/proc/sys/vm/drop_caches", "2");
  } catch (error) {
    fail(`--drop-caches needs to write /proc/sys/vm/drop_caches, as root: ${error.message}`);
  }
  for (const input of inputs) readAll(input);
}

/** Every file under a folder (or the file itself), read and put away. */
function readAll(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isDirectory()) {
    if (stats.isFile()) readFileSync(path);
    return;
  }
  for (const name of readdirSync(path)) readAll(join(path, name));
}

/** What running Broadsheet reads besides the seeds: its code and its packages. */
const broadsheetCode = ["bin", "lib", "templates", "node_modules", "package.json"].map((name) => join(repo, name));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function run(command, args, extra = {}) {
  console.error(`bench: ${command} ${args.join(" ")}`);
  // installers talk on stderr, so that stdout carries only the tables
  execFileSync(command, args, { stdio: ["ignore", 2, 2], ...extra });
}

/** Where a command on the PATH is; "" where it is not there (yet). */
function commandPath(command) {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function onPath(command) {
  return commandPath(command) !== "";
}

// Debian packages, installed as the issue asks; the lock timeout waits for another apt-get.
let aptUpdated = false;
function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  if (!aptUpdated) run("apt-get", [...lock, "update", "-qq"], { env });
  aptUpdated = true;
  run("apt-get", [...lock, "install", "-y", "-qq", pkg], { env });
}

/** Makes sure each chosen tool can run; returns the tools that can, with a reason for the rest. */
function ensureTools(tools) {
  if (!existsSync(timeBinary)) aptInstall("time");
  const ready = [];
  const missing = {};
  for (const tool of tools) {
    try {
      if ((tool === "hugo" || tool === "hugo-like") && !onPath("hugo")) aptInstall("hugo");
      if (tool === "hugo-like" && !existsSync(hugoLikeSite)) throw new Error(`${hugoLikeSite} is missing`);
      if (tool === "hugo-like") pagefindBinary();
      if (tool === "eleventy" && !existsSync(eleventyCli)) run("npm", ["ci", "--prefix", bench, "--no-audit", "--no-fund"]);
      if (tool.startsWith("broadsheet") && !existsSync(join(repo, "lib", "cli.js"))) throw new Error("lib/ is missing: run npm install first");
      ready.push(tool);
    } catch (error) {
      missing[tool] = `not installed: ${error.message.split("\n")[0]}`;
      console.error(`bench: ${tool} ${missing[tool]}`);
    }
  }
  warnIfStale(tools);
  return { ready, missing };
}

/** The bench measures lib/ as compiled; a src/ file newer than it means the numbers are of old code. */
function warnIfStale(tools) {
  const compiled = join(repo, "lib", "cli.js");
  if (!tools.some((t) => t.startsWith("broadsheet")) || !existsSync(compiled)) return;
  const src = join(repo, "src");
  const newest = Math.max(0, ...readdirSync(src, { recursive: true }).map((name) => statSync(join(src, String(name))).mtimeMs));
  if (newest > statSync(compiled).mtimeMs) console.error("bench: warning: src/ is newer than lib/; run `npm run prepare` to measure the current code");
}

function versions(tools) {
  const v = { node: process.version };
  const attempt = (f) => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  if (tools.some((t) => t.startsWith("broadsheet"))) v.broadsheet = attempt(() => execFileSync("git", ["-C", repo, "rev-parse", "--short", "HEAD"]).toString().trim());
  if (tools.includes("hugo") || tools.includes("hugo-like")) v.hugo = attempt(() => execFileSync("hugo", ["version"]).toString().trim());
  if (tools.includes("hugo-like")) v.pagefind = attempt(() => execFileSync(pagefindBinary(), ["--version"]).toString().trim());
  if (tools.includes("eleventy")) v.eleventy = attempt(() => JSON.parse(readFileSync(join(bench, "node_modules", "@11ty", "eleventy", "package.json"), "utf8")).version);
  return v;
}

/** The Pagefind executable of the pagefind package, as its CLI wrapper finds it. */
function pagefindBinary() {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  for (const name of ["pagefind_extended", "pagefind"]) {
    const path = join(repo, "node_modules", "@pagefind", `${platform}-${process.arch}`, "bin", name);
    if (existsSync(path)) return path;
  }
  throw new Error("Pagefind's executable is missing from node_modules/@pagefind/: run npm install first");
}

/**
 * The work folder of one size: seeds for Broadsheet, the Eleventy site with the Markdown in
 * its articles/ (Hugo reads the same folder as its content), Hugo's site, and the hugo-like
 * site made by ../shared/tools/hugo-like-site.mjs from the same Markdown. Built anew; none of
 * this is timed.
 */
function prepareWork(n, tools) {
  const work = join(workRoot, `n${n}`);
  rmSync(work, { recursive: true, force: true });
  const paths = {
    work,
    seeds: join(work, "seeds"),
    eleventySite: join(work, "eleventy"),
    markdown: join(work, "eleventy", "articles"),
    hugoSite: join(work, "hugo"),
    hugoLikeSite: join(work, "hugo-like"),
  };
  cpSync(join(bench, "eleventy-site"), paths.eleventySite, { recursive: true });
  cpSync(join(bench, "hugo-site"), paths.hugoSite, { recursive: true });
  const started = performance.now();
  const generator = writeCorpus(n, paths.seeds, paths.markdown);
  if (tools.includes("hugo-like")) execFileSync(process.execPath, [hugoLikeSite, paths.markdown, paths.hugoLikeSite], { stdio: ["ignore", 2, 2] });
  console.error(`bench: ${n} articles generated with ${generator} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { paths, generator };
}

/** The command that builds the site with one tool, from nothing: no output, no cache. */
function buildCommand(tool, paths) {
  const out = join(paths.work, `out-${tool}`);
  if (tool.startsWith("broadsheet")) {
    // a working folder made anew for each run: the incremental cache (.broadsheet-cache/ in
    // the working folder by default) starts empty, and the only settings are the variant's
    const cwd = join(paths.work, `${tool}-cwd`);
    const settings = tool === "broadsheet-no-search" ? { "broadsheet.config.json": '{ "search": false }' } : {};
    return { out, cwd, fresh: [out, cwd], files: settings, inputs: [paths.seeds, ...broadsheetCode], command: process.execPath, args: [join(repo, "bin", "broadsheet.js"), "build", "--seeds", paths.seeds, "--out", out] };
  }
  if (tool === "hugo") {
    const cache = join(paths.work, "hugo-cache");
    return {
      out,
      cwd: paths.hugoSite,
      fresh: [out, cache, join(paths.hugoSite, "resources")],
      inputs: [paths.hugoSite, paths.markdown, commandPath("hugo")],
      command: "hugo",
      args: ["--source", paths.hugoSite, "--contentDir", paths.markdown, "--destination", out, "--cacheDir", cache, "--quiet"],
    };
  }
  if (tool === "hugo-like") {
    // one build: Hugo, then Pagefind's CLI over the article pages Hugo wrote, one after the
    // other under sh, which waits for both (so GNU time counts both). Pagefind's executable
    // is run as `npx pagefind` would run it, without npx's Node wrapper in between.
    const cache = join(paths.work, "hugo-like-cache");
    const script = 'hugo --source "$1" --destination "$2" --cacheDir "$3" --quiet && exec "$4" --site "$2" --glob "$5" --quiet';
    return {
      out,
      cwd: paths.hugoLikeSite,
      fresh: [out, cache, join(paths.hugoLikeSite, "resources")],
      inputs: [paths.hugoLikeSite, paths.markdown, commandPath("hugo"), pagefindBinary()],
      command: "sh",
      args: ["-c", script, "sh", paths.hugoLikeSite, out, cache, pagefindBinary(), hugoLikeArticles],
    };
  }
  return { out, cwd: paths.eleventySite, fresh: [out], inputs: [paths.eleventySite, join(bench, "node_modules")], command: process.execPath, args: [eleventyCli, "--config=eleventy.config.mjs", `--output=${out}`, "--quiet"] };
}

function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

/** What became of a build, in words for the table. */
function statusOf(tool, result, log) {
  if (result.timedOut) return "timed out";
  if (/heap out of memory|JavaScript heap|Allocation failed/i.test(log)) return "out of memory";
  if (result.exitCode === 0) return "ok";
  // Broadsheet exits 1 when seeds had errors, but it still writes the site
  if (tool.startsWith("broadsheet") && result.exitCode === 1) return "ok (seed errors)";
  return `failed (exit ${result.exitCode})`;
}

/** Runs one measured build and reads what it says; `label` names its log and time files. */
async function measured(tool, label, build, paths, timeoutMs) {
  const logFile = join(paths.work, `${label}.log`);
  if (dropCaches) settle(build.inputs);
  const result = await measure(build.command, build.args, { cwd: build.cwd, statsFile: join(paths.work, `${label}.time`), logFile, timeoutMs });
  const log = readFileSync(logFile, "utf8");
  const status = statusOf(tool, result, log);
  if (!status.startsWith("ok")) console.error(log.trim().split("\n").slice(-5).map((l) => `  ${l}`).join("\n"));
  if (result.orphansLeftRunning > 0) console.error(`bench: ${label}: ${result.orphansLeftRunning} process(es) it left behind still ran ${orphanNote}`);
  return { result, log, status };
}
const orphanNote = "after 15 s; their CPU is counted as last seen";

async function buildOnce(tool, paths, timeoutMs) {
  const build = buildCommand(tool, paths);
  for (const dir of build.fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(build.cwd, { recursive: true });
  for (const [name, content] of Object.entries(build.files ?? {})) writeFileSync(join(build.cwd, name), content);
  const { result, status } = await measured(tool, tool, build, paths, timeoutMs);
  const pages = countHtml(build.out);
  rmSync(build.out, { recursive: true, force: true }); // outputs of 100,000 pages add up
  const orphans = result.orphanCpuSeconds > 0 ? ` (${result.orphanCpuSeconds} s of it in processes not waited for)` : "";
  console.error(`bench: ${tool}: ${status}, ${result.wallSeconds ?? "-"} s wall, ${result.cpuSeconds ?? "-"} s CPU${orphans}, ${result.peakRssMiB.toFixed(0)} MiB, ${pages} pages`);
  return { status, wallSeconds: result.wallSeconds, cpuSeconds: result.cpuSeconds, orphanCpuSeconds: result.orphanCpuSeconds, peakRssMiB: result.peakRssMiB, pages, exitCode: result.exitCode };
}

/** The seed files of a folder, sorted: article-0000.txt, article-0001.txt, ... */
function seedFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
}

/** The day after the newest seed's date (" date YYYY-MM-DD headline" on the first line). */
function dayAfterNewest(dir) {
  let newest = "";
  for (const f of seedFiles(dir)) {
    const date = readFileSync(join(dir, f), "utf8").slice(0, 40).match(/^ date (\d{4}-\d{2}-\d{2})/)?.[1] ?? "";
    if (date > newest) newest = date;
  }
  const next = new Date(`${newest}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * One more article like the corpus's own, as a seed dated the day after every other: the
 * article the generator would write next (made in a scratch folder, untimed), or bench's own
 * generator's when the shared one is not there.
 */
function newestSeed(n, seeds, scratch) {
  const date = dayAfterNewest(seeds);
  let text;
  if (existsSync(sharedGenerator)) {
    execFileSync(process.execPath, [sharedGenerator, String(n + 1), scratch, "--format", "text"], { stdio: "inherit" });
    text = readFileSync(join(scratch, seedFiles(scratch).at(-1)), "utf8");
    rmSync(scratch, { recursive: true, force: true });
  } else {
    text = seedText(makeArticle(n));
  }
  return { name: "article-newest.txt", text: text.replace(/^ date \d{4}-\d{2}-\d{2} /, ` date ${date} `) };
}

/**
 * Broadsheet's incremental cases: a cold build in a fresh working folder (so its cache starts
 * empty), then, with the cache and the output folder kept, a rebuild with nothing changed, one
 * new newest article, one article with a paragraph edited, one article deleted, each timed as
 * a build of its own. The seeds are a copy, changed only between builds.
 */
async function incrementalOnce(n, paths, timeoutMs) {
  const seeds = join(paths.work, "incremental-seeds");
  const cwd = join(paths.work, "incremental-cwd");
  const out = join(paths.work, "out-incremental");
  for (const dir of [seeds, cwd, out]) rmSync(dir, { recursive: true, force: true });
  cpSync(paths.seeds, seeds, { recursive: true });
  mkdirSync(cwd, { recursive: true });
  const files = seedFiles(seeds);
  const newest = newestSeed(n, seeds, join(paths.work, "newest-scratch"));
  const changed = files[Math.floor(files.length / 2)];
  const deleted = files[Math.floor(files.length / 3)];
  const changes = {
    cold: () => {},
    unchanged: () => {},
    "new-newest": () => writeFileSync(join(seeds, newest.name), newest.text),
    "one-changed": () => {
      // the seed's second paragraph (line 3: line 1 is the date and headline) gets a sentence more
      const lines = readFileSync(join(seeds, changed), "utf8").split("\n");
      lines[2] = `${lines[2]} Officials later revised the figures.`;
      writeFileSync(join(seeds, changed), lines.join("\n"));
    },
    "one-deleted": () => unlinkSync(join(seeds, deleted)),
  };
  const build = { cwd, inputs: [seeds, cwd, out, ...broadsheetCode], command: process.execPath, args: [join(repo, "bin", "broadsheet.js"), "build", "--seeds", seeds, "--out", out] };
  const runs = {};
  let failed = null;
  for (const name of incrementalCases) {
    if (failed) {
      runs[name] = { status: `skipped (${failed})`, wallSeconds: null, cpuSeconds: null, peakRssMiB: null, parsed: null, written: null, removed: null };
      continue;
    }
    changes[name]();
    const { result, log, status } = await measured("broadsheet", `incremental-${name}`, build, paths, timeoutMs);
    appendFileSync(join(paths.work, "incremental.log"), `== ${name}\n${log}`);
    const numbers = broadsheetSummary(log);
    runs[name] = { status, wallSeconds: result.wallSeconds, cpuSeconds: result.cpuSeconds, orphanCpuSeconds: result.orphanCpuSeconds, peakRssMiB: result.peakRssMiB, ...numbers };
    console.error(`bench: broadsheet incremental ${name}: ${status}, ${result.wallSeconds ?? "-"} s wall, ${result.cpuSeconds ?? "-"} s CPU, ${result.peakRssMiB.toFixed(0)} MiB, ${numbers.parsed} parsed, ${numbers.written} written, ${numbers.removed} removed`);
    if (!status.startsWith("ok")) failed = `${name} ${status}`;
  }
  const pages = countHtml(out);
  for (const dir of [seeds, cwd, out]) rmSync(dir, { recursive: true, force: true });
  return { status: failed ? `failed: ${failed}` : "ok", pages, cases: runs };
}

/** All runs of one size; the order of tools turns each run so none always goes first. */
async function benchSize(n, tools, missing, runs, timeoutMs) {
  const { paths, generator } = prepareWork(n, tools);
  const byTool = Object.fromEntries(tools.map((t) => [t, []]));
  for (let r = 0; r < runs; r++) {
    const order = tools.slice(r % tools.length).concat(tools.slice(0, r % tools.length));
    for (const tool of order) byTool[tool].push(tool === "broadsheet-incremental" ? await incrementalOnce(n, paths, timeoutMs) : await buildOnce(tool, paths, timeoutMs));
  }
  rmSync(paths.work, { recursive: true, force: true });
  const builds = tools.filter((t) => t !== "broadsheet-incremental");
  const summaries = builds.map((t) => summarize(t, byTool[t]));
  for (const [tool, reason] of Object.entries(missing)) if (tool !== "broadsheet-incremental") summaries.push(summarize(tool, [{ status: reason }]));
  const incremental = byTool["broadsheet-incremental"] ? summarizeCases(byTool["broadsheet-incremental"].map((run) => run.cases)) : null;
  return { n, generator, summaries, ratios: ratios(summaries), incremental, runs: byTool };
}

async function main() {
  const { sizes, tools, runs, timeoutMs } = options();
  const { ready, missing } = ensureTools(tools);
  const report = {
    started: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    versions: versions(ready),
    runsPerTool: runs,
    sizes: [],
  };
  mkdirSync(dirname(resultsFile), { recursive: true });
  for (const n of sizes) {
    const result = await benchSize(n, ready, missing, runs, timeoutMs);
    report.sizes.push(result);
    const tables = [formatTable(n, result.summaries, runs)];
    if (result.incremental) tables.push(formatIncremental(n, result.incremental, runs));
    console.log(`\n${tables.join("\n\n")}\n`);
    // written after every size, so a long run that is stopped keeps what it measured
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.error(`bench: results in ${resultsFile}`);
}

await main();
