// The read stage: a seeds folder to SeedFiles. The only I/O before parsing.
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import type { Message, SeedFile, SeedFormat } from "../types.js";
import { decode } from "./decode.js";

const textExtensions = new Set([".txt", ".text"]);
const markdownExtensions = new Set([".md", ".markdown"]);

/** Seed paths under a folder, relative and sorted so every build sees one order. */
export async function listSeeds(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith(".") && isSeedName(e.name))
    .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join("/"));
  return files.sort(compareCodePoints);
}

export function isSeedName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return textExtensions.has(ext) || markdownExtensions.has(ext);
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function readSeed(folder: string, file: string, encoding?: string): Promise<SeedFile> {
  return seedFromBytes(file, await readFile(join(folder, file)), encoding);
}

export function seedFromBytes(file: string, bytes: Uint8Array, encoding?: string): SeedFile {
  const decoded = decode(bytes, encoding);
  const messages: Message[] = [];
  if (decoded.guessed) {
    messages.push({
      file, line: 1, column: 1, severity: "warning", rule: "encoding",
      message: `not valid UTF-8; read as ${decoded.encoding} (set "encoding" in broadsheet.config.json to choose)`,
    });
  }
  return { file, format: formatOf(file, decoded.text), text: decoded.text, messages };
}

/** By extension; an unknown extension with front matter is Markdown. */
export function formatOf(file: string, text: string): SeedFormat {
  const ext = extname(file).toLowerCase();
  if (markdownExtensions.has(ext)) return "markdown";
  if (textExtensions.has(ext)) return "text";
  return text.startsWith("---\n") ? "markdown" : "text";
}
