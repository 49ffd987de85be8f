// A build killed at any moment (kill -9: parsing, rendering, indexing for search,
// swapping pages in, removing old ones, writing the manifest or the marker) leaves every
// live file either as the last build left it or as this one made it, and the next build
// repairs the site exactly: it equals a clean build, search indexes included.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, tempDir } from "../helpers.js";
import { seedText, snapshot } from "./sites.js";

/** The build's own files in the site, which are neither the old site's nor the new one's pages. */
const own = new Set([".broadsheet-site", ".broadsheet-site.tmp", ".broadsheet-lock"]);

const cli = join(root, "bin/broadsheet.js");
const args = (seeds: string, out: string) => ["build", "--seeds", seeds, "--out", out, "--base-url", "https://news.example.org/"];

function writeSeeds(folder: string, version: "old" | "new"): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < 14; i++) {
    // two years, so that the site has two search indexes
    let text = i % 2 ? seedText(i) : seedText(i).replace(" date 2024-", " date 2023-");
    if (version === "new" && i === 3) text = text.replace("Mayor Anna Petrova", "Deputy Mayor Boris Ivanov");
    if (version === "new" && i === 4) continue;
    writeFileSync(join(folder, `s${String(i).padStart(2, "0")}.txt`), text);
  }
  if (version === "new") writeFileSync(join(folder, "s50.txt"), seedText(50).replace("Story 50", "Story 50, the newest"));
}

function runBuild(cwd: string, seeds: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args(seeds, out)], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", ...env } });
}

describe("a build killed at any moment", () => {
  const tmp = tempDir("broadsheet-crash-");
  const work = join(tmp.path, "work");
  const seeds = join(work, "seeds");
  const out = join(work, "out");
  const saved = join(tmp.path, "saved");
  let oldSite: Map<string, string>;
  let newSite: Map<string, string>;

  beforeAll(() => {
    const clean = join(tmp.path, "clean");
    writeSeeds(join(clean, "seeds"), "new");
    expect(runBuild(clean, join(clean, "seeds"), join(clean, "out")).status).toBe(0);
    newSite = snapshot(join(clean, "out"));
    writeSeeds(seeds, "old");
    expect(runBuild(work, seeds, out).status).toBe(0);
    oldSite = snapshot(out);
    for (const folder of ["out", ".broadsheet-cache"]) cpSync(join(work, folder), join(saved, folder), { recursive: true, preserveTimestamps: true });
  }, 120_000);
  afterAll(() => tmp.remove());

  /** The old site and its cache back in place, and the new seeds in the folder. */
  function resetToOldSite(): void {
    for (const folder of ["out", ".broadsheet-cache"]) {
      rmSync(join(work, folder), { recursive: true, force: true });
      cpSync(join(saved, folder), join(work, folder), { recursive: true, preserveTimestamps: true });
    }
    writeSeeds(seeds, "new");
  }

  function expectEachFileOldOrNew(): void {
    for (const [path, bytes] of snapshot(out)) {
      if (own.has(path)) continue;
      expect(bytes === oldSite.get(path) || bytes === newSite.get(path), `${path} is neither the old nor the new version`).toBe(true);
    }
  }

  function expectRepairedByNextBuild(): void {
    const next = runBuild(work, seeds, out);
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    expect(snapshot(out)).toEqual(newSite);
  }

  it.each(["parse:1", "render:5", "search:1", "move:1", "move:6", "remove:1", "marker:1", "manifest:1", "marker:2"])("at %s", (point) => {
    resetToOldSite();
    const killed = runBuild(work, seeds, out, { BROADSHEET_KILL_AT: point });
    expect(killed.signal, `the build did not reach ${point}`).toBe("SIGKILL");
    expectEachFileOldOrNew();
    expectRepairedByNextBuild();
  });

  // moments of chance, wherever in the build (or after it) they land
  it.each([150, 450, 750, 1050, 1350])("after %i ms", async (delay) => {
    resetToOldSite();
    const child = spawn(process.execPath, [cli, ...args(seeds, out)], { cwd: work, env: { ...process.env, CI: "true" }, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), delay);
    await new Promise((done) => child.on("exit", done));
    clearTimeout(timer);
    expectEachFileOldOrNew();
    expectRepairedByNextBuild();
  });

  it("and again before the repair is done: the build after that still repairs it", () => {
    resetToOldSite();
    expect(runBuild(work, seeds, out, { BROADSHEET_KILL_AT: "move:3" }).signal).toBe("SIGKILL");
    expect(runBuild(work, seeds, out, { BROADSHEET_KILL_AT: "remove:1" }).signal).toBe("SIGKILL");
    expectEachFileOldOrNew();
    expectRepairedByNextBuild();
  });
});
