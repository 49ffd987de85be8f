// A listing made from what made its pages before is not fingerprinted or made again:
// a new article costs the listings it joins, not every listing of the archive.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { cachedManifest, rewriteManifest, tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("an unchanged listing", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  const cache = join(tmp.path, "cache");
  const config = { ...defaultConfig, seeds, out };
  const pages = () => cachedManifest(cache).pages;
  const setPage = (url: string, fingerprint: string) => rewriteManifest(cache, (manifest) => manifest.pages.set(url, fingerprint));
  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "a.txt"), ' date 2024-03-01 Bridge to open\n"We will open the bridge in spring," Mayor Anna Petrova said.\n');
    writeFileSync(join(seeds, "b.txt"), ' date 2024-03-02 Traffic grows\n"We count the cars every day," said Ivan Georgiev, a traffic analyst.\n');
    await build(config, { cache });
  });
  afterAll(() => tmp.remove());

  it("keeps its pages' fingerprints, unmade, when a new article joins other listings", async () => {
    // a fingerprint no page has: only a page fingerprinted again would lose it
    setPage("/people/ivan-georgiev/", "not-fingerprinted-again");
    writeFileSync(join(seeds, "c.txt"), ' date 2024-03-03 Bridge works begin\n"The works begin on Monday," Mayor Anna Petrova said.\n');
    await build(config, { cache });
    expect(pages().get("/people/ivan-georgiev/")).toBe("not-fingerprinted-again");
    expect(readFileSync(join(out, "people/anna-petrova/index.html"), "utf8")).toContain("The works begin on Monday");
  });

  it("is fingerprinted and made again once an article in it changes", async () => {
    writeFileSync(join(seeds, "b.txt"), ' date 2024-03-02 Traffic grows\n"We count the lorries every day," said Ivan Georgiev, a traffic analyst.\n');
    await build(config, { cache });
    expect(pages().get("/people/ivan-georgiev/")).not.toBe("not-fingerprinted-again");
    expect(readFileSync(join(out, "people/ivan-georgiev/index.html"), "utf8")).toContain("We count the lorries every day");
  });
});
