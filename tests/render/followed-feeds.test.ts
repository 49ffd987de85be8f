// An Atom feed for each person, source and topic: valid Atom, its newest entries, escaped,
// linked from its page, the same bytes on every build.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { tempDir } from "../helpers.js";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** The document as a tree; throws on anything that is not well-formed XML. */
function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [{ name: "#document", attributes: {}, text: "", children: [] }];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const element = { name: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), text: "", children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => (stack.at(-1)!.text += text));
  parser.on("closetag", () => stack.pop());
  parser.write(text).close();
  return stack[0].children[0];
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

/** What RFC 4287 requires of a feed and each entry. */
function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = [];
  if (feed.name !== "feed") problems.push(`root is ${feed.name}`);
  for (const name of ["id", "title", "updated"]) if (!child(feed, name)?.text.trim()) problems.push(`feed has no ${name}`);
  if (!child(feed, "author")) problems.push("feed has no author");
  for (const entry of feed.children.filter((c) => c.name === "entry")) {
    for (const name of ["id", "title", "updated"]) if (!child(entry, name)?.text.trim()) problems.push(`an entry has no ${name}`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(child(entry, "updated")?.text ?? "")) problems.push("an entry's updated is not RFC 3339");
  }
  return problems;
}

/** Day `i` of 2024's story quoting the mayor, citing an agency, about a town. */
function seed(i: number): string {
  const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
  return [
    ` date ${day} Canal report ${i}: locks & <gates>`,
    `"Lock ${i} opens at dawn," Mayor Oren Castell said, according to Reuters.`,
    `Barges crossed the canal in Sofia on day ${i}.`,
  ].join("\n");
}

describe("feeds to follow", () => {
  const tmp = tempDir();
  const out = join(tmp.path, "out");
  let config: SiteConfig;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  const articles = 25;

  beforeAll(async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(seeds, { recursive: true });
    for (let i = 0; i < articles; i++) writeFileSync(join(seeds, `c${String(i).padStart(2, "0")}.txt`), seed(i));
    config = { ...defaultConfig, seeds, out, baseUrl: "https://example.org/", search: false, pageSize: 10 };
    await build(config);
  }, 120_000);
  afterAll(() => tmp.remove());

  it("writes a valid Atom feed for a person, a source and a topic", () => {
    for (const path of ["people/oren-castell/feed.xml", "sources/reuters/feed.xml", "topics/sofia/feed.xml"]) {
      expect(atomProblems(parseXml(read(path))), path).toEqual([]);
    }
  });

  it("holds the newest 20 entries, newest first, with the feed's own id and links", () => {
    const feed = parseXml(read("people/oren-castell/feed.xml"));
    const entries = feed.children.filter((c) => c.name === "entry");
    expect(entries).toHaveLength(20);
    expect(child(entries[0], "title")!.text).toBe(`Canal report ${articles - 1}: locks & <gates>`);
    expect(child(entries[19], "title")!.text).toBe(`Canal report ${articles - 20}: locks & <gates>`);
    expect(child(feed, "id")!.text).toBe("https://example.org/people/oren-castell/");
    const links = feed.children.filter((c) => c.name === "link").map((l) => [l.attributes.rel, l.attributes.href]);
    expect(links).toEqual([["self", "https://example.org/people/oren-castell/feed.xml"], ["alternate", "https://example.org/people/oren-castell/"]]);
    expect(child(feed, "updated")!.text).toBe(`${new Date(Date.UTC(2024, 0, articles)).toISOString().slice(0, 10)}T00:00:00Z`);
  });

  it("escapes every seed string", () => {
    const text = read("sources/reuters/feed.xml");
    expect(text).toContain("locks &amp; &lt;gates&gt;");
    expect(text).not.toContain("<gates>");
  });

  it("is linked from its page, in the head and visibly, on every page of the listing", () => {
    for (const path of ["people/oren-castell/index.html", "people/oren-castell/page/1/index.html", "sources/reuters/index.html", "topics/sofia/index.html"]) {
      const page = read(path);
      const feed = path.replace(/(page\/\d+\/)?index\.html$/, "feed.xml");
      expect(page, path).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${feed}">`));
      expect(page, path).toMatch(new RegExp(`<p class="follow"><a href="/${feed}" type="application/atom\\+xml">Follow [^<]+: Atom feed</a></p>`));
    }
  });

  it("is the same bytes on a rebuild from scratch", async () => {
    const again = join(tmp.path, "again");
    await build({ ...config, out: again });
    for (const path of ["people/oren-castell/feed.xml", "sources/reuters/feed.xml", "topics/sofia/feed.xml"]) expect(readFileSync(join(again, path), "utf8"), path).toBe(read(path));
  }, 120_000);
});
