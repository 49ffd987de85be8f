// The read stage: a seeds folder to SeedFiles. The only I/O before parsing.
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { compareCodePoints } from "../order.js";
import type { Message, SeedFile, SeedFormat } from "../types.js";
import { cleanText, type Cleaned } from "./clean.js";
import { decode } from "./decode.js";

const textExtensions = new Set([".txt", ".text"]);
const markdownExtensions = new Set([".md", ".markdown"]);

/**
 * Seed paths under a folder, relative and sorted so every build sees one order.
 * Hidden folders, node_modules and the folders named in `skip` (the site and the
 * cache, when they sit inside the seeds folder) hold no seeds.
 */
export async function listSeeds(folder: string, skip: string[] = []): Promise<string[]> {
  const skipped = new Set(skip.map((p) => resolve(p)));
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith(".") || entry.name === "node_modules" || skipped.has(path)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isSeedName(entry.name)) files.push(relative(folder, path).split(sep).join("/"));
    }
  };
  await walk(resolve(folder));
  return files.sort(compareCodePoints);
}

export function isSeedName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return textExtensions.has(ext) || markdownExtensions.has(ext);
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
  const cleaned = cleanText(decoded.text);
  if (cleaned.count > 0) messages.push(controlCharactersMessage(file, cleaned));
  return { file, format: formatOf(file, cleaned.text), text: cleaned.text, messages };
}

/** One warning for the whole seed, however many characters went. */
function controlCharactersMessage(file: string, cleaned: Cleaned): Message {
  const what = cleaned.count === 1 ? "1 control character or noncharacter" : `${cleaned.count} control characters or noncharacters`;
  return { file, line: cleaned.line, column: cleaned.column, severity: "warning", rule: "control-characters", message: `${what} removed, the first here` };
}

/** By extension; an unknown extension with front matter is Markdown. */
export function formatOf(file: string, text: string): SeedFormat {
  const ext = extname(file).toLowerCase();
  if (markdownExtensions.has(ext)) return "markdown";
  if (textExtensions.has(ext)) return "text";
  return text.startsWith("---\n") ? "markdown" : "text";
}
