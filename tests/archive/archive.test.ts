import { describe, expect, it } from "vitest";
import { buildArchive, recentShardSize, searchShards, searchShardSize, type Archive } from "../../src/archive/archive.js";
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
  let made = 0;
  /** `n` articles, newest first, as a year's list holds them. */
  const entries = (n: number) => Array.from({ length: n }, () => ({ id: `a${made++}` }) as ArticleEntry).reverse();
  const year = (key: string, n: number): DateGroup => ({ key, level: "year", url: "", articles: entries(n), children: [] });
  const archiveOf = (years: DateGroup[], undated = 0) => ({ years, undated: entries(undated) }) as unknown as Archive;
  const sizes = (shards: ReturnType<typeof searchShards>) => shards.map((s) => [s.key, s.articles.length]);

  it("hold a closed year in runs of the shard size counted from its oldest article, newest run first", () => {
    const closed = year("2023", 2 * searchShardSize + 7);
    const shards = searchShards(archiveOf([year("2024", 10), closed, year("2022", 30)], 3));
    expect(sizes(shards)).toEqual([["2024", 10], ["2023.3", 7], ["2023.2", searchShardSize], ["2023.1", searchShardSize], ["2022", 30], ["undated", 3]]);
    // the first run holds the oldest articles, newest first within it; the last run the newest
    expect(shards.find((s) => s.key === "2023.1")!.articles).toEqual(closed.articles.slice(-searchShardSize));
    expect(shards.find((s) => s.key === "2023.3")!.articles).toEqual(closed.articles.slice(0, 7));
  });

  it("cut the newest year's growing run into small runs from its oldest article", () => {
    const shards = searchShards(archiveOf([year("2024", searchShardSize + 2 * recentShardSize + 1), year("2023", 5)]));
    expect(sizes(shards)).toEqual([["2024.2.3", 1], ["2024.2.2", recentShardSize], ["2024.2.1", recentShardSize], ["2024.1", searchShardSize], ["2023", 5]]);
    expect(shards.every((s) => s.articles.length <= searchShardSize)).toBe(true);
  });

  it("change one small shard, and no other, when a newest article arrives", () => {
    const before = year("2024", 3 * recentShardSize + 10);
    const after: DateGroup = { ...before, articles: [{ id: "newest" } as ArticleEntry, ...before.articles] };
    const a = searchShards(archiveOf([before]));
    const b = searchShards(archiveOf([after]));
    const changed = b.filter((shard) => {
      const old = a.find((s) => s.key === shard.key);
      return !old || old.articles.map((x) => x.id).join() !== shard.articles.map((x) => x.id).join();
    });
    expect(changed.map((s) => [s.key, s.articles[0].id])).toEqual([["2024.4", "newest"]]);
  });
});
