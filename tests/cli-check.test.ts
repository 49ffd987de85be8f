// `broadsheet check` over a folder with a draft, placeholder text and a placeholder
// date, as a user (and CI, with --format github) runs it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

describe("broadsheet check", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(seeds);
  writeFileSync(join(seeds, "quay.md"), '---\ntitle: "Quay works start"\ndate: 2024-03-05\ndraft: true\n---\n\nWrite the story here.\n');
  writeFileSync(join(seeds, "pier.txt"), ' date 1970-01-01 Pier reopens on Monday\n"We are ready," harbour master Lena Voss said.\n');
  writeFileSync(join(seeds, "ferry.md"), '---\ntitle: "Ferry timetable changes"\ndate: 2024-03-07\n---\n\nThe ferry leaves at nine from Monday.\n');

  it("lists drafts, placeholder text and placeholder dates as warnings with file and line", () => {
    const result = runCli(["check", "--seeds", seeds], tmp.path);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^seeds\/quay\.md:4:1: warning: .*draft.* \[draft\]$/),
      expect.stringMatching(/^seeds\/quay\.md:7:1: warning: placeholder text "Write the story here\.".* \[placeholder\]$/),
      expect.stringMatching(/^seeds\/pier\.txt:1:7: warning: date 1970-01-01 looks like a placeholder.*undated \[date\]$/),
    ]));
    expect(lines.filter((line) => line.includes("ferry.md"))).toEqual([]);
    expect(result.stderr).toContain("3 seeds checked, 0 errors, 3 warnings");
  });

  it("fails on them under --strict, and gives them as GitHub annotations", () => {
    expect(runCli(["check", "--seeds", seeds, "--strict"], tmp.path).status).toBe(1);
    const github = runCli(["check", "--seeds", seeds, "--format", "github"], tmp.path);
    expect(github.stdout).toMatch(/^::warning file=seeds\/quay\.md,line=4,col=1,title=draft::/m);
  });
});
