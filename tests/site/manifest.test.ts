// The manifest is written a part at a time; it reads back as it was written, however
// many parts it takes, and a damaged one is not trusted.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileParts } from "../../src/site/parts.js";
import { readManifest, writeManifest } from "../../src/site/write.js";
import { tempDir } from "../helpers.js";

describe("the manifest", () => {
  const temp = tempDir("broadsheet-manifest-");
  afterAll(() => temp.remove());
  const files = new Map(Array.from({ length: 12_345 }, (_, i) => [`article/${(i * 7919) % 12_345}/index.html`, `hash-${i}`]));
  const pages = new Map([["/b/", "2"], ["/a/\"quoted\"/", "1"], ["@inputs", ""]]);

  it("reads back as written, each map in its order, across parts", () => {
    const file = join(temp.path, "manifest.v8");
    writeManifest(file, { state: "s1", files, pages });
    const read = readManifest(file)!;
    expect(read.state).toBe("s1");
    expect([...read.files]).toEqual([...files]);
    expect([...read.pages]).toEqual([...pages]);
    // the head, three parts of files, one of pages
    expect(fileParts(file)).toHaveLength(5);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it("is not trusted cut short, with a byte changed, or with a part more", () => {
    const file = join(temp.path, "damaged.v8");
    writeManifest(file, { state: "s1", files, pages });
    const whole = readFileSync(file);
    const edited = Buffer.from(whole);
    edited[whole.length - 3] ^= 1;
    const withMore = Buffer.concat([whole, whole.subarray(0, 200)]);
    for (const bytes of [whole.subarray(0, whole.length - 10), edited, withMore, Buffer.from("{ not json")]) {
      writeFileSync(file, bytes);
      expect(readManifest(file)).toBeNull();
    }
    expect(readManifest(join(temp.path, "missing.v8"))).toBeNull();
  });

  it("takes the place of the manifest an earlier layout kept", () => {
    const former = join(temp.path, "manifest.json");
    writeFileSync(former, "{}");
    writeManifest(join(temp.path, "manifest.v8"), { state: "s2", files, pages });
    expect(existsSync(former)).toBe(false);
  });
});
