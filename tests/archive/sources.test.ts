// One source, one page, however the articles spell it: the outlet's long and short
// names, and "the Post" in an article that names (or is) the Washington Post.
import { describe, expect, it } from "vitest";
import { indexSources } from "../../src/archive/sources.js";
import { articleEntry } from "../../src/archive/entry.js";
import type { ArticleEntry, Publisher, SourceKind } from "../../src/types.js";
import { parseText } from "../helpers.js";

let n = 0;
function article(sources: Array<[string, SourceKind]>, publisher: Publisher | null = null): ArticleEntry {
  const entry = articleEntry(parseText(` date 2024-03-0${1 + (n % 9)} Story ${n}\nText.\n`, `s${n++}.txt`));
  return { ...entry, sources: sources.map(([name, kind]) => ({ name, kind })), publisher };
}

describe("the sources index", () => {
  it("joins an outlet's long and short names", () => {
    const index = indexSources([article([["ABC News", "outlet"]]), article([["ABC", "outlet"]]), article([["Breitbart News", "outlet"]]), article([["Breitbart", "outlet"]]), article([["Huffington Post", "outlet"]]), article([["HuffPost", "outlet"]])]);
    expect(index.map((s) => [s.slug, s.articles.length])).toEqual([["abc-news", 2], ["breitbart-news", 2], ["huffington-post", 2]]);
  });

  it("gives a one-word name to the source of the article that ends with it, and keeps it apart elsewhere", () => {
    const named = article([["Washington Post", "outlet"], ["Post", "other"]]);
    const published = article([["Post", "other"]], { name: "The Washington Post" });
    const unclear = article([["Post", "other"]]);
    const both = article([["New York Post", "outlet"], ["Washington Post", "outlet"], ["Post", "other"]]);
    const index = indexSources([named, published, unclear, both]);
    const post = index.find((s) => s.name === "Washington Post")!;
    expect(post.articles).toEqual([named, published, both]);
    expect(index.find((s) => s.name === "Post")!.articles).toEqual([unclear, both]);
  });
});
