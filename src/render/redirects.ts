// Redirect pages: an article keeps a page at each URL it had (the build remembers
// them, site/redirects.ts) and at each alias its front matter lists, sending readers
// and crawlers on to where it is now. A redirect never takes the place of a page.
import type { Archive } from "../archive/archive.js";
import type { SiteConfig } from "../config.js";
import { compareCodePoints as compare } from "../order.js";
import type { ArticleEntry, Message } from "../types.js";
import type { Page } from "./page.js";
import { absoluteUrl, outputFile, sitePath } from "./urls.js";

/** Seed file to the site-relative URLs its article had in earlier builds. */
export type RememberedUrls = ReadonlyMap<string, readonly string[]>;

/** Folders the build fills outside the page list (theme assets, search indexes): no redirect goes there. */
const apart = new Set(["assets", "pagefind"]);

interface Redirect {
  path: string;
  article: ArticleEntry;
  alias: boolean;
}

/**
 * The site's pages, then a redirect page at each URL an article had and each alias,
 * where no page of the site is. An alias that a page (or another article's alias) has
 * is a warning on its seed, told to `shadowed`; a remembered URL that a page now has is
 * that page's, as it should be.
 */
export function* withRedirects(pages: Iterable<Page>, archive: Archive, remembered: RememberedUrls, config: SiteConfig, shadowed: (message: Message) => void): Generator<Page> {
  const taken = new Set<string>();
  for (const page of pages) {
    taken.add(outputFile(page.url));
    yield page;
  }
  for (const { path, article, alias } of redirects(archive.articles, remembered)) {
    const file = outputFile(path);
    const clash = taken.has(file) || apart.has(file.split("/")[0]);
    if (clash && alias) shadowed({ file: article.file, line: 1, column: 1, severity: "warning", rule: "aliases", message: `alias ${path} is the URL of another page of the site: no redirect made there` });
    if (clash) continue;
    taken.add(file);
    yield { url: path, data: {}, content: redirectHtml(article, config) };
  }
}

/** Each article's other URLs, aliases first, in one order for every build. */
function redirects(articles: ArticleEntry[], remembered: RememberedUrls): Redirect[] {
  const all = articles.flatMap((article) => [
    ...(article.aliases ?? []).map((path) => ({ path, article, alias: true })),
    ...(remembered.get(article.file) ?? []).map((path) => ({ path, article, alias: false })),
  ]);
  return all
    .filter((r) => r.path !== r.article.url)
    .sort((a, b) => compare(a.path, b.path) || Number(b.alias) - Number(a.alias) || compare(a.article.file, b.article.file));
}

/** A page that sends the reader on at once, tells crawlers where the article is, and is not indexed itself. */
export function redirectHtml(article: ArticleEntry, config: SiteConfig): string {
  const link = escapeHtml(sitePath(config, article.url));
  const headline = escapeHtml(article.headline);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(config.language)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>Moved: ${headline}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(config, article.url))}">`,
    `<meta http-equiv="refresh" content="0; url=${link}">`,
    "</head>",
    "<body>",
    `<p>This article has moved: <a href="${link}">${headline}</a>.</p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
