// One build at a time on a cache and on an output folder: a second build waits for
// the first, or stops with a message naming the holder; a lock a killed build left is
// taken over; two builds started together both end with the site a clean build makes.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { acquireLock } from "../../src/site/lock.js";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { root, runCli, tempDir } from "../helpers.js";
import { seedText, snapshot } from "./sites.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("builds at once", () => {
  const tmp = tempDir("broadsheet-locks-");
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(seeds);
  for (let i = 0; i < 8; i++) writeFileSync(join(seeds, `s${i}.txt`), seedText(i));
  const config: SiteConfig = { ...defaultConfig, seeds, out: join(tmp.path, "out"), search: false };

  it("a lock held by a running build makes the next one wait, then stop naming the holder", async () => {
    const cache = join(tmp.path, "held-cache");
    mkdirSync(cache);
    const release = await acquireLock(join(cache, "lock"), "the cache", { wait: 0 });
    const told: string[] = [];
    try {
      await expect(build(config, { cache, lockWait: 300, waiting: (message) => told.push(message) })).rejects.toThrow(`the cache ${cache} is in use by another build (process ${process.pid}`);
      expect(told).toEqual([`waiting for the build in process ${process.pid} to end`]);
    } finally {
      release();
    }
    await expect(build(config, { cache, lockWait: 300 })).resolves.toMatchObject({ seeds: 8 });
  });

  it("the output folder is held too, whatever cache the other build uses", async () => {
    const out = join(tmp.path, "held-out");
    mkdirSync(out);
    const release = await acquireLock(join(out, ".broadsheet-lock"), "the output folder", { wait: 0 });
    try {
      await expect(build({ ...config, out }, { cache: null, lockWait: 200 })).rejects.toThrow(/the output folder .* is in use by another build/);
    } finally {
      release();
    }
  });

  it("a lock held by another running process is waited for, and named", async () => {
    const cache = join(tmp.path, "other-process-cache");
    mkdirSync(cache);
    const other = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      writeFileSync(join(cache, "lock"), String(other.pid));
      await expect(build(config, { cache, lockWait: 300 })).rejects.toThrow(`is in use by another build (process ${other.pid}`);
      expect(readFileSync(join(cache, "lock"), "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
    await new Promise((done) => other.on("exit", done));
    await expect(build(config, { cache, lockWait: 300 })).resolves.toMatchObject({ seeds: 8 });
  });

  it("a lock whose process is gone, or that holds no pid, is taken over", async () => {
    const cache = join(tmp.path, "stale-cache");
    mkdirSync(cache);
    writeFileSync(join(cache, "lock"), "999999999");
    await expect(build(config, { cache, lockWait: 0 })).resolves.toMatchObject({ seeds: 8 });
    writeFileSync(join(cache, "lock"), "");
    await expect(build(config, { cache, lockWait: 0 })).resolves.toMatchObject({ seeds: 8 });
    expect(readdirSync(cache).filter((name) => name.startsWith("lock"))).toEqual([]);
  });

  it("a waiting build goes on as soon as the holder lets go", async () => {
    const cache = join(tmp.path, "handed-cache");
    mkdirSync(cache);
    const release = await acquireLock(join(cache, "lock"), "the cache", { wait: 0 });
    setTimeout(release, 300);
    await expect(build(config, { cache, lockWait: 10_000 })).resolves.toMatchObject({ seeds: 8 });
    expect(() => readFileSync(join(cache, "lock"))).toThrow();
  });

  it("a new output folder that holds only the lock another build is making is Broadsheet's, not the user's", async () => {
    const out = join(tmp.path, "lock-in-the-making");
    mkdirSync(out);
    // what a build that has just begun to take the lock leaves, before it links the lock in place
    writeFileSync(join(out, ".broadsheet-lock.999999999"), "999999999");
    await expect(build({ ...config, out }, { cache: null, lockWait: 0 })).resolves.toMatchObject({ seeds: 8 });
  });

  it("two builds of one site started together both succeed, and the site is what a clean build makes", async () => {
    const project = join(tmp.path, "together");
    mkdirSync(project);
    const run = () => new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [join(root, "bin/broadsheet.js"), "build", "--seeds", seeds, "--out", "out"], { cwd: project, env: { ...process.env, CI: "true" }, stdio: "ignore" });
      child.on("exit", done);
    });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const clean = join(tmp.path, "together-clean");
    mkdirSync(clean);
    expect(runCli(["build", "--seeds", seeds, "--out", "out", "--no-cache"], clean).status).toBe(0);
    expect(snapshot(join(project, "out"))).toEqual(snapshot(join(clean, "out")));
  });
});
