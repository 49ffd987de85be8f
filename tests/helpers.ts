// Shared test helpers: seeds from strings, temporary folders, the CLI as a user runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSeed } from "../src/parse/index.js";
import { seedFromBytes } from "../src/read/seeds.js";
import { fileParts, filePart } from "../src/site/parts.js";
import { readManifest, writeManifest, type Manifest } from "../src/site/write.js";
import { deserialize, serialize } from "node:v8";
import type { ArticleRecord } from "../src/types.js";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const shared = resolve(root, "../shared");
export const hasShared = existsSync(join(shared, "seeds"));
export const sharedMissing = "../shared is absent: the shared seeds, corpus and polnear sets are not here";

export function parseText(text: string, file = "test.txt"): ArticleRecord {
  return parseSeed(seedFromBytes(file, Buffer.from(text, "utf8")));
}

export function parseBytes(bytes: Uint8Array, file = "test.txt"): ArticleRecord {
  return parseSeed(seedFromBytes(file, bytes));
}

export function tempDir(prefix = "broadsheet-test-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function runCli(args: string[], cwd = root, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, "bin/broadsheet.js"), ...args], { cwd, encoding: "utf8", env: cliEnv(env) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Where a cache keeps the manifest of the one output folder it has built. */
function manifestFile(cache: string): string {
  const [site, ...others] = readdirSync(join(cache, "sites"));
  if (others.length > 0) throw new Error(`${cache} holds the state of more than one output folder`);
  return join(cache, "sites", site, "manifest.v8");
}

/** The manifest a cache keeps for its one output folder: what the build made, with their hashes, and what made each page. */
export function cachedManifest(cache: string): Manifest {
  const manifest = readManifest(manifestFile(cache));
  if (!manifest) throw new Error(`${cache} holds no whole manifest`);
  return manifest;
}

/** Edits the manifest a cache keeps for its one output folder, as anyone may by hand. */
export function rewriteManifest(cache: string, change: (manifest: Manifest) => void): void {
  const manifest = cachedManifest(cache);
  change(manifest);
  writeManifest(manifestFile(cache), manifest);
}

/** Rewrites the head of a record store's saved index (its key, its pack), every checksum made good: an index as another build could have left it. */
export function rewriteIndexHead(file: string, change: (head: Record<string, unknown>) => Record<string, unknown>): void {
  const [head, ...items] = fileParts(file);
  writeFileSync(file, Buffer.concat([filePart(serialize(change(deserialize(head) as Record<string, unknown>))), ...items.map(filePart)]));
}

/** The CLI's environment in tests: CI set (no progress line), and no base URL but the one a test gives. */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env, CI: "true" };
  delete inherited.BROADSHEET_BASE_URL;
  return { ...inherited, ...env };
}
