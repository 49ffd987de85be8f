// The incremental cache (.broadsheet-cache/): each seed's record by the hash of its
// bytes, each page's fingerprint, and the search index's. Safe to keep between CI
// runs: anything written by another Broadsheet version is ignored whole.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  pages: Map<string, string>;
  search: string | null;
}

export function cacheKey(version = broadsheetVersion): string {
  return `broadsheet ${version} cache ${cacheFormat}`;
}

export function emptyCache(key = cacheKey()): BuildCache {
  return { key, seeds: new Map(), pages: new Map(), search: null };
}

export function loadCache(folder: string | null, key = cacheKey()): BuildCache {
  if (!folder) return emptyCache(key);
  try {
    const data = deserialize(readFileSync(join(folder, "build.v8"))) as { key: string; seeds: Array<[string, CachedSeed]>; pages: Array<[string, string]>; search: string | null };
    if (data.key !== key) return emptyCache(key);
    return { key, seeds: new Map(data.seeds), pages: new Map(data.pages), search: data.search };
  } catch {
    return emptyCache(key);
  }
}

/** Written beside, then renamed, so a build stopped half-way never leaves half a cache. */
export function saveCache(folder: string | null, cache: BuildCache): void {
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "build.v8");
  writeFileSync(`${file}.tmp`, serialize({ key: cache.key, seeds: [...cache.seeds], pages: [...cache.pages], search: cache.search }));
  renameSync(`${file}.tmp`, file);
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}
