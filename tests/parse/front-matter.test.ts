// Front matter is data: YAML (core schema, bounded aliases) or JSON, nothing else runs.
// Every case here is a seed that arrived unattended: it must give a record and messages.
import { afterEach, describe, expect, it } from "vitest";
import { parseSeed } from "../../src/parse/index.js";
import type { ArticleRecord, Message } from "../../src/types.js";
import { parseBytes, parseText } from "../helpers.js";

const pwned = globalThis as { __pwned?: unknown };
const payload = '{ title: (globalThis.__pwned = 1, "Pwned"), tags: ["pwned"] }';
const notRead = /^front matter in "[^"]+" is not read: only YAML or JSON front matter is$/;

function frontMatterErrors(record: ArticleRecord): Message[] {
  return record.messages.filter((m) => m.rule === "front-matter" && m.severity === "error");
}

function warningsOn(record: ArticleRecord, field: string): Message[] {
  return record.messages.filter((m) => m.severity === "warning" && m.message.includes(`"${field}"`));
}

/** Parses and times a seed: a hostile seed must cost about what its size does. */
function timed(text: string, file = "bomb.md"): { record: ArticleRecord; ms: number } {
  const start = performance.now();
  const record = parseText(text, file);
  return { record, ms: performance.now() - start };
}

