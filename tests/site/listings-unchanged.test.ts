// A listing page made from what made it before is not made or written again: a new
// article costs the listings it joins, not every listing of the archive.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("an unchanged listing", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  const cache = join(tmp.path, "cache");
  const config = { ...defaultConfig, seeds, out };
  // a file written again is a new file moved into place
  const fileId = (path: string) => statSync(join(out, path)).ino;
  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "a.txt"), ' date 2024-03-01 Bridge to open\n"We will open the bridge in spring," Mayor Anna Petrova said.\n');
    writeFileSync(join(seeds, "b.txt"), ' date 2024-03-02 Traffic grows\n"We count the cars every day," said Ivan Georgiev, a traffic analyst.\n');
    await build(config, { cache });
  });
  afterAll(() => tmp.remove());

  it("leaves its pages as they were when a new article joins other listings", async () => {
    const before = fileId("people/ivan-georgiev/index.html");
    const joined = fileId("people/anna-petrova/index.html");
    writeFileSync(join(seeds, "c.txt"), ' date 2024-03-03 Bridge works begin\n"The works begin on Monday," Mayor Anna Petrova said.\n');
    await build(config, { cache });
    expect(fileId("people/ivan-georgiev/index.html")).toBe(before);
    expect(fileId("people/anna-petrova/index.html")).not.toBe(joined);
    expect(readFileSync(join(out, "people/anna-petrova/index.html"), "utf8")).toContain("The works begin on Monday");
  });

  it("is made again once an article in it changes", async () => {
    writeFileSync(join(seeds, "b.txt"), ' date 2024-03-02 Traffic grows\n"We count the lorries every day," said Ivan Georgiev, a traffic analyst.\n');
    await build(config, { cache });
    expect(readFileSync(join(out, "people/ivan-georgiev/index.html"), "utf8")).toContain("We count the lorries every day");
  });
});
