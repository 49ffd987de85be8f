// Every kind of page the site has (DESIGN.md, "The site") and how to recognise one among
// the built pages. Each must be built: a missing kind of page fails its checks.

export interface PageType {
  name: string;
  /** Site-relative URLs of this type's pages. */
  url: RegExp;
  /** Where a reader meets it, when not at its own URL: the 404 page, at a URL that has no page. */
  visit?: { url: string; status: number };
}

const day = String.raw`\d{4}/\d{2}/\d{2}`;

export const pageTypes: PageType[] = [
  { name: "home", url: /^\/$/ },
  { name: "article", url: new RegExp(String.raw`^/${day}/[^/]+/$`) },
  { name: "person", url: /^\/people\/[^/]+\/$/ },
  { name: "people-index", url: /^\/people\/$/ },
  { name: "source", url: /^\/sources\/[^/]+\/$/ },
  { name: "sources-index", url: /^\/sources\/$/ },
  { name: "topic", url: /^\/topics\/[^/]+\/$/ },
  { name: "topics-index", url: /^\/topics\/$/ },
  { name: "year", url: /^\/\d{4}\/$/ },
  { name: "month", url: /^\/\d{4}\/\d{2}\/$/ },
  { name: "day", url: new RegExp(String.raw`^/${day}/$`) },
  { name: "numbered listing page", url: /^\/(?:.+\/)?page\/\d+\/$/ },
  { name: "search", url: /^\/search\/$/ },
  { name: "404", url: /^\/404\.html$/, visit: { url: "/no-such-page/at/any/depth/", status: 404 } },
];

/** The page of this type the checks look at: the first built one, in URL order. */
export function examplePage(type: PageType, urls: string[]): string | null {
  return urls.find((url) => type.url.test(url)) ?? null;
}
