// Every kind of page the site has (DESIGN.md, "The site"), how to recognise one among
// the built pages, and the default theme's template for it. A type with no built page
// and no template yet is still to come: its checks are listed as todo. As soon as
// either exists, its checks run and must pass.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "../helpers.js";

export interface PageType {
  name: string;
  /** Site-relative URLs of this type's pages. */
  url: RegExp;
  template: string;
  /** Where a reader meets it, when not at its own URL: the 404 page, at a URL that has no page. */
  visit?: { url: string; status: number };
}

const day = String.raw`\d{4}/\d{2}/\d{2}`;

export const pageTypes: PageType[] = [
  { name: "home", url: /^\/$/, template: "index.njk" },
  { name: "article", url: new RegExp(String.raw`^/${day}/[^/]+/$`), template: "article.njk" },
  { name: "person", url: /^\/people\/[^/]+\/$/, template: "person.njk" },
  { name: "people-index", url: /^\/people\/$/, template: "people.njk" },
  { name: "source", url: /^\/sources\/[^/]+\/$/, template: "source.njk" },
  { name: "sources-index", url: /^\/sources\/$/, template: "sources.njk" },
  { name: "topic", url: /^\/topics\/[^/]+\/$/, template: "topic.njk" },
  { name: "topics-index", url: /^\/topics\/$/, template: "topics.njk" },
  { name: "year", url: /^\/\d{4}\/$/, template: "year.njk" },
  { name: "month", url: /^\/\d{4}\/\d{2}\/$/, template: "month.njk" },
  { name: "day", url: new RegExp(String.raw`^/${day}/$`), template: "day.njk" },
  { name: "search", url: /^\/search\/$/, template: "search.njk" },
  { name: "404", url: /^\/404\.html$/, template: "404.njk", visit: { url: "/no-such-page/at/any/depth/", status: 404 } },
];

/** The page of this type the checks look at: the first built one, in URL order. */
export function examplePage(type: PageType, urls: string[]): string | null {
  return urls.find((url) => type.url.test(url)) ?? null;
}

export function stillToCome(type: PageType, urls: string[]): boolean {
  return examplePage(type, urls) === null && !existsSync(join(root, "templates", type.template));
}
