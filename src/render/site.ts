// Every page of the site, in one list: each kind of page after the other.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry } from "../types.js";
import { themeFolders } from "./theme-folders.js";
import { feedPages, followedFeeds, peopleDataPages, robotsPages, sitemapPages, type SitemapEntry } from "./feeds.js";
import { datePages, peoplePages, sourcePages, topicPages } from "./listings.js";
import type { Page } from "./page.js";
import { articlePages, homePages, notFoundPages, searchPages } from "./pages.js";
import { readTheme, type Theme } from "./theme.js";
import { userPagePages } from "./user-pages.js";

/**
 * Every page of the site, made as they are asked for: a large archive's pages are
 * never all in memory at once. The data export, as large as the archive, is streamed
 * by the build (site/data.ts). `story` gives an article's paragraphs as plain text,
 * for the feeds; `searchBundles` are the search indexes' folders, newest first. The theme
 * gives the interface's words and the user's own pages.
 */
export function* sitePages(archive: Archive, config: SiteConfig, story: (article: ArticleEntry) => string[], searchBundles: string[], theme: Theme = readTheme(themeFolders(config), config.language)): Generator<Page> {
  const { locale } = theme;
  const html: SitemapEntry[] = [];
  for (const kind of [homePages(archive, config), articlePages(archive), datePages(archive, config, locale), peoplePages(archive, config, locale), sourcePages(archive, config, locale), topicPages(archive, config, locale), config.search ? searchPages(archive, searchBundles) : [], userPagePages(theme.pages)]) {
    for (const page of kind) {
      html.push({ url: page.url, updated: page.updated ?? null });
      yield page;
    }
  }
  yield* notFoundPages(locale);
  yield* feedPages(archive, config, story);
  yield* followedFeeds(archive, config, locale);
  yield* sitemapPages(html);
  yield* peopleDataPages(archive);
  yield* robotsPages(config);
}
