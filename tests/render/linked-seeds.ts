// Seeds whose articles link one another (a related headline, a person, a source and
// topics in common, neighbours by date, names whose pages depend on the others), and
// revisions for what an archive of them holds: for tests of what pages are fingerprinted by.
import type { Archive } from "../../src/archive/archive.js";
import { articleEntry } from "../../src/archive/entry.js";
import { buildArchive } from "../../src/archive/archive.js";
import type { Page } from "../../src/render/page.js";
import { pageFingerprint, type Revisions } from "../../src/site/fingerprint.js";
import { hashOf } from "../../src/site/cache.js";
import { entryRevisions } from "../../src/site/incremental.js";
import type { ArticleEntry } from "../../src/types.js";
import { parseText } from "../helpers.js";

export const linkedSeeds: ArticleEntry[] = [
  ' date 2024-05-02 The bridge opens\n"We will open the bridge in spring," Mayor Boris Ivanov said, reported Reuters.\nThe council met in Varna, Bulgaria.\n- » The ferry returns\n',
  ' date 2024-05-01 The ferry returns\n"The ferry is back," Anna Petrova told reporters, reported Reuters.\n',
  ' date 2024-05-03 Petrova answers\n"I answer to the council," Petrova said, according to BTA.\n- » The bridge opens\n',
  ' date 2024-05-02 A second Petrova\n"We start in June," said Ivan Petrov, the minister, reported Reuters.\nMayor Anna Petrova attended the meeting in Sofia, Bulgaria.\n',
  "---\ntitle: Bulgaria votes\ndate: 2024-04-30\nsource: Odz Radio\n---\nVoters in Bulgaria went to the polls.\n\n\"We counted every vote,\" Anna Petrova said.\n",
  // a topic and a source whose names make the slug of another's, "odz" (the source's other is above): with the other there, they have "odz-2"; between the topics, an article neither neighbour changes with
  "---\ntitle: Letters\ndate: 2024-05-04\ntags: [Łódź]\nsource: Łódź Radio\n---\nThe letters came.\n",
  "---\ntitle: Code club\ndate: 2024-05-05\n---\nThe club met.\n",
  "---\ntitle: More letters\ndate: 2024-05-06\ntags: [Odz]\n---\nMore letters came.\n",
].map((text, i) => articleEntry(parseText(text, text.startsWith("---") ? `${i}.md` : `${i}.txt`)));

/** The build's revisions, each seed's bytes standing in as the entry it makes. */
export function revisionsOf(archive: Archive): Revisions {
  return entryRevisions(archive, new Map(linkedSeeds.map((entry) => [entry.file, { hash: hashOf(JSON.stringify(entry)), entry }])));
}

/**
 * Over every archive some of the seeds make, the pages `pagesOf` gives, by `key`: how
 * pairs of one page in two archives differ in their data (the page's key for each),
 * and the pairs among them whose fingerprints (by the page's inputs) are the same, which would leave a
 * page unmade that should be made again.
 */
export function fingerprintMisses(pagesOf: (archive: Archive) => Iterable<Page>, key: (page: Page) => string): { differing: string[]; missed: string[] } {
  const archives = Array.from({ length: 2 ** linkedSeeds.length }, (_, set) => {
    const archive = buildArchive(linkedSeeds.filter((_, i) => set & (2 ** i)));
    const revisions = revisionsOf(archive);
    const pages = new Map<string, { inputs: string; data: string }>();
    for (const page of pagesOf(archive)) pages.set(key(page), { inputs: pageFingerprint(page, revisions, ""), data: pageFingerprint({ ...page, inputs: undefined }, revisions, "") });
    return pages;
  });
  const differing: string[] = [];
  const missed: string[] = [];
  for (const one of archives) {
    for (const other of archives) {
      for (const [name, page] of one) {
        const there = other.get(name);
        if (!there || there.data === page.data) continue;
        differing.push(name);
        if (there.inputs === page.inputs) missed.push(name);
      }
    }
  }
  return { differing, missed };
}
