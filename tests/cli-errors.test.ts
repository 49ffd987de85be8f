// Every edge a user can reach ends in one line naming what to mend, the documented
// exit code, and no stack trace: a file given as the seeds folder, a port in use, a
// template that does not compile, a read-only or full disk.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers.js";

const tmp = tempDir("broadsheet-cli-errors-");
afterAll(() => tmp.remove());

function project(name: string): string {
  const dir = join(tmp.path, name);
  mkdirSync(join(dir, "seeds"), { recursive: true });
  writeFileSync(join(dir, "seeds/a.txt"), " date 2024-01-02 A story\nText of the story.\n");
  writeFileSync(join(dir, "broadsheet.config.json"), '{ "search": false }');
  return dir;
}

function expectOneLine(result: { status: number | null; stderr: string }, status: number, pattern: RegExp): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(pattern);
  expect(result.status).toBe(status);
}

/** A tmpfs of `size` mounted on a new folder, or null where this user may not mount one. */
function mountTmpfs(dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    return null;
  }
}
const canMount = (() => {
  const dir = mountTmpfs(join(tmp.path, "probe"), "64k");
  if (dir) execFileSync("umount", [dir]);
  return dir !== null;
})();
if (!canMount) console.warn("skipping the read-only and full disk cases: this user cannot mount a tmpfs (root in CI can)");

describe("errors at the edges", () => {
  it("a file given as --seeds", () => {
    const dir = project("seeds-file");
    expectOneLine(runCli(["build", "--seeds", "seeds/a.txt"], dir), 2, /^broadsheet: seeds folder .*a\.txt is a file, not a folder$/);
  });

  it("a port in use", async () => {
    const dir = project("port");
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = spawnSync(process.execPath, [join(root, "bin/broadsheet.js"), "serve", "--port", String(port)], { cwd: dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, CI: "true" } });
      expectOneLine(result, 2, new RegExp(`^broadsheet: port ${port} on 127\\.0\\.0\\.1 is in use; choose another with --port$`));
    } finally {
      blocker.close();
    }
  });

  it("a template that does not compile, by file, line and column", () => {
    const dir = project("template");
    mkdirSync(join(dir, "theme"));
    writeFileSync(join(dir, "theme/article.njk"), '{% extends "layout.njk" %}\n{% block main %}\n<h1>{{ article.headline }</h1>\n{% endblock %}\n');
    writeFileSync(join(dir, "broadsheet.config.json"), '{ "search": false, "templates": "theme" }');
    expectOneLine(runCli(["build"], dir), 2, /^broadsheet: .*theme\/article\.njk:3:\d+: template error: expected variable end \(rendering \/2024\/01\/02\/a-story\/\)$/);
  });

  it("a stack trace only with --debug", () => {
    const dir = project("debug");
    const result = runCli(["build", "--seeds", "seeds/a.txt", "--debug"], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^\s+at /m);
  });

  it.skipIf(!canMount)("a read-only disk", () => {
    const dir = project("read-only");
    const disk = mountTmpfs(join(dir, "disk"), "4m")!;
    try {
      expect(runCli(["build", "--out", "disk/site"], dir).status).toBe(0);
      execFileSync("mount", ["-o", "remount,ro", disk]);
      writeFileSync(join(dir, "seeds/b.txt"), " date 2024-01-03 Another story\nText.\n");
      expectOneLine(runCli(["build", "--out", "disk/site"], dir), 2, /^broadsheet: cannot write .*disk\/site.*: the file system is read-only \(EROFS\)$/);
    } finally {
      execFileSync("umount", [disk]);
    }
  });

  it.skipIf(!canMount)("a full disk", () => {
    const dir = project("full");
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `seeds/s${i}.txt`), ` date 2024-01-${String(1 + (i % 28)).padStart(2, "0")} Story number ${i}\n${"A paragraph of the story. ".repeat(200)}\n`);
    const disk = mountTmpfs(join(dir, "disk"), "256k")!;
    try {
      expectOneLine(runCli(["build", "--out", "disk/site"], dir), 2, /^broadsheet: cannot write .*: no space left on the device \(ENOSPC\)$/);
    } finally {
      execFileSync("umount", [disk]);
    }
  });
});
