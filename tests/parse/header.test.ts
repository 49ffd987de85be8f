import { describe, expect, it } from "vitest";
import { parseBytes, parseText } from "../helpers.js";

const story = [
  '"We will open the new bridge in spring," Mayor Anna Petrova said on Monday.',
  "The works began two years ago and cost more than planned.",
].join("\n");

describe("text seed headers", () => {
  it("reads a full date and the headline after it", () => {
    const r = parseText(` date 2024-03-05 Bridge to open in spring\n${story}\n`);
    expect(r.date).toBe("2024-03-05");
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.url).toBe("/2024/03/05/bridge-to-open-in-spring/");
    expect(r.paragraphs).toHaveLength(2);
  });

  it("keeps a month-only date as YYYY-MM with a month URL", () => {
    const r = parseText(` date 2023-02 Bridge to open in spring\n${story}\n`);
    expect(r.date).toBe("2023-02");
    expect(r.url).toBe("/2023/02/bridge-to-open-in-spring/");
  });

  it("has no date and warns when the date line is missing", () => {
    const r = parseText(`Bridge to open in spring\n${story}\n`);
    expect(r.date).toBeNull();
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.url).toBe("/undated/bridge-to-open-in-spring/");
    expect(r.messages).toContainEqual(expect.objectContaining({ severity: "warning", rule: "date", line: 1 }));
  });

  it("takes a missing date from a dated file name", () => {
    const r = parseText(`Bridge to open in spring\n${story}\n`, "ap_2016-09-12_bridge.txt");
    expect(r.date).toBe("2016-09-12");
  });

  it("reports an impossible date as an error at its line and column", () => {
    const r = parseText(` date 2023-02-30 Bridge to open in spring\n${story}\n`, "bad.txt");
    expect(r.date).toBeNull();
    expect(r.messages).toContainEqual({ file: "bad.txt", line: 1, column: 7, severity: "error", rule: "date", message: expect.stringContaining("2023-02-30") });
  });

  it("keeps a first line that is a paragraph in the story and lets its first sentence stand in as headline", () => {
    const first = "The city council voted on Tuesday to close the old bridge for good after engineers found cracks in two of its pillars. Traffic will move to the ring road.";
    const r = parseText(` date 2024-03-05 ${first}\n${story}\n`);
    expect(r.paragraphs[0]).toBe(first);
    expect(r.paragraphs).toHaveLength(3);
    expect(r.headline.startsWith("The city council voted on Tuesday")).toBe(true);
    expect(r.messages).toContainEqual(expect.objectContaining({ rule: "headline", severity: "warning" }));
  });

  it("drops a section label above the real headline", () => {
    const r = parseText(` date 2024-03-05 World\nBridge to open in spring after long delays\n${story}\n`);
    expect(r.headline).toBe("Bridge to open in spring after long delays");
    expect(r.paragraphs).toHaveLength(2);
  });

  it("drops site navigation above the headline", () => {
    const r = parseText(` date 2024-03-05 Home | News | World | Sport\nBridge to open in spring\n${story}\n`);
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.paragraphs).not.toContain("Home | News | World | Sport");
  });

  it("reads blank-line separated paragraphs like single-newline ones", () => {
    const single = parseText(` date 2024-03-05 Bridge to open in spring\n${story}\n`);
    const blank = parseText(` date 2024-03-05 Bridge to open in spring\n\n${story.replace("\n", "\n\n")}\n`);
    expect(blank.paragraphs).toEqual(single.paragraphs);
  });

  it("joins hard-wrapped lines inside blank-line separated paragraphs", () => {
    const r = parseText(" date 2024-03-05 Bridge to open in spring\n\nThe works began two years ago\nand cost more than planned.\n\nThe mayor said the bridge\nwill open in spring.\n");
    expect(r.paragraphs).toEqual(["The works began two years ago and cost more than planned.", "The mayor said the bridge will open in spring."]);
  });

  it("reads CRLF line endings", () => {
    const r = parseText(` date 2024-03-05 Bridge to open in spring\r\n${story.replace("\n", "\r\n")}\r\n`);
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.paragraphs.every((p) => !p.includes("\r"))).toBe(true);
    expect(r.paragraphs).toHaveLength(2);
  });

  it("reads a UTF-8 byte order mark", () => {
    const r = parseBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(` date 2024-03-05 Мостът отваря\n${story}\n`)]));
    expect(r.date).toBe("2024-03-05");
    expect(r.headline).toBe("Мостът отваря");
    expect(r.slug).toBe("mostat-otvarya");
  });

  it("reads UTF-16 with a byte order mark", () => {
    const text = ` date 2024-03-05 Bridge to open in spring\n${story}\n`;
    const r = parseBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.paragraphs).toHaveLength(2);
  });

  it("reads Windows-1251 Cyrillic and says it guessed the encoding", () => {
    const cp1251 = new Map([..."абвгдежзийклмнопрстуфхцчшщъыьэюя"].map((ch, i) => [ch, 0xe0 + i]));
    const encode = (s: string) => Buffer.from([...s].map((ch) => cp1251.get(ch) ?? ch.charCodeAt(0)));
    const r = parseBytes(encode(" date 2024-03-05 мостът отваря през пролетта\nработите започнаха преди две години\n"));
    expect(r.headline).toBe("мостът отваря през пролетта");
    expect(r.messages).toContainEqual(expect.objectContaining({ rule: "encoding", severity: "warning" }));
  });

  it("separates related headlines and publisher boilerplate from the story", () => {
    const r = parseText([
      " date 2024-03-05 Bridge to open in spring", story,
      "Follow Example.com on Twitter and Facebook", "Write to us at desk@example.com",
      "- » Ring road traffic doubles", "- » Council passes budget",
    ].join("\n"));
    expect(r.paragraphs).toHaveLength(2);
    expect(r.related).toEqual(["Ring road traffic doubles", "Council passes budget"]);
    expect(r.boilerplate).toEqual(["Follow Example.com on Twitter and Facebook", "Write to us at desk@example.com"]);
    expect(r.publisher).toEqual({ name: "Example.com", email: "desk@example.com" });
  });

  it("gives a headline-only page a record with no paragraphs", () => {
    const r = parseText(" date 2024-03-05 Bridge to open in spring\n- » Ring road traffic doubles\n");
    expect(r.headline).toBe("Bridge to open in spring");
    expect(r.paragraphs).toEqual([]);
    expect(r.related).toEqual(["Ring road traffic doubles"]);
  });
});
