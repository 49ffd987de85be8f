// What keys the incremental cache (.broadsheet-cache/, the record store of store.ts):
// the Broadsheet version, the cache's layout and the code that makes records and their
// entries (read, parse, and the archive's entry.ts). What each output
// folder was made from lives in that folder's manifest (write.ts), so one cache serves
// any number of them. Safe to keep between CI runs: anything written under another
// key is ignored whole.
import { createHash, hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bumped when the cache's own layout changes. */
const cacheFormat = 5;

export const broadsheetVersion: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/**
 * The code of some stages as it is on disk: a checkout between releases changes it
 * without changing the version. A stage is a folder with its subfolders ("parse", its
 * attribution rules too) or one module ("archive/entry").
 */
export function stageCode(stages: string[]): string {
  const hash = createHash("sha1");
  const code = (name: string) => /\.[jt]s$/.test(name);
  for (const stage of stages) {
    const path = fileURLToPath(new URL(`../${stage}`, import.meta.url));
    const module = readdirSync(dirname(path)).find((name) => code(name) && name.replace(/\.[jt]s$/, "") === basename(path));
    const files = module ? [join(dirname(path), module)] : readdirSync(path, { recursive: true, encoding: "utf8" }).filter(code).sort().map((name) => join(path, name));
    for (const file of files) hash.update(file.slice(path.length)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** The code that makes a record and its entry: a change elsewhere (the archive's identities, the templates' data) parses nothing again. */
const recordStages = ["read", "parse", "archive/entry", "archive/text"];

export function cacheKey(version = broadsheetVersion): string {
  return `broadsheet ${version} cache ${cacheFormat} parser ${stageCode(recordStages)}`;
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  // one call where all are text: a page's fingerprint is one of tens of thousands
  if (parts.every((part) => typeof part === "string")) return hash("sha1", `${parts.join("\0")}\0`, "hex");
  const sum = createHash("sha1");
  for (const part of parts) sum.update(part).update("\0");
  return sum.digest("hex");
}
