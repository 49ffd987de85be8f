import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/archive.js";
import { articleEntry } from "../../src/archive/entry.js";
import { defaultConfig } from "../../src/config.js";
import type { Page } from "../../src/render/page.js";
import { summary } from "../../src/render/page.js";
import { articlePages, withStory } from "../../src/render/pages.js";
import { pageFingerprint, type Revisions } from "../../src/site/fingerprint.js";
import type { ArticleEntry } from "../../src/types.js";
import { parseText } from "../helpers.js";

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
  // articles that link one another: a related headline, a person, a source and topics in common, neighbours by date, names whose pages depend on the others
  const seeds = [
    ' date 2024-05-02 The bridge opens\n"We will open the bridge in spring," Mayor Boris Ivanov said, reported Reuters.\nThe council met in Varna, Bulgaria.\n- » The ferry returns\n',
    ' date 2024-05-01 The ferry returns\n"The ferry is back," Anna Petrova told reporters, reported Reuters.\n',
    ' date 2024-05-03 Petrova answers\n"I answer to the council," Petrova said, according to BTA.\n- » The bridge opens\n',
    ' date 2024-05-02 A second Petrova\n"We start in June," said Ivan Petrov, the minister, reported Reuters.\nMayor Anna Petrova attended the meeting in Sofia, Bulgaria.\n',
    "---\ntitle: Bulgaria votes\ndate: 2024-04-30\nsource: Odz Radio\n---\nVoters in Bulgaria went to the polls.\n",
    // a topic and a source whose names make the slug of another's, "odz" (the source's other is above): with the other there, they have "odz-2"; between the topics, an article neither neighbour changes with
    "---\ntitle: Letters\ndate: 2024-05-04\ntags: [Łódź]\nsource: Łódź Radio\n---\nThe letters came.\n",
    "---\ntitle: Code club\ndate: 2024-05-05\n---\nThe club met.\n",
    "---\ntitle: More letters\ndate: 2024-05-06\ntags: [Odz]\n---\nMore letters came.\n",
  ].map((text, i) => articleEntry(parseText(text, text.startsWith("---") ? `${i}.md` : `${i}.txt`)));

  /** Each entry stands for its seed by its own data, as a revision does for the seed's bytes. */
  function revisionsOf(articles: ArticleEntry[]): Revisions {
    const revisions: Revisions = new WeakMap();
    for (const article of articles) {
      const revision = JSON.stringify([article.file, article.id, article.url]);
      revisions.set(article, revision);
      revisions.set(summary(article), `${revision}s`);
    }
    return revisions;
  }

  it("changes whenever the page's data does, in every archive these seeds make", () => {
    /** Each archive made of some of the seeds, each of its article pages by seed: by what it is fingerprinted by, and by all its data. */
    const archives = Array.from({ length: 2 ** seeds.length }, (_, set) => {
      const archive = buildArchive(seeds.filter((_, i) => set & (2 ** i)));
      const revisions = revisionsOf(archive.articles);
      const pages = new Map<string, { inputs: string; data: string }>();
      for (const page of articlePages(archive)) {
        pages.set(page.story!, { inputs: pageFingerprint(page, revisions, ""), data: pageFingerprint({ ...page, inputs: undefined } satisfies Page, revisions, "") });
      }
      return pages;
    });
    let differing = 0;
    for (const one of archives) {
      for (const other of archives) {
        for (const [file, page] of one) {
          const there = other.get(file);
          if (!there || there.data === page.data) continue;
          differing++;
          expect(there.inputs, file).not.toBe(page.inputs);
        }
      }
    }
    // the seeds make pages that differ between archives, or the check above checks nothing
    expect(differing).toBeGreaterThan(100);
  });
});
