#!/usr/bin/env node
// Broadsheet against Hugo and Eleventy on the same generated articles, measured side by side.
// usage: npm run bench -- [--sizes 1000,10000] [--tools broadsheet,broadsheet-no-search,hugo,eleventy] [--runs 1] [--timeout 30]
// Writes only under bench/.work/ (corpus, sites, outputs) and bench/results/latest.json.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.mjs";
import { measure, timeBinary } from "./measure.mjs";
import { formatTable, ratios, summarize } from "./report.mjs";

const bench = dirname(fileURLToPath(import.meta.url));
const repo = resolve(bench, "..");
const workRoot = join(bench, ".work");
const resultsFile = join(bench, "results", "latest.json");
const eleventyCli = join(bench, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const allTools = ["broadsheet", "broadsheet-no-search", "hugo", "eleventy"];

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      tools: { type: "string", default: allTools.join(",") },
      runs: { type: "string", default: "1" },
      timeout: { type: "string", default: "30" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log("usage: npm run bench -- [--sizes 1000,10000] [--tools broadsheet,broadsheet-no-search,hugo,eleventy] [--runs N] [--timeout MINUTES]");
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
  return { sizes, tools, runs, timeoutMs: timeoutMinutes * 60_000 };
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function run(command, args, extra = {}) {
  console.error(`bench: ${command} ${args.join(" ")}`);
  // installers talk on stderr, so that stdout carries only the tables
  execFileSync(command, args, { stdio: ["ignore", 2, 2], ...extra });
}

function onPath(command) {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
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
      if (tool === "hugo" && !onPath("hugo")) aptInstall("hugo");
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
  if (newest > statSync(compiled).mtimeMs) console.error("bench: warning: src/ is newer than lib/; run `npx tsc -p .` to measure the current code");
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
  if (tools.includes("hugo")) v.hugo = attempt(() => execFileSync("hugo", ["version"]).toString().trim());
  if (tools.includes("eleventy")) v.eleventy = attempt(() => JSON.parse(readFileSync(join(bench, "node_modules", "@11ty", "eleventy", "package.json"), "utf8")).version);
  return v;
}

/**
 * The work folder of one size: seeds for Broadsheet, the Eleventy site with the Markdown in
 * its articles/ (Hugo reads the same folder as its content), and Hugo's site. Built anew.
 */
function prepareWork(n) {
  const work = join(workRoot, `n${n}`);
  rmSync(work, { recursive: true, force: true });
  const paths = {
    work,
    seeds: join(work, "seeds"),
    eleventySite: join(work, "eleventy"),
    markdown: join(work, "eleventy", "articles"),
    hugoSite: join(work, "hugo"),
  };
  cpSync(join(bench, "eleventy-site"), paths.eleventySite, { recursive: true });
  cpSync(join(bench, "hugo-site"), paths.hugoSite, { recursive: true });
  const started = performance.now();
  const generator = writeCorpus(n, paths.seeds, paths.markdown);
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
    return { out, cwd, fresh: [out, cwd], files: settings, command: process.execPath, args: [join(repo, "bin", "broadsheet.js"), "build", "--seeds", paths.seeds, "--out", out] };
  }
  if (tool === "hugo") {
    const cache = join(paths.work, "hugo-cache");
    return {
      out,
      cwd: paths.hugoSite,
      fresh: [out, cache, join(paths.hugoSite, "resources")],
      command: "hugo",
      args: ["--source", paths.hugoSite, "--contentDir", paths.markdown, "--destination", out, "--cacheDir", cache, "--quiet"],
    };
  }
  return { out, cwd: paths.eleventySite, fresh: [out], command: process.execPath, args: [eleventyCli, "--config=eleventy.config.mjs", `--output=${out}`, "--quiet"] };
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

async function buildOnce(tool, paths, timeoutMs) {
  const build = buildCommand(tool, paths);
  for (const dir of build.fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(build.cwd, { recursive: true });
  for (const [name, content] of Object.entries(build.files ?? {})) writeFileSync(join(build.cwd, name), content);
  const logFile = join(paths.work, `${tool}.log`);
  const result = await measure(build.command, build.args, { cwd: build.cwd, statsFile: join(paths.work, `${tool}.time`), logFile, timeoutMs });
  const log = readFileSync(logFile, "utf8");
  const status = statusOf(tool, result, log);
  const pages = countHtml(build.out);
  rmSync(build.out, { recursive: true, force: true }); // outputs of 100,000 pages add up
  console.error(`bench: ${tool}: ${status}, ${result.wallSeconds ?? "-"} s wall, ${result.peakRssMiB.toFixed(0)} MiB, ${pages} pages`);
  if (!status.startsWith("ok")) console.error(log.trim().split("\n").slice(-5).map((l) => `  ${l}`).join("\n"));
  return { status, wallSeconds: result.wallSeconds, cpuSeconds: result.cpuSeconds, peakRssMiB: result.peakRssMiB, pages, exitCode: result.exitCode };
}

/** All runs of one size; the order of tools turns each run so none always goes first. */
async function benchSize(n, tools, missing, runs, timeoutMs) {
  const { paths, generator } = prepareWork(n);
  const byTool = Object.fromEntries(tools.map((t) => [t, []]));
  for (let r = 0; r < runs; r++) {
    const order = tools.slice(r % tools.length).concat(tools.slice(0, r % tools.length));
    for (const tool of order) byTool[tool].push(await buildOnce(tool, paths, timeoutMs));
  }
  rmSync(paths.work, { recursive: true, force: true });
  const summaries = tools.map((t) => summarize(t, byTool[t]));
  for (const [tool, reason] of Object.entries(missing)) summaries.push(summarize(tool, [{ status: reason }]));
  return { n, generator, summaries, ratios: ratios(summaries), runs: byTool };
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
    console.log(`\n${formatTable(n, result.summaries, runs)}\n`);
    // written after every size, so a long run that is stopped keeps what it measured
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.error(`bench: results in ${resultsFile}`);
}

await main();
