// What a build keeps of the site it made: a site is left as it is only when its inputs
// are the same and every file and search index it wrote is still there.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingFiles, noteSite, siteUnchanged } from "../../src/site/incremental.js";
import type { WriteSession } from "../../src/site/write.js";
import { tempDir } from "../helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Whether the site `session` is after is left as it is by a build from `inputs`, its deleted files looked for as the build does. */
function unchanged(session: WriteSession, inputs: string): boolean {
  return siteUnchanged(session, inputs, missingFiles(session));
}

/** The session of a build after one that made `files` and the search indexes `indexes` from `inputs`. */
function sessionAfter(inputs: string, files: string[], indexes: string[]): WriteSession {
  const made: WriteSession = { out: tmp.path, staging: "", manifest: null, previous: new Map(), next: new Map(), staged: [], fingerprints: { previous: new Map(), next: new Map() } };
  noteSite(made, inputs, { files: [], refused: [] }, files.length, indexes, []);
  return { ...made, previous: new Map(files.map((f) => [f, "hash"])), fingerprints: { previous: made.fingerprints.next, next: new Map() } };
}

describe("a site left as it is", () => {
  mkdirSync(join(tmp.path, "a"), { recursive: true });
  writeFileSync(join(tmp.path, "a/index.html"), "a");
  for (const name of ["2024.2.1-0123456789ab", "2023-0123456789ab"]) {
    mkdirSync(join(tmp.path, "pagefind", name), { recursive: true });
    writeFileSync(join(tmp.path, "pagefind", name, "pagefind-entry.json"), "{}");
  }
  const indexes = ["2024.2.1-0123456789ab", "2023-0123456789ab"];

  it("is one made from the same inputs, with its files and search indexes, runs of a year's articles among them", () => {
    expect(unchanged(sessionAfter("in", ["a/index.html"], indexes), "in")).toBe(true);
  });

  it("is not one made from other inputs", () => {
    expect(unchanged(sessionAfter("in", ["a/index.html"], indexes), "other")).toBe(false);
  });

  it("is not one that lost a file or a search index", () => {
    expect(unchanged(sessionAfter("in", ["a/index.html", "b/index.html"], indexes), "in")).toBe(false);
    rmSync(join(tmp.path, "pagefind", indexes[0]), { recursive: true });
    expect(unchanged(sessionAfter("in", ["a/index.html"], indexes), "in")).toBe(false);
  });
});
