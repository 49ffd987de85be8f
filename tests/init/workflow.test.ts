// The GitHub Actions workflow `broadsheet init` writes, run as CI runs it: its `run:`
// steps as a bash script in a project of invented seeds, with what actions/cache keeps
// carried from one run to the next, and a fresh checkout between them. `npm ci` is
// left out (no network): the project's node_modules has Broadsheet already.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { root, runCli, tempDir } from "../helpers.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

/** What actions/configure-pages gives as the site's URL: no slash at the end. */
const pagesUrl = "https://example.org/harbour-archive";

function seed(headline: string, date: string, extra = ""): string {
  return `---\ntitle: "${headline}"\ndate: ${date}\nsource: The Harbour Gazette\n${extra}---\n\n"The pier will reopen in May," harbour master Lena Voss said.\n`;
}

/** The build job's run steps but the install, as one script, with the Pages URL in place of its expression. */
function buildScript(workflow: Workflow): string {
  const runs = workflow.jobs.build.steps.filter((step) => step.run !== undefined && step.run.trim() !== "npm ci").map((step) => step.run!);
  const script = runs.join("\n").replaceAll("${{ steps.pages.outputs.base_url }}", pagesUrl);
  expect(script, "an expression the test does not stand in for").not.toContain("${{");
  return script;
}

/** Seeds read and parsed, pages and pages rendered, from a build's summary line. */
function summaryOf(stdout: string): number[] {
  const found = /(\d+) seeds read \((\d+) parsed\).*?(\d+) pages \((\d+) rendered\)/.exec(stdout);
  expect(found, stdout).not.toBeNull();
  return found!.slice(1).map(Number);
}

describe("the workflow broadsheet init writes", () => {
  const tmp = tempDir("broadsheet-ci-");
  afterAll(() => tmp.remove());
  const project = join(tmp.path, "project");
  const kept = join(tmp.path, "actions-cache");
  mkdirSync(join(project, "seeds"), { recursive: true });
  mkdirSync(join(project, "node_modules/.bin"), { recursive: true });
  symlinkSync(join(root, "bin/broadsheet.js"), join(project, "node_modules/.bin/broadsheet"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "harbour-archive", private: true }));
  writeFileSync(join(project, "seeds/pier.md"), seed("Harbour pier to reopen in May", "2024-03-05"));
  writeFileSync(join(project, "seeds/ferry.md"), seed("Ferry timetable changes for summer", "2024-03-12"));
  writeFileSync(join(project, "seeds/lighthouse.md"), seed("Lighthouse repairs begin", "2024-03-20", "draft: true\n"));

  const made = runCli(["init"], project);
  const file = join(project, ".github/workflows/broadsheet.yml");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const workflow = parse(text) as Workflow;
  const steps = workflow.jobs.build.steps;
  const cacheStep = steps.find((step) => step.uses?.startsWith("actions/cache@"));
  const cachedPaths = (cacheStep?.with?.path ?? "").split("\n").map((line) => line.trim()).filter(Boolean);

  /** A run on a fresh checkout: what actions/cache restored first, what it saves after. */
  function ciRun(): { status: number | null; stdout: string; stderr: string } {
    for (const path of cachedPaths) rmSync(join(project, path), { recursive: true, force: true });
    for (const path of cachedPaths) if (existsSync(join(kept, path))) cpSync(join(kept, path), join(project, path), { recursive: true });
    const result = spawnSync("bash", ["-e", "-c", buildScript(workflow)], { cwd: project, encoding: "utf8", env: { ...process.env, CI: "true", npm_config_offline: "true", npm_config_update_notifier: "false" } });
    rmSync(kept, { recursive: true, force: true });
    for (const path of cachedPaths) if (existsSync(join(project, path))) cpSync(join(project, path), join(kept, path), { recursive: true });
    return result;
  }

  it("is written once, and replaced only with --force", () => {
    expect(made.status).toBe(0);
    expect(made.stdout.trim()).toBe(".github/workflows/broadsheet.yml");
    writeFileSync(file, "# the newsroom's own\n");
    const again = runCli(["init"], project);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("# the newsroom's own\n");
    expect(runCli(["init", "--force"], project).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("checks out, installs, restores the cache by a prefix of a new key, builds strictly, checks and deploys to Pages", () => {
    const uses = steps.map((step) => step.uses?.replace(/@.*/, "")).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact"]));
    expect(steps.some((step) => step.run?.trim() === "npm ci")).toBe(true);
    const key = cacheStep!.with!.key;
    const prefixes = cacheStep!.with!["restore-keys"].split("\n").map((line) => line.trim()).filter(Boolean);
    expect(key).toContain("${{ github.run_id }}");
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(key.startsWith(prefix)).toBe(true);
    expect(cachedPaths).toEqual(expect.arrayContaining([".broadsheet-cache", "dist"]));
    const script = buildScript(workflow);
    expect(script).toMatch(/broadsheet build\b.*--strict/);
    expect(script).toMatch(/broadsheet check\b.*--format github/);
    const upload = steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(script).toContain(`--out ${upload!.with!.path}`);
    const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@")));
    expect(deploy?.needs).toBe("build");
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("builds the site for the Pages URL, then rebuilds from the kept cache parsing only the new seed", () => {
    const first = ciRun();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^::warning file=seeds\/lighthouse\.md,line=5,.*draft/m);
    expect(first.stdout).toMatch(/3 seeds read \(3 parsed\), 1 draft left out/);
    const page = readFileSync(join(project, "dist/2024/03/05/harbour-pier-to-reopen-in-may/index.html"), "utf8");
    expect(page).toContain(`<link rel="canonical" href="${pagesUrl}/2024/03/05/harbour-pier-to-reopen-in-may/">`);
    expect(existsSync(join(project, "dist/2024/03/20"))).toBe(false);

    writeFileSync(join(project, "seeds/tide.md"), seed("Tide gauge installed at the quay", "2024-03-25"));
    const second = ciRun();
    expect(second.status, second.stderr).toBe(0);
    const [seeds, parsed, pages, rendered] = summaryOf(second.stdout);
    expect([seeds, parsed]).toEqual([4, 1]);
    // the article before it, its listings, feeds and indexes; not the other articles
    expect(rendered).toBeLessThan(pages);
    expect(existsSync(join(project, "dist/2024/03/25/tide-gauge-installed-at-the-quay/index.html"))).toBe(true);

    const third = ciRun();
    expect(third.status, third.stderr).toBe(0);
    const [seedsAgain, parsedAgain, , renderedAgain] = summaryOf(third.stdout);
    expect([seedsAgain, parsedAgain, renderedAgain]).toEqual([4, 0, 0]);
    expect(third.stdout).toContain("(0 written, 0 removed)");
  });
});
