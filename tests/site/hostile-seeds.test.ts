// One hostile seed never stops the others: seeds with words too long for a file name,
// names Windows reserves, binary bytes, a FIFO, a link to a file outside, a seed over
// the size limit, front matter that would run code or explode, and control characters
// in a headline. Every seed ends as a page or as an error naming its file, the build
// says so in one line each, and the feed still parses.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers.js";

describe("a folder of hostile seeds", () => {
  const tmp = tempDir("broadsheet-hostile-");
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  const long = "Q".repeat(3000);
  /** A file name with an escape sequence and a newline, which a message must not pass to the terminal. */
  const escapeName = "clear\u001b[2Jscreen\nname.md";
  let result: ReturnType<typeof runCli>;
  let records: Array<{ file: string; url: string; headline: string }>;

  beforeAll(() => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "good.txt"), " date 2024-01-01 A good story\nIt stands.\n");
    writeFileSync(join(seeds, "long-headline.txt"), ` date 2024-01-02 ${long}\nText.\n`);
    writeFileSync(join(seeds, "long-slug.md"), `---\ntitle: Long slug\ndate: 2024-01-03\nslug: ${"word-".repeat(300)}end\n---\nText.\n`);
    writeFileSync(join(seeds, "long-tag.md"), `---\ntitle: Long tag\ndate: 2024-01-04\ntags: [${long}]\nsource: Agence ${long}\n---\nText.\n`);
    writeFileSync(join(seeds, "reserved.txt"), " date 2024-01-05 CON\nText.\n");
    writeFileSync(join(seeds, "controls.txt"), " date 2024-01-06 Bells \u0007 and \u001b escapes \uffff here\nText \u0000 none.\n".replace("\u0000", ""));
    writeFileSync(join(seeds, `${"n".repeat(240)}.txt`), " date 2024-01-07 A seed with a long file name\nText.\n");
    writeFileSync(join(seeds, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    writeFileSync(join(seeds, "huge.txt"), ` date 2024-01-08 Huge\n${"x".repeat(20_000)}\n`);
    writeFileSync(join(seeds, "code.md"), `---js\n{ title: (globalThis.pwned = require("fs").writeFileSync(${JSON.stringify(join(tmp.path, "pwned"))}, "1")) }\n---\nText.\n`);
    writeFileSync(join(seeds, "bomb.md"), ["---", "a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "tags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]", "---", "Text."].join("\n"));
    writeFileSync(join(tmp.path, "outside.txt"), " date 2024-01-09 A secret outside the seeds\nroot:x:0:0\n");
    symlinkSync(join(tmp.path, "outside.txt"), join(seeds, "link.txt"));
    execFileSync("mkfifo", [join(seeds, "pipe.txt")]);
    writeFileSync(join(seeds, escapeName), "---\ndate: 2024-01-10\n---\nA story whose file name stands in for its title.\n");
    writeFileSync(join(tmp.path, "broadsheet.config.json"), JSON.stringify({ search: false, maxSeedBytes: 10_000 }));
    result = runCli(["build", "--seeds", "seeds", "--out", "out"], tmp.path);
    records = readFileSync(join(out, "data/articles.ndjson"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
  }, 60_000);
  afterAll(() => tmp.remove());

  it("ends with exit code 1, an error for each seed that could not be built, and no stack trace", () => {
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    for (const [file, rule] of [["binary.txt", "binary"], ["huge.txt", "size"], ["link.txt", "read"], ["pipe.txt", "read"], ["code.md", "front-matter"], ["bomb.md", "front-matter"]]) {
      expect(result.stderr).toMatch(new RegExp(`^seeds/${file.replace(".", "\\.")}:\\d+:\\d+: error: .* \\[${rule}\\]$`, "m"));
    }
  });

  it("gives every seed a page or an error: none is skipped in silence", () => {
    const errors = new Set([...result.stderr.matchAll(/^seeds\/(.+?):\d+:\d+: error:/gm)].map((m) => JSON.parse(`"${m[1]}"`) as string));
    const paged = new Set(records.map((r) => r.file));
    const all = [escapeName, "good.txt", "long-headline.txt", "long-slug.md", "long-tag.md", "reserved.txt", "controls.txt", `${"n".repeat(240)}.txt`, "binary.txt", "huge.txt", "code.md", "bomb.md", "link.txt", "pipe.txt"];
    for (const file of all) expect(paged.has(file) || errors.has(file), `${file} is neither a page nor an error`).toBe(true);
    for (const record of records) expect(existsSync(join(out, record.url, "index.html")), record.url).toBe(true);
    expect(result.stdout).toMatch(/^broadsheet: 14 seeds read/);
  });

  it("builds the seeds whose words or names no file system takes as they are", () => {
    const urls = records.map((r) => r.url);
    expect(urls).toContain("/2024/01/01/a-good-story/");
    expect(urls).toContain("/2024/01/05/article-con/");
    for (const url of urls) for (const segment of url.split("/")) expect(segment.length).toBeLessThanOrEqual(80);
    expect(existsSync(join(out, "topics"))).toBe(true);
  });

  it("shows a file name's control characters escaped, in messages and in the headline it stands in for", () => {
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).toContain("seeds/clear\\u001b[2Jscreen\\u000aname.md:1:1: warning: no title in front matter");
    expect(records.find((r) => r.file === escapeName)?.headline).toBe("clear[2Jscreen name");
  });

  it("runs no code from front matter and reads nothing through the link", () => {
    expect(existsSync(join(tmp.path, "pwned"))).toBe(false);
    expect(readFileSync(join(out, "data/articles.ndjson"), "utf8")).not.toContain("root:x:0:0");
  });

  it("keeps the feed and sitemap well-formed", () => {
    for (const file of ["feed.xml", "sitemap.xml"]) {
      const errors: string[] = [];
      const parser = new SaxesParser({ xmlns: true });
      parser.on("error", (e) => errors.push(e.message));
      parser.write(readFileSync(join(out, file), "utf8")).close();
      expect(errors, file).toEqual([]);
    }
    expect(readFileSync(join(out, "feed.xml"), "utf8")).toContain("Bells  and  escapes  here");
  });
});
