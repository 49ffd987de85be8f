// Every page of the site, in one list: each kind of page after the other.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry } from "../types.js";
import { feedPages, peopleDataPages, robotsPages, sitemapPages } from "./feeds.js";
import { datePages, peoplePages, sourcePages, topicPages } from "./listings.js";
import type { Page } from "./page.js";
import { articlePages, homePages, notFoundPages, searchPages } from "./pages.js";

/**
 * Every page of the site, made as they are asked for: a large archive's pages are
 * never all in memory at once. The data export, as large as the archive, is streamed
 * by the build (site/data.ts). `story` gives an article's paragraphs as plain text,
 * for the feeds; `searchBundles` are the search indexes' folders, newest first.
 */
export function* sitePages(archive: Archive, config: SiteConfig, story: (article: ArticleEntry) => string[], searchBundles: string[]): Generator<Page> {
  const html: string[] = [];
  for (const kind of [homePages(archive, config), articlePages(archive), datePages(archive, config), peoplePages(archive, config), sourcePages(archive, config), topicPages(archive, config), config.search ? searchPages(searchBundles) : []]) {
    for (const page of kind) {
      html.push(page.url);
      yield page;
    }
  }
  yield* notFoundPages();
  yield* feedPages(archive, config, story);
  yield* sitemapPages(html);
  yield* peopleDataPages(archive);
  yield* robotsPages(config);
}
