// Drafts, placeholder text and placeholder dates, as the parse stage reads them: each a
// warning on its seed's line, so that `check` lists them; a placeholder date leaves
// the article undated.
import { describe, expect, it } from "vitest";
import { aliasPath } from "../../src/parse/aliases.js";
import { isPlaceholderDate } from "../../src/parse/dates.js";
import { parseText } from "../helpers.js";

const warningsOf = (text: string, file: string, rule: string) => parseText(text, file).messages.filter((m) => m.rule === rule && m.severity === "warning");

describe("draft: true", () => {
  const draft = parseText('---\ntitle: "Harbour pier to reopen"\ndate: 2024-03-05\ndraft: true\n---\n\nThe pier reopens.\n', "pier.md");

  it("flags the record as a draft, with a warning on the field's line", () => {
    expect(draft.draft).toBe(true);
    expect(warningsOf('---\ntitle: "Harbour pier to reopen"\ndate: 2024-03-05\ndraft: true\n---\n\nThe pier reopens.\n', "pier.md", "draft").map((m) => m.line)).toEqual([4]);
  });

  it("leaves the flag out of a record that is no draft, and takes yes and no as written by hand", () => {
    expect("draft" in parseText('---\ntitle: "Pier"\ndraft: false\n---\n\nText.\n', "a.md")).toBe(false);
    expect("draft" in parseText('---\ntitle: "Pier"\n---\n\nText.\n', "a.md")).toBe(false);
    expect(parseText('---json\n{"title": "Pier", "draft": "yes"}\n---\n\nText.\n', "a.md").draft).toBe(true);
  });

  it("warns of a draft field that is no yes or no, and takes it as no draft", () => {
    const odd = parseText('---\ntitle: "Pier"\ndraft: [soon]\n---\n\nText.\n', "a.md");
    expect(odd.draft).toBeUndefined();
    expect(odd.messages.find((m) => m.rule === "front-matter")).toMatchObject({ line: 3, message: expect.stringContaining('"draft"') });
  });
});

describe("placeholder text", () => {
  it("is a warning on the line of what broadsheet new writes, or of Lorem ipsum", () => {
    expect(warningsOf('---\ntitle: "Pier"\ndate: 2024-03-05\n---\n\nWrite the story here.\n', "a.md", "placeholder").map((m) => m.line)).toEqual([6]);
    expect(warningsOf(" date 2024-03-05 Pier reopens\nThe pier reopens on Monday.\nLorem ipsum dolor sit amet.\n", "a.txt", "placeholder").map((m) => m.line)).toEqual([3]);
  });

  it("is no warning in a story that was written", () => {
    expect(warningsOf(" date 2024-03-05 Pier reopens\nThe harbour master asked readers to write the story of the pier.\n", "a.txt", "placeholder")).toEqual([]);
  });
});

describe("placeholder dates", () => {
  it("are the years before 1800, the zero dates and the end of time, not dates an archive has", () => {
    expect(["0001-01-01", "1799-12-31", "1970-01-01", "1970-01", "1900-01-01", "9999-12-31"].filter(isPlaceholderDate)).toHaveLength(6);
    expect(["1800-01-01", "1970-01-02", "1969-12-31", "1900-02-01", "2024-03-05"].filter(isPlaceholderDate)).toEqual([]);
  });

  it("leave a text seed undated, with a warning at the date", () => {
    const record = parseText(" date 0001-01-01 Pier reopens on Monday\nThe pier reopens.\n", "a.txt");
    expect(record.date).toBeNull();
    expect(record.url).toBe("/undated/pier-reopens-on-monday/");
    expect(record.messages.find((m) => m.rule === "date")).toMatchObject({ severity: "warning", line: 1, column: 7, message: expect.stringContaining("placeholder") });
  });

  it("leave a Markdown seed undated, with a warning on the field's line", () => {
    const record = parseText('---\ntitle: "Pier reopens"\ndate: 1970-01-01T00:00:00Z\n---\n\nThe pier reopens.\n', "a.md");
    expect(record.date).toBeNull();
    expect(record.messages.find((m) => m.rule === "date")).toMatchObject({ severity: "warning", line: 3 });
  });

  it("are not taken from a file name", () => {
    expect(parseText("The pier reopens on Monday, the harbour master said.\n", "gazette_1970-01-01_pier.txt").date).toBeNull();
  });
});

describe("aliases", () => {
  it("are site paths: a folder with a slash at the end, or an .html page", () => {
    expect(["old/pier", "/old/pier/", "/old/pier.html", " /2019/03/05/pier/ "].map(aliasPath)).toEqual(["/old/pier/", "/old/pier/", "/old/pier.html", "/2019/03/05/pier/"]);
  });

  it("are never a full URL, a query, a climb out of the site, a hidden name or the home page", () => {
    expect(["https://example.org/pier/", "/pier?id=3", "/../pier/", "/old/./pier/", "/.git/", "/", "", "/pier//x/", "/piér/"].map(aliasPath)).toEqual(Array(9).fill(null));
  });

  it("come into the record from front matter, each once, and a bad one is a warning on the field's line", () => {
    const record = parseText('---\ntitle: "Pier"\ndate: 2024-03-05\naliases: ["/old/pier/", "old/pier", "/pier?x"]\n---\n\nText.\n', "a.md");
    expect(record.aliases).toEqual(["/old/pier/"]);
    expect(record.messages.filter((m) => m.rule === "aliases").map((m) => m.line)).toEqual([4]);
  });
});
