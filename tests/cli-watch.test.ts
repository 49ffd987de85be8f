// build --watch: one build, then one more on each change to the seeds, the templates or
// the config file, each told in one summary line, without a server; SIGINT and SIGTERM
// stop it cleanly, exit code 0.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cliEnv, root, tempDir } from "./helpers.js";

const tmp = tempDir("broadsheet-watch-");
afterAll(() => tmp.remove());

interface Watching {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once `stream` holds `count` lines matching `pattern`. */
  lines: (stream: "stdout" | "stderr", pattern: RegExp, count?: number) => Promise<string[]>;
  exited: Promise<number | null>;
}

const summary = /^broadsheet: \d+ seeds? read .* in \d+\.\d+ s$/gm;

function startWatch(dir: string): Watching {
  const child = spawn(process.execPath, [join(root, "bin/broadsheet.js"), "build", "--watch"], { cwd: dir, env: cliEnv() });
  const text = { stdout: "", stderr: "" };
  const waiters: Array<() => void> = [];
  for (const stream of ["stdout", "stderr"] as const) {
    child[stream]!.setEncoding("utf8");
    child[stream]!.on("data", (chunk: string) => {
      text[stream] += chunk;
      for (const waiter of [...waiters]) waiter();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const lines = (stream: "stdout" | "stderr", pattern: RegExp, count = 1) => new Promise<string[]>((resolve, reject) => {
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${count} × ${pattern} on ${stream}:\n${text.stdout}\n${text.stderr}`)), 30_000);
    const check = () => {
      const found = [...text[stream].matchAll(new RegExp(pattern.source, flags))].map((m) => m[0]);
      if (found.length < count) return;
      clearTimeout(timer);
      waiters.splice(waiters.indexOf(check), 1);
      resolve(found);
    };
    waiters.push(check);
    check();
  });
  return { child, stdout: () => text.stdout, stderr: () => text.stderr, lines, exited };
}

let projects = 0;
function project(): string {
  const dir = join(tmp.path, `p${projects++}`);
  mkdirSync(join(dir, "seeds"), { recursive: true });
  mkdirSync(join(dir, "theme"));
  writeFileSync(join(dir, "seeds/a.txt"), " date 2024-01-02 A first story\nText of the story.\n");
  writeFileSync(join(dir, "broadsheet.config.json"), JSON.stringify({ search: false, baseUrl: "https://example.org/", templates: "theme" }));
  return dir;
}

describe("broadsheet build --watch", () => {
  let running: Watching | null = null;
  afterEach(() => {
    if (running && running.child.exitCode === null) running.child.kill("SIGKILL");
    running = null;
  });

  it("builds, then rebuilds on a new seed, a theme file and a settings change, one summary line each, and serves nothing", async () => {
    const dir = project();
    const watch = (running = startWatch(dir));
    await watch.lines("stdout", summary, 1);
    await watch.lines("stderr", /^broadsheet: watching seeds, theme, broadsheet\.config\.json \(Ctrl-C stops\)$/m);
    expect(existsSync(join(dir, "dist/2024/01/02/a-first-story/index.html"))).toBe(true);

    writeFileSync(join(dir, "seeds/b.txt"), " date 2024-01-03 A second story\nMore text.\n");
    expect((await watch.lines("stdout", summary, 2))[1]).toMatch(/^broadsheet: 2 seeds read \(1 parsed\)/);
    expect(existsSync(join(dir, "dist/2024/01/03/a-second-story/index.html"))).toBe(true);

    mkdirSync(join(dir, "theme/assets"));
    writeFileSync(join(dir, "theme/assets/extra.css"), "body { color: navy; }\n");
    const afterTheme = (await watch.lines("stdout", summary, 3)).length;
    await expect.poll(() => existsSync(join(dir, "dist/assets/extra.css"))).toBe(true);

    writeFileSync(join(dir, "broadsheet.config.json"), JSON.stringify({ search: false, baseUrl: "https://example.org/", templates: "theme", title: "The Watched Archive" }));
    await watch.lines("stdout", summary, afterTheme + 1);
    await expect.poll(() => readFileSync(join(dir, "dist/index.html"), "utf8")).toContain("The Watched Archive");

    // each rebuild is its summary line, and nothing else on stdout
    expect(watch.stdout().trim().split("\n").every((line) => /^broadsheet: \d+ seeds? read /.test(line))).toBe(true);
    expect(watch.stdout() + watch.stderr()).not.toMatch(/serving|http:\/\/127/);

    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
  });

  it("tells a failed rebuild in one line and goes on watching", async () => {
    const dir = project();
    const watch = (running = startWatch(dir));
    await watch.lines("stderr", /^broadsheet: watching /m);
    writeFileSync(join(dir, "broadsheet.config.json"), '{ "search": false, "pageSize": 0 }');
    await watch.lines("stderr", /^broadsheet: build failed: .*"pageSize" must be a whole number from 1 to 1000$/m);
    writeFileSync(join(dir, "broadsheet.config.json"), JSON.stringify({ search: false, baseUrl: "https://example.org/", title: "Mended" }));
    await expect.poll(() => readFileSync(join(dir, "dist/index.html"), "utf8"), { timeout: 30_000 }).toContain("Mended");
    watch.child.kill("SIGTERM");
    expect(await watch.exited).toBe(0);
    expect(watch.stderr()).not.toMatch(/^\s+at /m);
  });

  it("stops cleanly on SIGTERM, its output folder whole and unlocked", async () => {
    const dir = project();
    const watch = (running = startWatch(dir));
    await watch.lines("stderr", /^broadsheet: watching /m);
    watch.child.kill("SIGTERM");
    expect(await watch.exited).toBe(0);
    expect(existsSync(join(dir, "dist/.broadsheet-lock"))).toBe(false);
    expect(existsSync(join(dir, "dist/index.html"))).toBe(true);
  });

  it("takes no --changed", () => {
    const dir = project();
    const child = spawn(process.execPath, [join(root, "bin/broadsheet.js"), "build", "--watch", "--changed", "seeds/a.txt"], { cwd: dir, env: cliEnv() });
    return new Promise<void>((done) => child.on("exit", (code) => {
      expect(code).toBe(2);
      done();
    }));
  });
});
