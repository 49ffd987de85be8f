// What keys the incremental cache (.broadsheet-cache/, the record store of store.ts):
// the Broadsheet version, the cache's layout and the code that makes records and their
// entries (read, parse, and render's articleEntry). What each output
// folder was made from lives in that folder's manifest (write.ts), so one cache serves
// any number of them. Safe to keep between CI runs: anything written under another
// key is ignored whole.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bumped when the cache's own layout changes. */
const cacheFormat = 2;

export const broadsheetVersion: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/**
 * The code of some stages as it is on disk: a checkout between releases changes it
 * without changing the version.
 */
export function stageCode(stages: string[]): string {
  const hash = createHash("sha1");
  for (const stage of stages) {
    const folder = fileURLToPath(new URL(`../${stage}/`, import.meta.url));
    for (const name of readdirSync(folder).filter((n) => /\.[jt]s$/.test(n)).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  }
  return hash.digest("hex");
}

export function cacheKey(version = broadsheetVersion): string {
  return `broadsheet ${version} cache ${cacheFormat} parser ${stageCode(["read", "parse", "render"])}`;
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}
