// An article page's context (outlet, sources, people, topics, each linked to its page
// where the archive has one) and quote anchors: each paragraph an id p-1, p-2, ..., and
// each quote, on a person page and on its article's page, a link to its paragraph.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";

const seeds: Record<string, string> = {
  "nyt_2024-03-01_bridge.txt": [
    " date 2024-03-01 Bridge works begin in Sofia",
    "Works on the new bridge in Sofia began on Friday, Reuters reported.",
    `"We will finish the bridge this year," Mayor Anna Petrova said.`,
    "The old bridge closes next month.",
  ].join("\n"),
  "wire_2024-03-02_bridge.txt": [
    " date 2024-03-02 Bridge costs questioned",
    "The cost of the bridge in Sofia was questioned, The New York Times reported.",
    `"The budget holds," Mayor Anna Petrova said on Saturday.`,
  ].join("\n"),
  "gazette_2024-03-03_fair.txt": " date 2024-03-03 The village fair\nThe fair opens on Sunday.\n",
  "notes.md": "---\ntitle: Notes on the bridge\ndate: 2024-03-04\nsource: The Bridge Weekly\n---\n\nThe first block.\n\nThe mayor, Anna Petrova, said: \"The river is no obstacle.\"\n",
};

describe("article context and quote anchors", () => {
  const tmp = tempDir();
  const out = join(tmp.path, "out");
  const read = (path: string) => readFileSync(join(out, path), "utf8");

  beforeAll(async () => {
    const folder = join(tmp.path, "seeds");
    mkdirSync(folder);
    for (const [file, text] of Object.entries(seeds)) writeFileSync(join(folder, file), text);
    const outlets = { gazette: "The <Village> Gazette", wire: "Wire & Co" };
    await build({ ...defaultConfig, seeds: folder, out, search: false, baseUrl: "https://example.org/archive/", outlets }, { cache: null, workers: 0 });
  }, 120_000);
  afterAll(() => tmp.remove());

  it("gives each paragraph an id in the order of the story", () => {
    const page = read("2024/03/01/bridge-works-begin-in-sofia/index.html");
    expect([...page.matchAll(/<p id="(p-\d+)">/g)].map((m) => m[1])).toEqual(["p-1", "p-2", "p-3"]);
    expect(read("2024/03/04/notes-on-the-bridge/index.html")).toMatch(/<div class="block" id="p-1"><p>The first block.<\/p><\/div>\s*<div class="block" id="p-2"><p>The mayor/);
  });

  it("links the outlet to its source page where the archive has one, else names it, escaped", () => {
    expect(read("2024/03/01/bridge-works-begin-in-sofia/index.html")).toContain('<a class="outlet" href="/archive/sources/new-york-times/">The New York Times</a>');
    expect(read("2024/03/03/the-village-fair/index.html")).toContain('<span class="outlet">The &lt;Village&gt; Gazette</span>');
    expect(read("2024/03/02/bridge-costs-questioned/index.html")).toContain('<span class="outlet">Wire &amp; Co</span>');
  });

  it("links the sources, the people and the topics to their pages", () => {
    const page = read("2024/03/01/bridge-works-begin-in-sofia/index.html");
    expect(page).toContain('<a href="/archive/sources/reuters/">Reuters</a>');
    expect(page).toMatch(/<section class="people"[^>]*>[\s\S]*<a href="\/archive\/people\/anna-petrova\/">Anna Petrova<\/a>/);
    expect(page).toMatch(/<section class="topics"[^>]*>[\s\S]*<a href="\/archive\/topics\/sofia\/">Sofia<\/a>/);
  });

  it("links each quote on a person page to its paragraph, which the article page has", () => {
    const person = read("people/anna-petrova/index.html");
    const links = [...person.matchAll(/class="in-context" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      "/archive/2024/03/04/notes-on-the-bridge/#p-2",
      "/archive/2024/03/02/bridge-costs-questioned/#p-2",
      "/archive/2024/03/01/bridge-works-begin-in-sofia/#p-2",
    ]);
    for (const link of links) {
      const [path, id] = link.replace("/archive/", "").split("#");
      expect(read(`${path}index.html`)).toContain(`id="${id}"`);
    }
  });

  it("links the article page's own quotes to their paragraph", () => {
    const page = read("2024/03/01/bridge-works-begin-in-sofia/index.html");
    expect(page).toMatch(/We will finish the bridge this year<\/p><\/blockquote>[\s\S]*?<a class="in-context" href="#p-2">/);
  });
});
