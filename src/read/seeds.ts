// The read stage: a seeds folder to SeedFiles. The only I/O before parsing. A seed is
// read only as a regular file inside the seeds folder: never through a symbolic link
// (it could name any file on the machine), never from a FIFO (which would block the
// build), and never past a size limit; each file refused is a message, not a silence.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { compareCodePoints } from "../order.js";
import type { Message, SeedFile, SeedFormat } from "../types.js";
import { cleanText, type Cleaned } from "./clean.js";
import { decode } from "./decode.js";

const textExtensions = new Set([".txt", ".text"]);
const markdownExtensions = new Set([".md", ".markdown"]);

const symbolicLink = "is a symbolic link; seeds are read only as regular files inside the seeds folder";
const notRegular = "is not a regular file (a FIFO, socket or device); not read";

/** The largest seed read by default: ten times the longest article a newspaper prints. */
export const defaultMaxSeedBytes = 10 * 1024 * 1024;

export interface SeedList {
  /** Seed paths relative to the folder, with forward slashes, in one order for every build. */
  files: string[];
  /** Seed names that are not regular files (links, FIFOs, devices): not read, each an error. */
  refused: Message[];
}

/**
 * The seeds under a folder. Hidden folders, node_modules and the folders named in
 * `skip` (the site and the cache, when they sit inside the seeds folder) hold no seeds.
 */
export async function listSeeds(folder: string, skip: string[] = []): Promise<SeedList> {
  const skipped = new Set(skip.map((p) => resolve(p)));
  const files: string[] = [];
  const refused: Message[] = [];
  const root = resolve(folder);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // the seeds folder itself is the user's to mend; a folder in it is its seeds' error
      if (dir === root) throw error;
      refused.push(readError(relative(root, dir).split(sep).join("/"), `cannot read this folder's seeds: ${(error as Error).message}`));
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (!mayHoldSeeds(entry.name) || skipped.has(path)) continue;
      const file = relative(root, path).split(sep).join("/");
      if (entry.isDirectory()) await walk(path);
      else addEntry({ files, refused }, file, entry);
    }
  };
  await walk(root);
  return sorted({ files, refused });
}

/** Hidden folders and files, and node_modules, hold no seeds. */
function mayHoldSeeds(name: string): boolean {
  return !name.startsWith(".") && name !== "node_modules";
}

/** A file of the folder as the list takes it: a seed, a seed's name that is no regular file (refused), or nothing. */
function addEntry(list: SeedList, file: string, entry: { isFile(): boolean; isSymbolicLink(): boolean }): void {
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (entry.isFile() && isSeedName(name)) list.files.push(file);
  else if (entry.isSymbolicLink()) list.refused.push(readError(file, symbolicLink));
  else if (!entry.isFile() && isSeedName(name)) list.refused.push(readError(file, notRegular));
}

function sorted(list: SeedList): SeedList {
  return { files: list.files.sort(compareCodePoints), refused: list.refused.sort((a, b) => compareCodePoints(a.file, b.file)) };
}

/**
 * The seeds under a folder from an earlier list and the paths that changed since (added,
 * edited or deleted, relative to the folder, as `git diff --name-only` names them): each
 * changed path looked at again as listSeeds would, the others taken on the list's word.
 */
export function listChangedSeeds(folder: string, previous: SeedList, changed: string[], skip: string[] = []): SeedList {
  const skipped = skip.map((p) => resolve(p));
  const root = resolve(folder);
  const paths = new Set(changed.filter((file) => file.split("/").every((part) => part !== "" && part !== ".." && mayHoldSeeds(part)) && !skipped.some((s) => resolve(root, file).startsWith(s + sep) || resolve(root, file) === s)));
  const list: SeedList = { files: previous.files.filter((f) => !paths.has(f)), refused: previous.refused.filter((m) => !paths.has(m.file)) };
  for (const file of paths) {
    let entry;
    try {
      entry = lstatSync(join(root, file));
    } catch {
      continue;
    }
    if (!entry.isDirectory()) addEntry(list, file, entry);
  }
  return sorted(list);
}

export function isSeedName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return textExtensions.has(ext) || markdownExtensions.has(ext);
}

export function readError(file: string, message: string, rule = "read"): Message {
  return { file, line: 1, column: 1, severity: "error", rule, message };
}

/**
 * A seed's size, change times and inode, as one string: while they are as they were,
 * so are its bytes (as make and rsync trust; the change time cannot be set back, so a
 * file rewritten with its old size and modification time still shows). Null for what is
 * no regular file, which readSeedBytes then reports.
 */
export function seedStamp(folder: string, file: string): string | null {
  try {
    const info = lstatSync(join(folder, file), { bigint: true });
    return info.isFile() ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : null;
  } catch {
    return null;
  }
}

/**
 * A seed's bytes, or the error that says why it is not read: not a regular file (a
 * link swapped in since the listing, a FIFO), larger than `maxBytes`, binary, or
 * unreadable.
 */
export function readSeedBytes(folder: string, file: string, maxBytes = defaultMaxSeedBytes): Uint8Array | Message {
  let fd: number;
  try {
    fd = openSync(join(folder, file), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return readError(file, code === "ELOOP" ? symbolicLink : `cannot read the seed: ${(error as Error).message}`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return readError(file, notRegular);
    if (info.size > maxBytes) return readError(file, `is ${megabytes(info.size)}, over the limit of ${megabytes(maxBytes)} ("maxSeedBytes" in broadsheet.config.json)`, "size");
    const bytes = readUpTo(fd, info.size, maxBytes + 1);
    if (bytes.length > maxBytes) return readError(file, `grew past the limit of ${megabytes(maxBytes)} while it was read`, "size");
    return isBinary(bytes) ? readError(file, "is a binary file (it holds NUL bytes), not a text or Markdown seed", "binary") : bytes;
  } catch (error) {
    return readError(file, `cannot read the seed: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end or the limit; sized for the bytes the file had when it was opened, since it may still grow. */
function readUpTo(fd: number, size: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(size + 1, limit);
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(next);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    next = Math.min(1 << 16, limit - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Text never holds a NUL byte, except as UTF-16, which a byte order mark announces. */
function isBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.includes(0);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
