// The manifest is written a chunk at a time; it must read back as the JSON of the
// sorted maps, whatever their order and however many chunks they take.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeManifest } from "../../src/site/write.js";
import { byKey } from "../../src/order.js";
import { tempDir } from "../helpers.js";

describe("the manifest", () => {
  const temp = tempDir("broadsheet-manifest-");
  afterAll(() => temp.remove());

  it("holds each map in key order, across chunks, as JSON", () => {
    const files = new Map(Array.from({ length: 12_345 }, (_, i) => [`article/${(i * 7919) % 12_345}/index.html`, `hash-${i}`]));
    const pages = new Map([["/b/", "2"], ["/a/\"quoted\"/", "1"]]);
    const file = join(temp.path, "manifest.json");
    writeManifest(file, { state: "s1", files, pages });
    const sorted = (map: Map<string, string>) => Object.fromEntries([...map].sort(byKey));
    expect(readFileSync(file, "utf8")).toBe(JSON.stringify({ state: "s1", files: sorted(files), pages: sorted(pages) }));
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
