// The exports for research: one row per quote, with the id of the page of the person
// the archive gives it, as NDJSON and as CSV, and everyone who speaks as NDJSON.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { csvField, quoteColumns } from "../../src/site/data.js";
import { defaultConfig } from "../../src/config.js";
import { rewriteManifest, tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the data exports", () => {
  const tmp = tempDir("broadsheet-data-");
  const out = join(tmp.path, "out");
  beforeAll(async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, "a.txt"), ' date 2024-03-05 Bridge to open in spring\n"We will open the bridge, the new one, in spring," Mayor Anna Petrova said.\n');
    writeFileSync(join(seeds, "b.txt"), ' date 2024-03-07 Traffic doubles\n"The traffic has ""doubled"" since March," Petrova told Ivan Georgiev.\n"We count the cars every day," said Ivan Georgiev.\n');
    await build({ ...defaultConfig, seeds, out }, { cache: null });
  });
  afterAll(() => tmp.remove());

  it("give every quote a row with DESIGN's columns, and the id of its person's page", () => {
    const rows = lines(join(out, "data/quotes.ndjson"));
    expect(rows.map((r) => Object.keys(r))).toEqual(rows.map(() => [...quoteColumns]));
    expect(rows.map((r) => [r.article, r.speaker, r.person, r.paragraph])).toEqual([
      ["b", "Petrova", "anna-petrova", 0],
      ["b", "Ivan Georgiev", "ivan-georgiev", 1],
      ["a", "Anna Petrova", "anna-petrova", 0],
    ]);
    for (const row of rows) expect(existsSync(join(out, "people", String(row.person), "index.html"))).toBe(true);
    expect(rows[0]).toMatchObject({ date: "2024-03-07", url: "/2024/03/07/traffic-doubles/", cue: "told", addressee: "Ivan Georgiev" });
  });

  it("write the same rows as CSV, quoted where a field needs it", () => {
    const csv = readFileSync(join(out, "data/quotes.csv"), "utf8");
    const [header, ...rows] = csv.split("\r\n").filter(Boolean);
    expect(header).toBe(quoteColumns.join(","));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('a,2024-03-05,/2024/03/05/bridge-to-open-in-spring/,"We will open the bridge, the new one, in spring",Anna Petrova,anna-petrova,Mayor,said,,,0');
  });

  it("list everyone who speaks with their id, kind, other names, roles and counts", () => {
    expect(lines(join(out, "data/people.ndjson"))).toEqual([
      { id: "anna-petrova", name: "Anna Petrova", kind: "person", aliases: ["Petrova"], roles: [{ role: "Mayor", first: "2024-03-05", last: "2024-03-05" }], namesakes: [], quotes: 2, articles: 2 },
      { id: "ivan-georgiev", name: "Ivan Georgiev", kind: "person", aliases: [], roles: [], namesakes: [], quotes: 1, articles: 1 },
    ]);
  });
});

describe("a CSV field", () => {
  it("is quoted, its quotation marks doubled, when it holds a comma, a quotation mark or a line break", () => {
    expect(csvField('say "no", then\nleave')).toBe('"say ""no"", then\nleave"');
    expect(csvField("plain words")).toBe("plain words");
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
    expect(csvField(-3)).toBe("-3");
  });

  it("starts a text that a spreadsheet would run as a formula with an apostrophe", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    for (const start of ["+", "-", "@", "\t"]) expect(csvField(`${start}1 more`)).toBe(`'${start}1 more`);
    expect(csvField("a = b")).toBe("a = b");
  });
});

describe("the data exports of an incremental build", () => {
  const tmp = tempDir("broadsheet-data-inc-");
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "out");
  const cache = join(tmp.path, "cache");
  const config = { ...defaultConfig, seeds, out };
  const exportsOf = (site: string) => ["articles.ndjson", "quotes.ndjson", "quotes.csv"].map((name) => readFileSync(join(site, "data", name), "utf8"));
  const cleanExports = async () => {
    const clean = join(tmp.path, "clean");
    await build({ ...config, out: clean }, { cache: null });
    return exportsOf(clean);
  };
  beforeAll(async () => {
    mkdirSync(seeds);
    for (let i = 0; i < 6; i++) writeFileSync(join(seeds, `s${i}.txt`), ` date 2024-03-0${i + 1} Bridge story ${i}\n"We will open bridge ${i} in spring," Mayor Anna Petrova said.\n`);
    await build(config, { cache });
  });
  afterAll(() => tmp.remove());

  it("copy the lines of the articles that did not change from the files the last build wrote", async () => {
    // the same length, other bytes: only a copy keeps them
    const file = join(out, "data/quotes.ndjson");
    writeFileSync(file, readFileSync(file, "utf8").replace("bridge 2", "BRIDGE 2"));
    writeFileSync(join(seeds, "s9.txt"), ' date 2024-03-09 Bridge story 9\n"We will open bridge 9 in spring," Mayor Anna Petrova said.\n');
    await build(config, { cache });
    const [articles, quotes] = exportsOf(out);
    expect(articles.split("\n")[0]).toContain("Bridge story 9");
    expect(quotes).toContain("BRIDGE 2");
    expect(quotes.split("\n")[0]).toContain("bridge 9");
  });

  it("make every line anew when a file is not as long as the last build left it", async () => {
    const file = join(out, "data/articles.ndjson");
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 100));
    writeFileSync(join(seeds, "s8.txt"), ' date 2024-03-08 Bridge story 8\n"We will open bridge 8 in spring," Mayor Anna Petrova said.\n');
    rmSync(join(seeds, "s1.txt"));
    await build(config, { cache });
    expect(exportsOf(out)).toEqual(await cleanExports());
  });

  it("make every line anew when the note of where they lie was edited by hand", async () => {
    rewriteManifest(cache, (manifest) => {
      const note = JSON.parse(manifest.pages.get("@exports-pieces")!) as { pieces: unknown[] };
      note.pieces[0] = 5;
      manifest.pages.set("@exports-pieces", JSON.stringify(note));
    });
    writeFileSync(join(seeds, "s6.txt"), ' date 2024-03-06 Bridge story 6\n"We will open bridge 6 in spring," Mayor Anna Petrova said.\n');
    await build(config, { cache });
    expect(exportsOf(out)).toEqual(await cleanExports());
  });

  it("wait on no FIFO put where an export was, and replace it", async () => {
    const file = join(out, "data/quotes.csv");
    rmSync(file);
    execFileSync("mkfifo", [file]);
    writeFileSync(join(seeds, "s5.txt"), ' date 2024-03-06 Bridge story 5, again\n"We will open bridge 5 in spring," Mayor Anna Petrova said.\n');
    await build(config, { cache });
    expect(statSync(file).isFile()).toBe(true);
    expect(exportsOf(out)).toEqual(await cleanExports());
  }, 20_000);

  it("match a clean build's after an edit, a new article and a deletion", async () => {
    writeFileSync(join(seeds, "s3.txt"), ' date 2024-03-04 Bridge story 3, revised\n"We will open bridge 3 in summer," Ivan Georgiev said.\n');
    writeFileSync(join(seeds, "s7.txt"), ' date 2024-03-07 Bridge story 7\n"We will open bridge 7 in spring," Mayor Anna Petrova said.\n');
    rmSync(join(seeds, "s0.txt"));
    await build(config, { cache });
    expect(exportsOf(out)).toEqual(await cleanExports());
  });
});
