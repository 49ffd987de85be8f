import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { createProgress } from "../../src/site/progress.js";
import { tempDir } from "../helpers.js";
import { seedText } from "./sites.js";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("build progress", () => {
  afterEach(() => vi.useRealTimers());

  it("shows stage, count and rate on a terminal once a build passes a second, and clears its line", () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, {});
    progress.stage("parse", 100);
    progress.advance(10);
    expect(written).toEqual([]);
    vi.setSystemTime(1500);
    progress.advance(20);
    expect(written.at(-1)).toBe("\r\x1b[Kparse 30/100 (20/s)");
    progress.done();
    expect(written.at(-1)).toBe("\r\x1b[K");
  });

  it("says nothing when output is not a terminal, or CI is set", () => {
    vi.useFakeTimers({ now: 0 });
    for (const [tty, env] of [[false, {}], [true, { CI: "true" }]] as const) {
      const { stream, written } = fakeStream(tty);
      const progress = createProgress(stream, env);
      progress.stage("render", 10);
      vi.setSystemTime(5000);
      progress.advance(10);
      progress.done();
      expect(written).toEqual([]);
    }
  });

  it("shows the work alongside the stage after it, and a stage of its name takes over its count", () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, written } = fakeStream(true);
    const progress = createProgress(stream, {}, { delay: 0, interval: 0 });
    progress.stage("render");
    const indexed = progress.alongside!("search", 40);
    vi.setSystemTime(1000);
    progress.advance(30);
    expect(written.at(-1)).toBe("\r\x1b[Krender 30 (30/s), search 0/40");
    indexed(25);
    expect(written.at(-1)).toBe("\r\x1b[Krender 30 (30/s), search 25/40");
    vi.setSystemTime(2000);
    progress.stage("search");
    expect(written.at(-1)).toBe("\r\x1b[Ksearch 25/40 (13/s)");
    indexed(15);
    expect(written.at(-1)).toBe("\r\x1b[Ksearch 40/40 (20/s)");
  });

  it("in a build, counts the articles the search indexes, while the pages render and after", async () => {
    const tmp = tempDir("broadsheet-progress-");
    try {
      const seeds = join(tmp.path, "seeds");
      mkdirSync(seeds);
      for (let i = 0; i < 12; i++) writeFileSync(join(seeds, `s${i}.txt`), seedText(i));
      const { stream, written } = fakeStream(true);
      const result = await build({ ...defaultConfig, seeds, out: join(tmp.path, "out") }, { cache: null, workers: 0, progress: createProgress(stream, {}, { delay: 0, interval: 0 }) });
      expect(result.search?.pages).toBe(12);
      const lines = written.map((line) => line.replace("\r\x1b[K", ""));
      expect(lines).toContainEqual(expect.stringMatching(/^parse 12\/12 /));
      expect(lines).toContainEqual(expect.stringMatching(/^render \d+ \(\d+\/s\), search \d+\/12$/));
      expect(lines).toContainEqual(expect.stringMatching(/^search 12\/12 \(\d+\/s\)$/));
      expect(written.at(-1)).toBe("\r\x1b[K");
    } finally {
      tmp.remove();
    }
  });
});
