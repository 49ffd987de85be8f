// The article pages, the home page, the search page and the 404 page: each a URL, a
// template and the data it shows. Pure: the archive and settings in, page descriptions out.
import type { Archive } from "../archive/archive.js";
import { nameKey } from "../archive/keys.js";
import { sourceKey } from "../archive/sources.js";
import type { SiteConfig } from "../config.js";
import type { ArticleEntry, ArticleRecord } from "../types.js";
import { newsArticle } from "./jsonld.js";
import { translate, type Locale } from "./locale.js";
import { metaDescription, newestDate, paginateByDate, summary, type Page } from "./page.js";

export function* articlePages(archive: Archive): Generator<Page> {
  for (const [i, article] of archive.articles.entries()) {
    const links = articleLinks(article, archive);
    const related = archive.related.get(article.id) ?? [];
    const newer = archive.articles[i - 1] ?? null;
    const older = archive.articles[i + 1] ?? null;
    yield {
      url: article.url,
      template: "article.njk",
      data: {
        article,
        speakerUrls: linkMap(links.speakers),
        people: article.named,
        personUrls: linkMap(links.people),
        sourceUrls: linkMap(links.sources),
        topicUrls: linkMap(links.topics),
        related,
        newer: newer && summary(newer),
        older: older && summary(older),
      },
      // the rest of the data follows from the article, in its revision, and these
      inputs: [article, urlsOf(links.speakers), urlsOf(links.people), urlsOf(links.sources), urlsOf(links.topics), related.map((link) => link.url), newer, older],
      story: article.file,
      updated: summary(article).updated,
    };
  }
}

/** A name an article page shows, and the URL of its page where it has one. */
type Link = [name: string, url: string | null];

/**
 * What an article page links, in the order the article names them: each quote's speaker
 * to the page of the person the archive gives the quote, and each person, source and
 * topic named to its page.
 */
function articleLinks(article: ArticleEntry, archive: Archive): Record<"speakers" | "people" | "sources" | "topics", Link[]> {
  const linked = (names: string[], url: (name: string) => string | undefined): Link[] => names.map((name) => [name, url(name) ?? null]);
  return {
    speakers: article.quotes.flatMap((quote): Link[] => (quote.speaker ? [[quote.speaker, archive.personOf.get(quote)?.url ?? null]] : [])),
    people: linked(article.named, (name) => archive.personUrls.get(name)),
    sources: linked([...article.sources.map((s) => s.name), ...(article.publisher ? [article.publisher.name] : [])], (name) => archive.sourceUrls.get(sourceKey(name))),
    topics: linked((article.topics ?? []).map((t) => t.name), (name) => archive.topicUrls.get(nameKey(name))),
  };
}

function urlsOf(links: Link[]): Array<string | null> {
  return links.map(([, url]) => url);
}

/** An object for names from seeds: "__proto__" is a name like any other. */
function ownKeys(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Each name to its page's URL, for the names that have a page; of a name twice, the last. */
function linkMap(links: Link[]): Record<string, string> {
  const urls = ownKeys();
  for (const [name, url] of links) if (url) urls[name] = url;
  return urls;
}

/**
 * An article page ready to render: the full record in place of the entry, with the
 * archive's id, slug and URL over the parser's, and its structured data.
 */
export function withStory(page: Page, record: ArticleRecord, config: SiteConfig): Page {
  const entry = page.data.article as ArticleEntry;
  const article: ArticleRecord = { ...record, id: entry.id, slug: entry.slug, url: entry.url };
  const description = metaDescription(entry.lead);
  return { ...page, data: { ...page.data, ...ownLinks(page.data), article, description, jsonld: newsArticle(article, config, description) } };
}

/**
 * The page's link maps without a prototype again, as they were made: a page sent to a
 * worker arrives with plain objects, where a name like "constructor" would find an
 * inherited member and render a link that a page rendered here does not have.
 */
function ownLinks(data: Record<string, unknown>): Record<string, Record<string, string>> {
  const maps: Record<string, Record<string, string>> = {};
  for (const name of ["speakerUrls", "personUrls", "sourceUrls", "topicUrls"]) {
    if (data[name]) maps[name] = Object.assign(ownKeys(), data[name]);
  }
  return maps;
}

export function* homePages(archive: Archive, config: SiteConfig): Generator<Page> {
  const years = archive.years.map((y) => ({ label: y.key, url: y.url, count: y.articles.length }));
  for (const { url, items, pagination } of paginateByDate(archive.articles, config.pageSize, "/")) {
    // the years and their counts change with every article: the first page shows them, the numbered ones stay as they are
    const first = pagination.number === null ? { years, undated: archive.undated.length } : null;
    yield { url, template: "index.njk", data: { articles: items.map(summary), pagination, ...first }, inputs: [first, pagination, items], updated: newestDate(items.map((a) => a.date)) };
  }
}

/** The search page, over Pagefind's indexes (one a year, or a run of a year's articles; src/site/search.ts), newest first. */
export function searchPages(archive: Archive, bundles: string[]): Page[] {
  return [{ url: "/search/", template: "search.njk", data: { bundles }, updated: newestDate(archive.articles.map((a) => a.date)) }];
}

/** The 404 page is at no address of its own: it has no canonical link (404.njk). */
export function notFoundPages(locale: Locale): Page[] {
  return [{ url: "/404.html", template: "404.njk", data: { title: translate(locale, "notFound.title") } }];
}
