// A site built as a user builds one: the project's seeds plus this folder's own small
// articles (named speakers on shared dates, so person and date pages exist), through
// the CLI, for a base URL with a path so that every link must honour it.
import { cpSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { root, runCli, tempDir } from "../helpers.js";

export const fixtureSeeds = join(root, "tests/browser/seeds");

export interface BuiltSite {
  out: string;
  baseUrl: string;
  /** Build output on stdout, for failure messages. */
  log: string;
  remove(): void;
}

/** Builds the seeds of `folders` together into a temporary folder; throws when the build fails. */
export function buildSite(baseUrl: string, folders: string[] = [join(root, "seeds"), fixtureSeeds]): BuiltSite {
  const temp = tempDir("broadsheet-site-");
  const seeds = join(temp.path, "seeds");
  for (const folder of folders) copySeeds(folder, seeds);
  const out = join(temp.path, "out");
  // pages of three, so that listings have numbered pages
  writeFileSync(join(temp.path, "broadsheet.config.json"), JSON.stringify({ pageSize: 3 }));
  const result = runCli(["build", "--seeds", seeds, "--out", out, "--base-url", baseUrl], temp.path);
  // Exit code 1 means the seeds have errors, which is still a built site; 2 and crashes are not.
  if (result.status !== 0 && result.status !== 1) throw new Error(`build failed (${result.status}):\n${result.stderr}`);
  return { out, baseUrl, log: result.stdout, remove: temp.remove };
}

function copySeeds(from: string, to: string): void {
  for (const name of readdirSync(from).filter((n) => /\.(txt|md)$/.test(n))) cpSync(join(from, name), join(to, name));
}

/** Every file of the built site, as paths relative to it with forward slashes, sorted. */
export function siteFiles(out: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(out, { recursive: true, encoding: "utf8" })) {
    if (statSync(join(out, entry)).isFile()) files.push(relative(out, join(out, entry)).split(sep).join("/"));
  }
  return files.sort();
}

/** "2024/03/14/index.html" is the page at "/2024/03/14/"; "404.html" at "/404.html". */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
