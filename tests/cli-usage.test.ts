// A command line people can guess: --version, each command's --help, "did you mean" for
// a command or an option just missed, and the exit codes the usage text and the README
// give, each run through the real CLI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../src/suggest.js";
import { root, runCli } from "./helpers.js";

const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const commands = ["build", "parse", "check", "serve", "new"];

/** One line on stderr, nothing on stdout, exit code 2: how every usage error ends. */
function expectUsageError(args: string[], line: RegExp): void {
  const result = runCli(args);
  expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(line);
  expect(result.stdout).toBe("");
  expect(result.status).toBe(2);
}

describe("broadsheet --version", () => {
  it("prints the package's version and exits 0, as -v does", () => {
    for (const flag of ["--version", "-v"]) expect(runCli([flag])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("help", () => {
  it("broadsheet --help lists every command and the exit codes, and exits 0", () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      for (const command of commands) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
      expect(result.stdout).toContain("Exit codes: 0 done; 1 ");
    }
  });

  it("broadsheet with no command prints the usage and exits 2", () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("Usage: broadsheet <command> [options]");
  });

  it.each(commands)("broadsheet %s --help shows that command's usage and options, and exits 0", (command) => {
    const result = runCli([command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(new RegExp(`^Usage: broadsheet ${command} `));
    expect(result.stdout).toMatch(/^  -h, --help +show this help$/m);
    expect(result.stdout).toContain("Exit codes:");
    expect(runCli(["help", command]).stdout).toBe(result.stdout);
    expect(runCli([command, "-h"]).stdout).toBe(result.stdout);
  });

  it("lists each command's own options, and only those", () => {
    const build = runCli(["build", "--help"]).stdout;
    for (const flag of ["--seeds FOLDER", "--out FOLDER", "--base-url URL", "--strict", "--no-cache", "--force", "--changed", "--watch", "--timings"]) expect(build).toContain(`  ${flag}`);
    expect(build).not.toMatch(/^  --port/m);
    const serve = runCli(["serve", "--help"]).stdout;
    expect(serve).toContain("  --port PORT");
    expect(serve).not.toMatch(/^  --strict/m);
    expect(runCli(["check", "--help"]).stdout).toContain("  --format text|json|github");
    expect(runCli(["new", "--help"]).stdout).toContain("  --date YYYY-MM-DD");
  });

  it("--help wins over the rest of the command line, even a mistake in it", () => {
    expect(runCli(["build", "--outt", "x", "--help"])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: broadsheet build /) });
  });
});

describe("did you mean", () => {
  it("names the command just missed", () => {
    expectUsageError(["biuld"], /^broadsheet: unknown command "biuld"; did you mean "build"\?$/);
    expectUsageError(["serv"], /^broadsheet: unknown command "serv"; did you mean "serve"\?$/);
    expectUsageError(["chekc"], /^broadsheet: unknown command "chekc"; did you mean "check"\?$/);
    expectUsageError(["version"], /^broadsheet: unknown command "version"; did you mean "--version"\?$/);
    expectUsageError(["help", "biuld"], /did you mean "build"\?$/);
  });

  it("lists the commands when none is near", () => {
    expectUsageError(["frobnicate"], /^broadsheet: unknown command "frobnicate" \(commands: build, parse, check, serve, new, init\); broadsheet --help shows the usage$/);
  });

  it("names the option just missed, among that command's", () => {
    expectUsageError(["build", "--outt", "x"], /^broadsheet: unknown option --outt for build; did you mean --out\?$/);
    expectUsageError(["build", "--base-uri=https://example.org/"], /^broadsheet: unknown option --base-uri for build; did you mean --base-url\?$/);
    expectUsageError(["build", "--no-cahce"], /^broadsheet: unknown option --no-cahce for build; did you mean --no-cache\?$/);
    expectUsageError(["build", "--Strict"], /^broadsheet: unknown option --Strict for build; did you mean --strict\?$/);
    expectUsageError(["build", "--tim"], /^broadsheet: unknown option --tim for build; did you mean --timings\?$/);
    expectUsageError(["check", "--formt", "json"], /^broadsheet: unknown option --formt for check; did you mean --format\?$/);
    expectUsageError(["serve", "--prot", "8081"], /^broadsheet: unknown option --prot for serve; did you mean --port\?$/);
    // one dash for two: -seeds is not -s -e -e -d -s
    expectUsageError(["build", "-seeds", "x"], /^broadsheet: unknown option -seeds for build; did you mean --seeds\?$/);
  });

  it("says which command takes an option another was given", () => {
    expectUsageError(["build", "--port", "8081"], /^broadsheet: build takes no --port \(serve does\); broadsheet build --help shows the usage$/);
    expectUsageError(["serve", "--strict"], /^broadsheet: serve takes no --strict \(build and check do\); broadsheet serve --help shows the usage$/);
    expectUsageError(["parse", "--seeds", "x"], /^broadsheet: parse takes no --seeds \(build, check, serve and new do\); broadsheet parse --help shows the usage$/);
  });

  it("points to the command's help when no option is near", () => {
    expectUsageError(["build", "--frobnicate"], /^broadsheet: unknown option --frobnicate for build; broadsheet build --help shows the usage$/);
    expectUsageError(["build", "-x"], /^broadsheet: unknown option -x for build; broadsheet build --help shows the usage$/);
  });

  it("names the top-level option just missed", () => {
    expectUsageError(["--verison"], /^broadsheet: unknown option --verison; did you mean --version\?$/);
  });

  it("tells an option before the command to come after it", () => {
    expectUsageError(["--seeds", "x", "build"], /^broadsheet: the command comes first, its options after it: broadsheet <command> --seeds \.\.\.$/);
  });

  it("keeps other usage errors to one line, exit code 2", () => {
    expectUsageError(["build", "--seeds"], /^broadsheet: Option '--seeds <value>' argument missing; broadsheet build --help shows the usage$/);
    expectUsageError(["build", "--strict=yes"], /^broadsheet: Option '--strict' does not take an argument; broadsheet build --help/);
    expectUsageError(["build", "stray"], /^broadsheet: build takes no arguments \(got "stray"\); broadsheet build --help shows the usage$/);
    expectUsageError(["check", "--format", "xml"], /^broadsheet: --format must be text, json or github \(got "xml"\); broadsheet check --help shows the usage$/);
    expectUsageError(["parse"], /^broadsheet: parse needs at least one seed file; broadsheet parse --help shows the usage$/);
  });

  it("measures by edits, a swap of two letters being one, and suggests only what is near", () => {
    expect(editDistance("biuld", "build")).toBe(1);
    expect(editDistance("Build", "build")).toBe(0);
    expect(editDistance("srve", "serve")).toBe(1);
    expect(editDistance("", "new")).toBe(3);
    expect(closest("nwe", commands)).toBe("new");
    expect(closest("xyz", commands)).toBeNull();
    expect(closest("--b", ["--base-url", "--build"])).toBeNull();
    expect(closest("-", ["--seeds"])).toBeNull();
  });
});

describe("exit codes", () => {
  const documented = /Exit codes: 0 done; 1 the seeds had errors \(or warnings with `?--strict`?, or a build with `?--strict`? had no base URL\);\s+2 bad\s+usage or configuration, or a folder Broadsheet cannot use \(not its own, held by another build,\s+read-only, full\);\s+3 a bug in Broadsheet/;

  it("are the same in the usage text and the README", () => {
    expect(runCli(["--help"]).stdout).toMatch(documented);
    expect(readFileSync(join(root, "README.md"), "utf8")).toMatch(documented);
  });
});