function billionLaughs(levels: number, use = ""): string {
  const names = "abcdefghijklmnop";
  const lines = ["---", `${names[0]}: &${names[0]} [x,x,x,x,x,x,x,x,x]`];
  for (let i = 1; i < levels; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`);
  if (use) lines.push(`${use}: *${names[levels - 1]}`);
  return `${[...lines, "---", "Body."].join("\n")}\n`;
}

describe("front matter in a language other than YAML or JSON", () => {
  afterEach(() => {
    delete pwned.__pwned;
  });

  const openings: Array<[string, string]> = [
    ["---js", "\n"],
    ["---JS", "\n"],
    ["--- js", "\n"],
    ["---javascript", "\n"],
    ["\uFEFF---js", "\n"],
    ["---js", "\r\n"],
  ];
  for (const [opening, newline] of openings) {
    it(`is an error on line 1 and never runs: ${JSON.stringify(opening)} with ${JSON.stringify(newline)}`, () => {
      const text = [opening, payload, "---", "The story."].join(newline) + newline;
      const record = parseBytes(Buffer.from(text, "utf8"), "js.md");
      expect(pwned.__pwned).toBeUndefined();
      expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ file: "js.md", line: 1, column: 1, message: expect.stringMatching(notRead) })]);
      expect(record.headline).not.toBe("Pwned");
      expect(record.tags).toEqual([]);
      expect(record.paragraphs.join("")).not.toContain("__pwned");
      expect(record.paragraphs).toEqual(["<p>The story.</p>"]);
    });
  }

  it("names the marker it refused", () => {
    const record = parseText(`---javascript\n${payload}\n---\nText.\n`, "js.md");
    expect(frontMatterErrors(record)[0]?.message).toBe('front matter in "javascript" is not read: only YAML or JSON front matter is');
  });

  it("runs nothing on a bare CR line ending the read stage did not normalise", () => {
    const record = parseSeed({ file: "cr.md", format: "markdown", text: `---js\r\n${payload}\r\n---\r\nText.\r\n`, messages: [] });
    expect(pwned.__pwned).toBeUndefined();
    expect(frontMatterErrors(record)).toHaveLength(1);
  });

  for (const marker of ["coffee", "toml", "lua", "yamlx"]) {
    it(`refuses a "${marker}" marker too`, () => {
      const record = parseText(`---${marker}\ntitle = "Refused"\n---\nText.\n`, "other.md");
      expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ line: 1, message: `front matter in "${marker}" is not read: only YAML or JSON front matter is` })]);
      expect(record.headline).not.toBe("Refused");
      expect(record.paragraphs).toEqual(["<p>Text.</p>"]);
    });
  }
});

describe("YAML and JSON front matter", () => {
  it("reads a yaml marker, a JSON block and a closing ... line", () => {
    expect(parseText("---yaml\ntitle: Marked\n---\nText.\n", "a.md").headline).toBe("Marked");
    expect(parseText('---json\n{"title": "From JSON", "date": "2024-05-06", "tags": ["a"]}\n---\nText.\n', "b.md")).toMatchObject({ headline: "From JSON", date: "2024-05-06", tags: ["a"] });
    expect(parseText("---\ntitle: Dotted\n...\nText.\n", "c.md")).toMatchObject({ headline: "Dotted", paragraphs: ["<p>Text.</p>"] });
  });

  it("reads front matter after a byte order mark", () => {
    expect(parseText("\uFEFF---\ntitle: After the mark\n---\nText.\n", "bom.md").headline).toBe("After the mark");
  });

  it("reports a YAML error at its line and column in the seed", () => {
    const record = parseText("---\ntitle: ok\ndate: 2024-03-05\ntags: [unclosed\n---\nBody.\n", "bad.md");
    const [error] = frontMatterErrors(record);
    expect(error).toMatchObject({ file: "bad.md", severity: "error", rule: "front-matter" });
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.line).toBeLessThanOrEqual(5);
    expect(error.column).toBeGreaterThanOrEqual(1);
  });

  it("reports bad JSON as an error with a line", () => {
    const record = parseText('---json\n{"title": "x",\n "date": }\n---\nText.\n', "bad.md");
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ message: expect.stringContaining("JSON"), line: expect.any(Number) })]);
  });

  it("is an error when the block never closes, and the block is not the story", () => {
    const record = parseText("---\ntitle: Never closed\nsecret: 1\n", "open.md");
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("closing") })]);
    expect(record.paragraphs.join("")).not.toContain("secret");
  });

  it("takes the day of a date written with a time, as Hugo writes them", () => {
    for (const date of ["2024-01-05T10:30:00Z", "2024-01-05 10:30:00", "2024-01-05T23:59:59+02:00"]) {
      const record = parseText(`---\ntitle: Dated\ndate: ${date}\n---\nText.\n`, "dated.md");
      expect(record.date, date).toBe("2024-01-05");
      expect(frontMatterErrors(record)).toEqual([]);
    }
    expect(parseText("---\ntitle: Dated\ndate: 2024-01-05Tnoon\n---\nText.\n", "bad.md").messages).toContainEqual(expect.objectContaining({ rule: "date", severity: "error" }));
  });

  it("refuses Hugo's TOML front matter with one error, and shows none of it", () => {
    const record = parseText('+++\ntitle = "Bridge"\nsecret = "key"\n+++\nText.\n', "toml.md");
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('TOML ("+++") is not read') })]);
    expect(record.paragraphs).toEqual(["<p>Text.</p>"]);
  });

  it("takes four dashes for a rule in the story, not front matter", () => {
    const record = parseText("----\ntitle: not front matter\n----\n", "dashes.md");
    expect(frontMatterErrors(record)).toEqual([]);
    expect(record.paragraphs.join("")).toContain("title: not front matter");
  });

  it("takes an empty block as no fields", () => {
    const record = parseText("---\n---\nText.\n", "empty.md");
    expect(frontMatterErrors(record)).toEqual([]);
    expect(record).toMatchObject({ headline: "empty", paragraphs: ["<p>Text.</p>"] });
  });

  it("is an error when the block is not a mapping of fields", () => {
    const record = parseText("---\n- a\n- b\n---\nText.\n", "list.md");
    expect(frontMatterErrors(record)).toHaveLength(1);
    expect(record.paragraphs).toEqual(["<p>Text.</p>"]);
  });

  it("is an error on a duplicate key", () => {
    const record = parseText("---\ntitle: One\ntitle: Two\n---\nText.\n", "dup.md");
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it("gives no JavaScript value for a !!js/function tag, nor a Buffer for !!binary", () => {
    const fn = parseText('---\ntitle: !!js/function "function () { globalThis.__pwned = 1 }"\n---\nText.\n', "fn.md");
    expect(pwned.__pwned).toBeUndefined();
    expect(typeof fn.headline).toBe("string");
    expect(fn.messages.some((m) => m.rule === "front-matter" && m.message.includes("js/function"))).toBe(true);
    const binary = parseText("---\ntitle: !!binary aGVsbG8=\n---\nText.\n", "bin.md");
    expect(typeof binary.headline).toBe("string");
    expect(binary.messages.some((m) => m.rule === "front-matter" && m.message.includes("binary"))).toBe(true);
  });

  it("merges nothing through a << key (YAML 1.2 core has no merge keys)", () => {
    const record = parseText("---\nbase: &b { title: Merged in }\n<<: *b\n---\nText.\n", "merge.md");
    expect(record.headline).not.toBe("Merged in");
  });

  it("pollutes no prototype through __proto__", () => {
    parseText("---\n__proto__: { polluted: 1 }\ntitle: Proto\n---\nText.\n", "proto.md");
    parseText('---json\n{"__proto__": {"polluted": 1}, "title": "Proto"}\n---\nText.\n', "proto.md");
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("front matter that costs more than its size", () => {
  it("is an error on a billion-laughs alias bomb, quickly", () => {
    const text = billionLaughs(9);
    expect(text.length).toBeLessThan(400);
    const { record, ms } = timed(text);
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ message: expect.stringContaining("alias") })]);
    expect(ms).toBeLessThan(5000);
  });

  it("bounds aliases in a field the record keeps", () => {
    const { record, ms } = timed(billionLaughs(6, "tags"));
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ message: expect.stringContaining("alias") })]);
    expect(record.tags?.length ?? 0).toBeLessThan(100);
    expect(ms).toBeLessThan(5000);
  });

  it("bounds a tag list made of aliases", () => {
    const text = `---\nt: &t bomb\ntags: [${Array(2000).fill("*t").join(", ")}]\n---\nText.\n`;
    const { record, ms } = timed(text);
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ message: expect.stringContaining("alias") })]);
    expect(ms).toBeLessThan(5000);
  });

  it("bounds an alias bomb used as a key", () => {
    const text = billionLaughs(9).replace("---\nBody.", "? *i\n: key\n---\nBody.");
    const { record, ms } = timed(text);
    expect(frontMatterErrors(record)).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  });

  it("turns JSON nested too deeply into an error, not a crash", () => {
    const depth = 1_000_000;
    const { record } = timed(`---json\n{"title": ${"[".repeat(depth)}${"]".repeat(depth)}}\n---\nText.\n`, "deep.md");
    expect(frontMatterErrors(record)).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining("not valid JSON") })]);
    expect(record.paragraphs).toEqual(["<p>Text.</p>"]);
    expect(record.headline).toBe("deep");
  });

  it("reads a block of blank-ish lines in linear time", () => {
    const { record, ms } = timed(`---\n${" \n".repeat(80000)}title: Spaced\n---\nText.\n`, "spaces.md");
    expect(record.headline).toBe("Spaced");
    expect(ms).toBeLessThan(5000);
  });

  it("reads a block of 1 MB without trouble", () => {
    const lines = Array.from({ length: 40000 }, (_, i) => `k${i}: "${"v".repeat(20)}"`);
    const { record, ms } = timed(`---\ntitle: Big\n${lines.join("\n")}\n---\nText.\n`, "big.md");
    expect(frontMatterErrors(record)).toEqual([]);
    expect(record.headline).toBe("Big");
    expect(ms).toBeLessThan(10_000);
  });

  it("turns YAML nested too deeply into an error, not a crash", () => {
    const depth = 200000;
    const { record } = timed(`---\ntitle: ${"[".repeat(depth)}${"]".repeat(depth)}\n---\nText.\n`, "deep.md");
    expect(frontMatterErrors(record)).toHaveLength(1);
    expect(record.paragraphs).toEqual(["<p>Text.</p>"]);
  });
});

describe("front matter values of unexpected types", () => {
  it("warns about a title that is a list, and uses the file name", () => {
    const record = parseText("---\ntitle: [a, b]\n---\nText.\n", "list-title.md");
    expect(record.headline).toBe("list-title");
    expect(warningsOn(record, "title")).toHaveLength(1);
  });

  it("warns about a tag that is a map and keeps the others", () => {
    const record = parseText("---\ntitle: T\ntags: [one, { two: 2 }, three]\n---\nText.\n", "tags.md");
    expect(record.tags).toEqual(["one", "three"]);
    expect(warningsOn(record, "tags")).toHaveLength(1);
  });

  it("warns about author, source, slug, date and related of the wrong type", () => {
    const record = parseText("---\ntitle: T\nauthor: [x]\nsource: { a: 1 }\nslug: [s]\ndate: { y: 2024 }\nrelated: { a: 1 }\n---\nText.\n", "types.md");
    for (const field of ["author", "source", "slug", "date", "related"]) expect(warningsOn(record, field)).toHaveLength(1);
    expect(record).toMatchObject({ author: null, date: null, slug: "t", related: [] });
  });

  it("keeps a 1 MB tag list from throwing, and bounds it", () => {
    const tags = Array.from({ length: 100000 }, (_, i) => `tag${i}`);
    const { record, ms } = timed(`---\ntitle: Tags\ntags: [${tags.join(", ")}]\n---\nText.\n`, "many.md");
    expect(record.headline).toBe("Tags");
    expect(record.tags?.length).toBeLessThanOrEqual(100);
    expect(warningsOn(record, "tags")).toHaveLength(1);
    expect(ms).toBeLessThan(10_000);
  });

  it("cleans control characters and noncharacters out of escaped YAML strings", () => {
    const record = parseText('---\ntitle: "A\\x01B\\uFFFFC\\ud800D\\x7fE\\u0085F"\ntags: ["t\\x02"]\nauthor: "J\\x1bR"\n---\nText.\n', "escaped.md");
    expect(record.headline).toMatch(/^A.?B.?C.?D.?E.?F$/u);
    expect(record.headline).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\uffff]/);
    expect(record.tags?.join("")).not.toMatch(/[\u0000-\u001f]/);
    expect(record.author).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe("title and headline", () => {
  it("takes headline when title is empty or of the wrong type", () => {
    expect(parseText("---\ntitle:\nheadline: From headline\n---\nText.\n", "h.md").headline).toBe("From headline");
    expect(parseText("---\ntitle: [a]\nheadline: From headline\n---\nText.\n", "h.md").headline).toBe("From headline");
  });
});
