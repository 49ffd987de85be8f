// The benchmark's pure parts: the corpus generator and the report. Runs without Hugo,
// Eleventy or the network; the builds themselves are measured only by `npm run bench`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-ignore: the bench is plain JavaScript without type declarations
import { articleName, makeArticle, markdownText, seedText, writeOwnCorpus } from "../../bench/corpus.mjs";
// @ts-ignore: as above
import { parseTimeOutput } from "../../bench/measure.mjs";
// @ts-ignore: as above
import { formatTable, median, ratios, summarize } from "../../bench/report.mjs";

const temp = mkdtempSync(join(tmpdir(), "broadsheet-bench-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folderBytes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

describe("corpus", () => {
  it("gives byte-identical files for the same N", () => {
    writeOwnCorpus(30, join(temp, "a", "seeds"), join(temp, "a", "md"));
    writeOwnCorpus(30, join(temp, "b", "seeds"), join(temp, "b", "md"));
    const seeds = folderBytes(join(temp, "a", "seeds"));
    expect(Object.keys(seeds)).toHaveLength(30);
    expect(folderBytes(join(temp, "b", "seeds"))).toEqual(seeds);
    expect(folderBytes(join(temp, "b", "md"))).toEqual(folderBytes(join(temp, "a", "md")));
  });

  it("keeps an article the same whatever N is, so sizes share their first articles", () => {
    writeOwnCorpus(10, join(temp, "ten", "seeds"), join(temp, "ten", "md"));
    writeOwnCorpus(30, join(temp, "thirty", "seeds"), join(temp, "thirty", "md"));
    const ten = Object.values(folderBytes(join(temp, "ten", "seeds")));
    const thirty = Object.values(folderBytes(join(temp, "thirty", "seeds")));
    expect(ten).toEqual(thirty.slice(0, 10));
    expect(seedText(makeArticle(7))).toBe(ten[7]);
    expect(makeArticle(7)).not.toEqual(makeArticle(8));
  });

  it("names files so that they sort in article order", () => {
    expect(articleName(0, 1000)).toBe("article-0001");
    expect(articleName(999, 1000)).toBe("article-1000");
  });

  it("writes seeds in the scrape format", () => {
    const lines: string[] = seedText(makeArticle(3)).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ date \d{4}-\d{2}-\d{2} \S.+$/);
    expect(lines.some((l) => l.startsWith("- » "))).toBe(true);
    expect(lines.some((l) => l.includes("desk@example-news.bg"))).toBe(true);
    const text = Array.from({ length: 20 }, (_, i) => seedText(makeArticle(i))).join("");
    expect(text).toMatch(/^"[^"\n]+," [A-Z][a-z]+ (said|told journalists|added|warned)\.$/m);
  });

  it("writes the same article as Markdown with title, date and tags", () => {
    const article = makeArticle(3);
    const md = markdownText(article);
    expect(md.startsWith(`---\ntitle: ${JSON.stringify(article.headline)}\ndate: ${article.date}\ntags: [`)).toBe(true);
    expect(md).toContain(`\n${article.paragraphs[1]}\n`);
  });
});

describe("measure", () => {
  it("reads GNU time's numbers after its exit-status line", () => {
    expect(parseTimeOutput("Command exited with non-zero status 1\n1.50 0.75 0.25 20480\n")).toEqual({ wallSeconds: 1.5, cpuSeconds: 1, maxRssKiB: 20480 });
    expect(parseTimeOutput("Command terminated by signal 9\n")).toBeNull();
  });
});

describe("report", () => {
  const run = (status: string, wallSeconds: number, peakRssMiB: number) => ({ status, wallSeconds, cpuSeconds: wallSeconds * 1.5, peakRssMiB, pages: 100 });

  it("takes medians over the runs that finished", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const s = summarize("hugo", [run("ok", 3, 30), run("ok", 1, 10), run("timed out", 99, 99)]);
    expect(s).toMatchObject({ tool: "hugo", runs: 3, succeeded: 2, status: "ok", wallSeconds: 2, peakRssMiB: 20 });
  });

  it("keeps a failure as the status when no run finished", () => {
    const s = summarize("eleventy", [{ status: "out of memory", wallSeconds: 40, cpuSeconds: 50, peakRssMiB: 4000, pages: 0 }]);
    expect(s).toMatchObject({ status: "out of memory", succeeded: 0, wallSeconds: null });
  });

  it("prints the table with Broadsheet's ratios to the peers that finished", () => {
    const summaries = [
      summarize("broadsheet", [run("ok", 5, 200)]),
      summarize("hugo", [run("ok", 10, 800)]),
      summarize("eleventy", [{ status: "out of memory", wallSeconds: 40, cpuSeconds: 50, peakRssMiB: 4000, pages: 0 }]),
    ];
    expect(ratios(summaries)).toEqual([{ ours: "broadsheet", peer: "hugo", wall: 0.5, rss: 0.25 }]);
    expect(formatTable(10000, summaries, 1)).toBe(
      [
        "10000 articles, median of 1 run",
        "tool        wall s  CPU s  peak RSS MiB  pages  status",
        "broadsheet    5.00   7.50           200    100  ok",
        "hugo         10.00  15.00           800    100  ok",
        "eleventy         -      -             -      -  out of memory",
        "Broadsheet/Hugo: wall 0.50x, peak RSS 0.25x",
      ].join("\n"),
    );
  });

  it("gives Broadsheet without search its own ratios", () => {
    const summaries = [
      summarize("broadsheet", [run("ok", 5, 200)]),
      summarize("broadsheet-no-search", [run("ok", 2, 100)]),
      summarize("hugo", [run("ok", 10, 800)]),
    ];
    expect(ratios(summaries).map((r: { ours: string; peer: string; wall: number }) => [r.ours, r.peer, r.wall])).toEqual([["broadsheet", "hugo", 0.5], ["broadsheet-no-search", "hugo", 0.2]]);
    expect(formatTable(1000, summaries, 1)).toContain("Broadsheet without search/Hugo: wall 0.20x, peak RSS 0.13x");
  });
});
