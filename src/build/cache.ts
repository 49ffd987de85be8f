// The incremental cache (.broadsheet-cache/): each seed's record by the hash of its
// bytes. What each output folder was made from lives in that folder's manifest
// (write.ts), so one cache serves any number of them. Safe to keep between CI runs:
// anything written by another Broadsheet version is ignored whole.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/** Bumped when the cache's own layout changes. */
const cacheFormat = 1;

export const broadsheetVersion: string = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export interface CachedSeed {
  hash: string;
  json: string;
}

export interface BuildCache {
  key: string;
  seeds: Map<string, CachedSeed>;
}

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
  return `broadsheet ${version} cache ${cacheFormat} parser ${stageCode(["read", "parse"])}`;
}

export function emptyCache(key = cacheKey()): BuildCache {
  return { key, seeds: new Map() };
}

export function loadCache(folder: string | null, key = cacheKey()): BuildCache {
  if (!folder) return emptyCache(key);
  try {
    const data = deserialize(readFileSync(join(folder, "seeds.v8"))) as { key: string; seeds: Array<[string, CachedSeed]> };
    return data.key === key ? { key, seeds: new Map(data.seeds) } : emptyCache(key);
  } catch {
    return emptyCache(key);
  }
}

/** Written beside, then renamed, so a build stopped half-way never leaves half a cache. */
export function saveCache(folder: string | null, cache: BuildCache): void {
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "seeds.v8");
  writeFileSync(`${file}.tmp`, serialize({ key: cache.key, seeds: [...cache.seeds] }));
  renameSync(`${file}.tmp`, file);
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}
