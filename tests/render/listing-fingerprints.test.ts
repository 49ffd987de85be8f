// A listing page (the home page's too) is fingerprinted by its listing's shared inputs, its own slice and its
// pagination, not by its data: what it shows must follow from those alone, or a page
// would be left as it was when it should change.
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/archive.js";
import { defaultConfig } from "../../src/config.js";
import { datePages, peoplePages, sourcePages, topicPages } from "../../src/render/listings.js";
import { homePages } from "../../src/render/pages.js";
import { readTheme } from "../../src/render/theme.js";
import { themeFolders } from "../../src/render/theme-folders.js";
import { fingerprintMisses } from "./linked-seeds.js";

describe("what a listing page is fingerprinted by", () => {
  // pages of one: every listing of two or more has numbered pages; of two: a page's count of pages no longer tells the number of articles
  for (const pageSize of [1, 2]) {
    const config = { ...defaultConfig, pageSize };
    const { locale } = readTheme(themeFolders(config), config.language);
    const listingPages = (archive: Archive) => [...homePages(archive, config), ...datePages(archive, config, locale), ...peoplePages(archive, config, locale), ...sourcePages(archive, config, locale), ...topicPages(archive, config, locale)].filter((page) => page.inputs !== undefined);

    it(`changes whenever the page's data does, in every archive these seeds make, in pages of ${pageSize}`, () => {
      const { differing, missed } = fingerprintMisses(listingPages, (page) => page.url);
      expect([...new Set(missed)]).toEqual([]);
      // the seeds make pages that differ between archives, numbered ones of every kind of listing among them (in pages of two, the home page's and the periods'), or the check above checks nothing
      const kinds = [/^\/page\//, /^\/2024\/page\//, /^\/2024\/05\/page\//, ...(pageSize === 1 ? [/^\/people\/[^/]+\/page\//, /^\/sources\/[^/]+\/page\//, /^\/topics\/[^/]+\/page\//] : [])];
      for (const kind of kinds) expect(differing.some((url) => kind.test(url)), String(kind)).toBe(true);
    });
  }
});
