import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/archive.js";
import { articleEntry } from "../../src/archive/entry.js";
import { defaultConfig } from "../../src/config.js";
import { articlePages, withStory } from "../../src/render/pages.js";
import { parseText } from "../helpers.js";
import { fingerprintMisses } from "./linked-seeds.js";

describe("an article page's links", () => {
  it("links a topic named __proto__ like any other, and pollutes no prototype", () => {
    const entry = articleEntry(parseText("---\ntitle: Prototype day\ndate: 2024-05-01\ntags: [__proto__, constructor]\n---\nA short story.\n", "proto.md"));
    const [page] = articlePages(buildArchive([entry]));
    const urls = page.data.topicUrls as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(urls, "__proto__")?.value).toMatch(/^\/topics\/.+\/$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("links each speaker to the page of the person the archive gives the quote", () => {
    const entry = articleEntry(parseText(' date 2024-05-02 The bridge opens\n"We will open the bridge in spring," Mayor Anna Petrova said.\n', "a.txt"));
    const archive = buildArchive([entry]);
    const [page] = articlePages(archive);
    expect(page.data.speakerUrls).toEqual({ "Anna Petrova": archive.personOf.get(archive.articles[0].quotes[0])!.url });
  });

  it("finds no inherited member for a name without a page, after a worker's copy as before it", () => {
    const record = parseText(' date 2024-05-03 The bridge opens\n"We will open the bridge in spring," Mayor Anna Petrova said.\n', "q.txt");
    const [page] = articlePages(buildArchive([articleEntry(record)]));
    // as a worker receives the page: structured clone gives plain objects
    for (const sent of [page, structuredClone({ ...page, data: page.data })]) {
      const data = withStory(sent, record, defaultConfig).data as Record<string, Record<string, unknown>>;
      for (const map of ["speakerUrls", "personUrls", "sourceUrls", "topicUrls"]) {
        expect(data[map].constructor, map).toBeUndefined();
        expect(data[map].toString, map).toBeUndefined();
      }
      expect(data.speakerUrls["Anna Petrova"]).toMatch(/^\/people\//);
    }
  });
});

describe("what an article page is fingerprinted by", () => {
  it("changes whenever the page's data does, in every archive these seeds make", () => {
    const { differing, missed } = fingerprintMisses(articlePages, (page) => page.story!);
    expect(missed).toEqual([]);
    // the seeds make pages that differ between archives, or the check above checks nothing
    expect(differing.length).toBeGreaterThan(100);
  });
});
