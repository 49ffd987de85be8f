// A file of checked parts: each part its length, its checksum and its bytes. What a
// build keeps between builds (the record store's index, the manifest of an output
// folder) is read and written a part at a time, so that a large archive's file is never
// all in memory at once beside its data; it is a file anyone can cut short or edit, and
// a part that is not as it was written is found, never used.
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { writing } from "../errors.js";
import { faultPoint } from "./faults.js";

const partHeadLength = 4 + 32;

/** A part as written: its length, checksum and bytes. */
export function filePart(payload: Uint8Array): Buffer {
  const head = Buffer.alloc(partHeadLength);
  head.writeUInt32LE(payload.length, 0);
  checksum(payload).copy(head, 4);
  return Buffer.concat([head, payload]);
}

/** The file's parts in order, each checked, with where it lies; null for one whose checksum fails or that is cut short, after which none follow. */
export function* readParts(fd: number): Generator<{ payload: Buffer; at: number; length: number } | null> {
  let at = 0;
  const size = fstatSync(fd).size;
  while (at < size) {
    const head = readAt(fd, at, partHeadLength);
    const length = head?.readUInt32LE(0) ?? Infinity;
    const payload = head && at + partHeadLength + length <= size ? readAt(fd, at + partHeadLength, length) : null;
    if (!head || !payload || !checksum(payload).equals(head.subarray(4))) {
      yield null;
      return;
    }
    yield { payload, at, length: partHeadLength + length };
    at += partHeadLength + length;
  }
}

/** `length` bytes at `at`; null where the file ends first. */
export function readAt(fd: number, at: number, length: number): Buffer | null {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, at + read);
    if (n === 0) return null;
    read += n;
  }
  return buffer;
}

/** A file's parts, each checked as a build reads them: for tools and tests that look inside. */
export function fileParts(file: string): Buffer[] {
  const fd = openSync(file, "r");
  try {
    const parts = [...readParts(fd)];
    if (parts.includes(null)) throw new Error(`${file}: a part is damaged`);
    return parts.map((part) => part!.payload);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `parts` (each as filePart makes it, or as it was read) beside `file`, then
 * renames it over `file`: a build killed meanwhile (at `fault`, in the crash tests)
 * leaves the last one whole.
 */
export function writeParts(file: string, parts: Iterable<Uint8Array>, fault?: string): void {
  const temporary = `${file}.tmp`;
  const fd = writing(temporary, () => openSync(temporary, "w"));
  try {
    for (const bytes of parts) {
      for (let at = 0; at < bytes.length; ) at += writing(temporary, () => writeSync(fd, bytes, at));
    }
  } finally {
    closeSync(fd);
  }
  if (fault) faultPoint(fault);
  renameSync(temporary, file);
}

function checksum(bytes: Uint8Array): Buffer {
  return createHash("sha256").update(bytes).digest();
}
