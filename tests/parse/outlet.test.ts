// The outlet rule: a publisher from boilerplate, front matter `source`, or a file-name
// prefix the outlet list or the "outlets" setting knows; none from an unknown prefix.
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/parse/index.js";
import { prefixOutlet } from "../../src/parse/outlet.js";
import { seedFromBytes } from "../../src/read/seeds.js";
import { parseText } from "../helpers.js";

const story = " date 2020-01-02 A headline\nThe council met on Tuesday.\n";
const markdown = (front: string) => `---\ntitle: A headline\ndate: 2020-01-02\n${front}---\n\nThe council met on Tuesday.\n`;
const parseWith = (file: string, outlets: Record<string, string>) => parseSeed(seedFromBytes(file, Buffer.from(story, "utf8")), undefined, { outlets });

describe("the outlet of an article", () => {
  it("comes from a known file-name prefix", () => {
    expect(parseText(story, "nyt_2020-01-02_council-meets.txt").publisher).toEqual({ name: "The New York Times" });
    expect(parseText(story, "2020/breitbart_council-meets.txt").publisher).toEqual({ name: "Breitbart News" });
    expect(parseText(story, "WAPO_2020-01-02_council.txt").publisher).toEqual({ name: "The Washington Post" });
  });

  it("is none for an unknown prefix, a name without one, or a prefix that is an object's own property name", () => {
    expect(parseText(story, "gazette_2020-01-02_council-meets.txt").publisher).toBeNull();
    expect(parseText(story, "council-meets.txt").publisher).toBeNull();
    expect(parseText(story, "_nyt_council.txt").publisher).toBeNull();
    expect(parseText(story, "constructor_2020-01-02_council.txt").publisher).toBeNull();
    expect(prefixOutlet("__proto___2020-01-02.txt", {})).toBeNull();
  });

  it("takes the setting's names over the list's, and adds to it", () => {
    expect(parseWith("gazette_2020-01-02_council.txt", { gazette: "The Village Gazette" }).publisher).toEqual({ name: "The Village Gazette" });
    expect(parseWith("nyt_2020-01-02_council.txt", { nyt: "New York Times Co." }).publisher).toEqual({ name: "New York Times Co." });
    expect(parseWith("politico_2020-01-02_council.txt", { gazette: "The Village Gazette" }).publisher).toEqual({ name: "Politico" });
  });

  it("keeps the boilerplate's publisher before the file name's", () => {
    const record = parseText(`${story}Write to us at desk@gazette.example.com\n`, "nyt_2020-01-02_council.txt");
    expect(record.publisher).toEqual({ name: "gazette.example.com", email: "desk@gazette.example.com" });
  });

  it("comes from a Markdown seed's front matter source, else its file name", () => {
    expect(parseText(markdown("source: The Village Gazette\n"), "nyt_2020-01-02_council.md").publisher).toEqual({ name: "The Village Gazette" });
    expect(parseText(markdown(""), "nyt_2020-01-02_council.md").publisher).toEqual({ name: "The New York Times" });
    expect(parseText(markdown(""), "council.md").publisher).toBeNull();
  });
});
