// The read stage refuses, with a message each, what is not a seed it may read: links
// (which could name any file on the machine), FIFOs (which would block the build),
// binary files and files over the size limit. Nothing is skipped in silence.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listChangedSeeds, listSeeds, readSeedBytes } from "../../src/read/seeds.js";
import { tempDir } from "../helpers.js";

describe("reading seeds", () => {
  const tmp = tempDir("broadsheet-read-");
  afterAll(() => tmp.remove());
  const seeds = join(tmp.path, "seeds");
  mkdirSync(join(seeds, "nested"), { recursive: true });
  writeFileSync(join(seeds, "good.txt"), " date 2024-01-02 A story\nText.\n");
  writeFileSync(join(seeds, "nested/also.md"), "---\ntitle: Also\n---\nText.\n");
  writeFileSync(join(tmp.path, "secret.txt"), "root:x:0:0\n");
  symlinkSync(join(tmp.path, "secret.txt"), join(seeds, "link.txt"));
  symlinkSync(tmp.path, join(seeds, "linked-folder"));
  execFileSync("mkfifo", [join(seeds, "pipe.txt")]);

  it("lists regular seed files, and refuses links and FIFOs by name", async () => {
    const { files, refused } = await listSeeds(seeds);
    expect(files).toEqual(["good.txt", "nested/also.md"]);
    expect(refused.map((m) => [m.file, m.severity])).toEqual([
      ["link.txt", "error"],
      ["linked-folder", "error"],
      ["pipe.txt", "error"],
    ]);
    expect(refused[0].message).toContain("symbolic link");
    expect(refused[2].message).toContain("not a regular file");
  });

  it("never reads through a link or blocks on a FIFO when asked for one by name", () => {
    expect(readSeedBytes(seeds, "link.txt")).toMatchObject({ file: "link.txt", severity: "error", message: expect.stringContaining("symbolic link") });
    expect(readSeedBytes(seeds, "pipe.txt")).toMatchObject({ file: "pipe.txt", severity: "error", message: expect.stringContaining("not a regular file") });
  });

  it("refuses a seed over the size limit without reading it whole", () => {
    writeFileSync(join(seeds, "huge.txt"), "x".repeat(2048));
    expect(readSeedBytes(seeds, "huge.txt", 1024)).toMatchObject({ file: "huge.txt", severity: "error", rule: "size", message: expect.stringContaining("over the limit") });
    expect(readSeedBytes(seeds, "huge.txt", 4096)).toBeInstanceOf(Uint8Array);
  });

  it("reads a seed's bytes exactly, whatever its size", () => {
    for (const size of [0, 1, 4095, 70_000, 300_000]) {
      const bytes = Buffer.from(Array.from({ length: size }, (_, i) => 32 + (i % 90)));
      writeFileSync(join(seeds, "sized.txt"), bytes);
      expect(Buffer.from(readSeedBytes(seeds, "sized.txt") as Uint8Array).equals(bytes)).toBe(true);
    }
  });

  it("refuses a binary file, but reads UTF-16 text, whose bytes hold NULs", () => {
    writeFileSync(join(seeds, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(readSeedBytes(seeds, "image.txt")).toMatchObject({ rule: "binary", severity: "error" });
    writeFileSync(join(seeds, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" date 2024-01-02 A story\n", "utf16le")]));
    expect(readSeedBytes(seeds, "utf16.txt")).toBeInstanceOf(Uint8Array);
  });

  it("reports a folder it cannot read, too deep for a path, and lists the other seeds", async () => {
    const deep = join(tmp.path, "deep-seeds");
    mkdirSync(deep);
    writeFileSync(join(deep, "shallow.txt"), " date 2024-01-02 A story\n");
    const name = "d".repeat(250);
    // made one folder at a time from inside the last, as no single path may be this long
    execFileSync("bash", ["-c", `cd "$1" && for i in $(seq 18); do mkdir "$2" && cd "$2"; done; echo text > s.txt`, "bash", deep, name]);
    const { files, refused } = await listSeeds(deep);
    expect(files).toEqual(["shallow.txt"]);
    expect(refused).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/cannot read this folder's seeds: ENAMETOOLONG/) })]);
    execFileSync("rm", ["-rf", deep]);
  });

  it("says why a missing seed cannot be read", () => {
    expect(readSeedBytes(seeds, "gone.txt")).toMatchObject({ file: "gone.txt", rule: "read", message: expect.stringContaining("cannot read the seed") });
  });

  it("lists, from an earlier list and the paths changed since, what a scan would list", async () => {
    const folder = join(tmp.path, "changing");
    mkdirSync(join(folder, "nested"), { recursive: true });
    for (const name of ["a.txt", "b.txt", "nested/c.md"]) writeFileSync(join(folder, name), " date 2024-01-02 A story\n");
    const earlier = await listSeeds(folder);
    writeFileSync(join(folder, "d.txt"), " date 2024-01-02 A story\n");
    rmSync(join(folder, "b.txt"));
    symlinkSync(join(tmp.path, "secret.txt"), join(folder, "e.txt"));
    mkdirSync(join(folder, ".hidden"));
    writeFileSync(join(folder, ".hidden/f.txt"), " date 2024-01-02 A story\n");
    const changed = listChangedSeeds(folder, earlier, ["d.txt", "b.txt", "e.txt", ".hidden/f.txt", "nested/../a.txt", "README"]);
    expect(changed).toEqual(await listSeeds(folder));
    expect(changed.files).toEqual(["a.txt", "d.txt", "nested/c.md"]);
    expect(changed.refused.map((m) => m.file)).toEqual(["e.txt"]);
  });
});
