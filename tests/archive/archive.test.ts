import { describe, expect, it } from "vitest";
import { buildArchive, searchShards, searchShardSize, type Archive } from "../../src/archive/archive.js";
import type { DateGroup } from "../../src/archive/dates.js";
import type { ArticleEntry } from "../../src/types.js";
import { articleEntry } from "../../src/archive/entry.js";
import { parseText } from "../helpers.js";

const article = (file: string, date: string, headline: string, body: string[], extra: string[] = []) =>
  articleEntry(parseText([` date ${date} ${headline}`, ...body, ...extra].join("\n"), file));

const a = article("a.txt", "2024-03-05", "Council approves the bridge budget", ['"We will open the new bridge in spring," Mayor Anna Petrova said.'], ["- » Ring road traffic doubles after the bridge closure"]);
const b = article("b.txt", "2024-03-07", "Ring road traffic doubles after the bridge closure", [
  '"The traffic on the ring road has doubled since March," Petrova said, according to Reuters.',
  '"We are counting the cars every single day," said Ivan Georgiev, a traffic analyst.',
]);
const c = article("c.txt", "2023-11-20", "Mayor Anna Petróva opens the winter market", ['"The market will stay open until the new year," Ms. Anna Petróva told reporters.', "The market opened in Sofia."]);
const d = article("d.txt", "2024-03-05", "Council approves the bridge budget", ["Second story under the same headline and date."]);

describe("the archive", () => {
  const archive = buildArchive([d, c, b, a]);

  it("orders articles newest first, whatever order they came in", () => {
    expect(archive.articles.map((x) => x.file)).toEqual(["b.txt", "a.txt", "d.txt", "c.txt"]);
    expect(buildArchive([a, b, c, d]).articles.map((x) => x.url)).toEqual(archive.articles.map((x) => x.url));
  });

  it("gives two articles of one day with one slug distinct URLs, by file order", () => {
    expect(archive.articles.find((x) => x.file === "a.txt")!.url).toBe("/2024/03/05/council-approves-the-bridge-budget/");
    expect(archive.articles.find((x) => x.file === "d.txt")!.url).toBe("/2024/03/05/council-approves-the-bridge-budget-2/");
  });

  it("links a related headline to the archive's article, and leaves others plain", () => {
    expect(archive.related.get("a")).toEqual([{ headline: "Ring road traffic doubles after the bridge closure", url: "/2024/03/07/ring-road-traffic-doubles-after-the-bridge-closure/" }]);
    const lone = buildArchive([a]);
    expect(lone.related.get("a")).toEqual([{ headline: "Ring road traffic doubles after the bridge closure", url: null }]);
  });

  it("groups articles by year, month and day with counts", () => {
    expect(archive.years.map((y) => [y.key, y.articles.length])).toEqual([["2024", 3], ["2023", 1]]);
    expect(archive.years[0].children.map((m) => [m.key, m.url, m.articles.length])).toEqual([["2024-03", "/2024/03/", 3]]);
    expect(archive.years[0].children[0].children.map((day) => [day.key, day.articles.length])).toEqual([["2024-03-07", 1], ["2024-03-05", 2]]);
  });

  it("gives one person one page across spellings, most quoted first", () => {
    const petrova = archive.people[0];
    expect(petrova.name).toBe("Anna Petrova");
    expect(petrova.url).toBe("/people/anna-petrova/");
    expect(petrova.quotes.map((q) => q.article.file)).toEqual(["b.txt", "a.txt", "c.txt"]);
    expect(petrova.roles).toContainEqual({ role: "Mayor", first: "2024-03-05", last: "2024-03-05" });
    expect(petrova.aliases).toEqual(["Anna Petróva", "Petrova"]);
    expect(archive.people.map((p) => p.name)).toEqual(["Anna Petrova", "Ivan Georgiev"]);
  });

  it("indexes sources and topics with their articles", () => {
    expect(archive.sources.map((s) => [s.name, s.url, s.articles.length])).toEqual([["Reuters", "/sources/reuters/", 1]]);
    expect(archive.topics.find((t) => t.name === "Sofia")).toMatchObject({ kind: "place", url: "/topics/sofia/" });
  });
});

describe("search shards", () => {
  const entries = (n: number) => Array.from({ length: n }, () => ({}) as ArticleEntry);
  const month = (key: string, n: number): DateGroup => ({ key, level: "month", url: "", articles: entries(n), children: [] });
  const year = (key: string, months: DateGroup[]): DateGroup => ({ key, level: "year", url: "", articles: months.flatMap((m) => m.articles), children: months });
  const archiveOf = (years: DateGroup[], undated = 0) => ({ years, undated: entries(undated) }) as unknown as Archive;

  it("keep a year whole up to the shard size, and split a larger one into runs of months, newest first", () => {
    const small = year("2023", [month("2023-06", 10), month("2023-01", 20)]);
    const months = Array.from({ length: 12 }, (_, i) => month(`2024-${String(12 - i).padStart(2, "0")}`, 300));
    const shards = searchShards(archiveOf([year("2024", months), small], 3));
    expect(shards.map((s) => [s.key, s.articles.length])).toEqual([["2024-05", 2400], ["2024-01", 1200], ["2023", 30], ["undated", 3]]);
    expect(shards.every((s) => s.articles.length <= searchShardSize)).toBe(true);
  });

  it("never split a month, however large", () => {
    const shards = searchShards(archiveOf([year("2024", [month("2024-02", searchShardSize + 1), month("2024-01", 5)])]));
    expect(shards.map((s) => [s.key, s.articles.length])).toEqual([["2024-02", searchShardSize + 1], ["2024-01", 5]]);
  });
});
