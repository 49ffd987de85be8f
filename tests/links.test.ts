// Every internal link of a whole built site leads somewhere: each href and src in every
// HTML page, and each URL the sitemap and feeds give, is a file in the output, and a
// link to "#id" finds that id on its page. The site: the project's seeds, the browser
// tests' articles and, where ../shared is beside the repo, the polnear dev set, built
// under a base URL with a path, so a link that ignores the base path breaks here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixtureSeeds, siteFiles, type BuiltSite } from "./browser/site.js";
import { hasShared, root, shared } from "./helpers.js";

const baseUrl = "https://example.org/archive/";
const folders = [join(root, "seeds"), fixtureSeeds, ...(hasShared ? [join(shared, "polnear/dev/seeds")] : [])];

/** `href` and `src` values of the page's elements, entities decoded; script and style text is not markup. */
function linksIn(html: string): string[] {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (tag) => tag.slice(0, tag.indexOf(">") + 1));
  return [...markup.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

/** The output file a URL under the base URL names. */
function fileFor(url: URL, base: URL): string {
  const path = decodeURIComponent(url.pathname.slice(base.pathname.length));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** "about/index.html" is served at base + "about/". */
function pageAddress(file: string, base: URL): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, "$1"), base);
}

interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

function checkLink(site: BuiltSite, page: string, link: string, files: Set<string>): BrokenLink | null {
  const base = new URL(site.baseUrl);
  const url = new URL(link, pageAddress(page, base));
  if (!/^https?:$/.test(url.protocol) || url.origin !== base.origin) return null;
  // On the site's own host but above its folder: a link that forgot the base path.
  if (!url.pathname.startsWith(base.pathname)) return { page, link, problem: `outside the base path ${base.pathname}` };
  const file = fileFor(url, base);
  if (!files.has(file)) return { page, link, problem: `no file ${file}` };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith(".html") && !idsIn(readFileSync(join(site.out, file), "utf8")).has(fragment)) {
    return { page, link, problem: `no id "${fragment}" in ${file}` };
  }
  return null;
}

describe(`the links of a whole built site (seeds, test articles${hasShared ? ", polnear dev" : "; ../shared absent, so without polnear dev"})`, () => {
  let site: BuiltSite;
  let files: Set<string>;
  beforeAll(() => {
    site = buildSite(baseUrl, folders);
    files = new Set(siteFiles(site.out));
  });
  afterAll(() => site?.remove());

  it("finds every internal href and src of every page in the output", () => {
    const pages = [...files].filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    const broken: BrokenLink[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of linksIn(readFileSync(join(site.out, page), "utf8"))) {
        checked++;
        const problem = checkLink(site, page, link, files);
        if (problem) broken.push(problem);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it("finds every URL of the sitemaps and the feeds in the output", () => {
    const documents = [...files].filter((f) => /^[^/.][^/]*\.(xml|json)$/.test(f));
    expect(documents).toEqual(expect.arrayContaining(["feed.json", "feed.xml", "sitemap.xml"]));
    const base = new URL(site.baseUrl);
    const urls = documents
      .flatMap((f) => [...readFileSync(join(site.out, f), "utf8").matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => new URL(decodeEntities(m[0]))))
      .filter((url) => url.origin === base.origin);
    expect(urls.length).toBeGreaterThan(files.size / 4);
    expect(urls.filter((url) => !url.pathname.startsWith(base.pathname) || !files.has(fileFor(url, base))).map((url) => url.href)).toEqual([]);
  });

  it("would catch a missing page, a missing id and a link that forgot the base path", () => {
    const problems = ["nowhere/", "#nowhere", "/people/"].map((link) => checkLink(site, "index.html", link, files)?.problem);
    expect(problems).toEqual(["no file nowhere/index.html", 'no id "nowhere" in index.html', "outside the base path /archive/"]);
  });
});
