// A cache is files anyone can truncate, overwrite or edit (and CI restores it from an
// archive): a damaged index or record is found, said as one warning, and parsed again,
// so the site is what a clean build makes, and the build after that is quiet.
import { closeSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rewriteIndexHead, runCli, tempDir } from "../helpers.js";
import { seedText, snapshot } from "./sites.js";

describe("a damaged cache", () => {
  const tmp = tempDir("broadsheet-damaged-");
  const cache = join(tmp.path, ".broadsheet-cache");
  let clean: Map<string, string>;
  const build = () => runCli(["build", "--seeds", "seeds", "--out", "out"], tmp.path);
  const pack = () => join(cache, readdirSync(cache).find((name) => name.endsWith(".ndjson"))!);

  beforeAll(() => {
    writeFileSync(join(tmp.path, "broadsheet.config.json"), '{ "search": false, "baseUrl": "https://example.org/" }');
    runCli(["new", "Seed folder", "--seeds", "seeds", "--date", "2024-02-01"], tmp.path);
    for (let i = 0; i < 10; i++) writeFileSync(join(tmp.path, "seeds", `s${i}.txt`), seedText(i));
    expect(runCli(["build", "--seeds", "seeds", "--out", "clean", "--no-cache"], tmp.path).status).toBe(0);
    clean = snapshot(join(tmp.path, "clean"));
    expect(build().status).toBe(0);
  });
  afterAll(() => tmp.remove());

  const expectRebuilt = (damage: RegExp) => {
    const damaged = build();
    expect(damaged.status).toBe(0);
    expect(damaged.stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^broadsheet: warning: the cache .* was damaged: ${damage.source}`))]);
    expect(snapshot(join(tmp.path, "out"))).toEqual(clean);
    const after = build();
    expect(after.stderr).toBe("");
    expect(after.stdout).toMatch(/\(0 parsed\)/);
  };

  it("with its records cut short", () => {
    const file = pack();
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    expectRebuilt(/\d+ of its records .* do not match their checksums/);
  });

  it("with a record edited in place, its length kept", () => {
    const file = pack();
    const text = readFileSync(file, "utf8");
    const at = Buffer.byteLength(text.slice(0, text.indexOf("Story 3 on the bridge")));
    const fd = openSync(file, "r+");
    writeSync(fd, "Story 3 on the BRIDGE", at);
    closeSync(fd);
    expectRebuilt(/1 of its records .* do not match their checksums/);
  });

  it("with its index overwritten", () => {
    const index = join(cache, "index.v8");
    const bytes = readFileSync(index);
    bytes.fill(0x41, 40, 80);
    writeFileSync(index, bytes);
    expectRebuilt(/its index .* is damaged; every seed is parsed again/);
  });

  it("with its index naming a pack outside the cache, which is neither written nor removed", () => {
    const index = join(cache, "index.v8");
    const victim = join(tmp.path, "victim.ndjson");
    writeFileSync(victim, "precious\n");
    // a valid index, checksum and all, whose pack is a path out of the cache
    rewriteIndexHead(index, (head) => ({ ...head, pack: "../victim.ndjson" }));
    expectRebuilt(/its index .* names a pack that is not its own/);
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
  });

  it("with its index cut to nothing", () => {
    writeFileSync(join(cache, "index.v8"), "");
    expectRebuilt(/its index .* is damaged/);
  });

  it("with the site's manifest garbled: the folder is looked at, and the site is still the clean one", () => {
    for (const site of readdirSync(join(cache, "sites"))) writeFileSync(join(cache, "sites", site, "manifest.v8"), "{ not json");
    writeFileSync(join(tmp.path, "out", "stray.html"), "left by nobody");
    const result = build();
    expect(result.status).toBe(0);
    expect(snapshot(join(tmp.path, "out"))).toEqual(clean);
  });
});
