// Redirect pages: an article keeps a page at each URL it had (the build remembers
// them, site/redirects.ts) and at each alias its front matter lists, sending readers
// and crawlers on to where it is now. A redirect never takes the place of a page.
import type { Archive } from "../archive/archive.js";
import { compareCodePoints as compare } from "../order.js";
import type { ArticleEntry, Message } from "../types.js";
import type { Page } from "./page.js";
import { outputFile } from "./urls.js";

/** Seed file to the site-relative URLs its article had in earlier builds. */
export type RememberedUrls = ReadonlyMap<string, readonly string[]>;

/** Folders the build fills outside the page list (theme assets, search indexes, data exports): no redirect goes there. */
const apart = new Set(["assets", "pagefind", "data"]);

interface Redirect {
  path: string;
  article: ArticleEntry;
  alias: boolean;
}

/**
 * The site's pages, then a redirect page at each URL an article had and each alias,
 * where no page of the site is, nor a folder of pages, nor a file where the redirect
 * needs a folder (an alias "feed.xml" is a folder feed.xml/), as a case-insensitive
 * disk would see them too. A URL an article had comes before an alias, so that an
 * alias never takes a redirect from the article it was made for. An alias that loses
 * is a warning on its seed, told to `shadowed`; a URL an article had that a page now
 * has is that page's, as it should be.
 */
export function* withRedirects(pages: Iterable<Page>, archive: Archive, remembered: RememberedUrls, shadowed: (message: Message) => void): Generator<Page> {
  const files: string[] = [];
  for (const page of pages) {
    files.push(outputFile(page.url));
    yield page;
  }
  const wanted = redirects(archive.articles, remembered);
  if (wanted.length === 0) return;
  const site = occupiedPaths(files);
  for (const { path, article, alias } of wanted) {
    const file = outputFile(path);
    if (apart.has(file.split("/")[0].toLowerCase()) || !site.free(file)) {
      if (alias) shadowed({ file: article.file, line: 1, column: 1, severity: "warning", rule: "aliases", message: `alias ${path} is a URL the site already has, or a folder it needs: no redirect made there` });
      continue;
    }
    site.occupy(file);
    yield { url: path, template: "redirect.njk", data: { target: article.url, headline: article.headline } };
  }
}

/** The site's files (`files` to begin with) and the folders they are in, as a disk that ignores case sees them. */
function occupiedPaths(files: string[]) {
  const taken = new Set<string>();
  const folders = new Set<string>();
  const parents = (file: string) => file.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"));
  const occupy = (file: string): void => {
    const folded = file.toLowerCase();
    taken.add(folded);
    for (const folder of parents(folded)) folders.add(folder);
  };
  for (const file of files) occupy(file);
  return {
    occupy,
    /** Whether a file can go there: nothing has its name, and no part of its path is a file. */
    free(file: string): boolean {
      const folded = file.toLowerCase();
      return !taken.has(folded) && !folders.has(folded) && !parents(folded).some((folder) => taken.has(folder));
    },
  };
}

/** Each article's other URLs, in one order for every build: by path, a URL an article had before an alias. */
function redirects(articles: ArticleEntry[], remembered: RememberedUrls): Redirect[] {
  const all = articles.flatMap((article) => [
    ...(article.aliases ?? []).map((path) => ({ path, article, alias: true })),
    ...(remembered.get(article.file) ?? []).map((path) => ({ path, article, alias: false })),
  ]);
  return all
    .filter((r) => r.path !== r.article.url)
    .sort((a, b) => compare(a.path, b.path) || Number(a.alias) - Number(b.alias) || compare(a.article.file, b.article.file));
}
