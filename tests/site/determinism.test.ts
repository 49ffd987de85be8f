// Two clean builds are byte-identical whatever order the file system lists the seeds in.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";
import { seedText, snapshot } from "./sites.js";

const listing = vi.hoisted(() => ({ reversed: false }));

vi.mock("node:fs/promises", async (real) => {
  const actual = await real<typeof import("node:fs/promises")>();
  const readdir = async (...args: Parameters<typeof actual.readdir>) => {
    const entries = (await actual.readdir(...args)) as unknown[];
    return listing.reversed ? [...entries].reverse() : entries;
  };
  return { ...actual, default: { ...actual, readdir }, readdir };
});
vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));


describe("clean builds", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("are byte-identical whatever order the file system lists the seeds in", async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(join(seeds, "more"), { recursive: true });
    for (let i = 0; i < 12; i++) writeFileSync(join(seeds, i % 3 ? `n${i}.txt` : `more/n${i}.txt`), seedText(i));
    // two seeds with one headline and date: which gets "-2" must not depend on the listing
    writeFileSync(join(seeds, "twin-a.txt"), seedText(1));
    writeFileSync(join(seeds, "twin-b.txt"), seedText(1));
    await build({ ...defaultConfig, seeds, out: join(tmp.path, "a") }, { cache: null });
    listing.reversed = true;
    await build({ ...defaultConfig, seeds, out: join(tmp.path, "b") }, { cache: null });
    listing.reversed = false;
    expect(snapshot(join(tmp.path, "b"))).toEqual(snapshot(join(tmp.path, "a")));
  });
});
