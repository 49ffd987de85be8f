import { afterEach, describe, expect, it, vi } from "vitest";
import { createProgress } from "../../src/site/progress.js";

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
});
