// What a reader and a crawler see of a site in Bulgarian with a page of its own, in
// Chromium over real HTTP on 127.0.0.1: the navigation and dates in Bulgarian, the About
// page from the user's templates folder in the navigation, the metadata (JSON-LD, meta
// tags) as the page's DOM has it, the 404 page without a canonical link, a person's feed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers.js";
import { axeViolations, chromiumMissing, collectErrors, hasChromium, launchChromium, type Browser } from "./chromium.js";
import { startServer } from "./server.js";
import { fixtureSeeds } from "./site.js";

const basePath = "/archive/";
const server = await startServer(basePath);
const temp = tempDir("broadsheet-meta-site-");
const out = join(temp.path, "out");
const theme = join(temp.path, "theme");
mkdirSync(join(theme, "pages"), { recursive: true });
writeFileSync(join(theme, "pages/about.md"), "---\ntitle: За архива\n---\nТози архив събира статии от пристанището.\n");
writeFileSync(join(temp.path, "broadsheet.config.json"), JSON.stringify({ language: "bg", templates: "theme", image: "/assets/card.png", search: false, title: "Пристанищен архив" }));
const built = runCli(["build", "--seeds", fixtureSeeds, "--out", out, "--base-url", `${server.origin}${basePath}`], temp.path);
if (built.status !== 0 && built.status !== 1) throw new Error(`build failed (${built.status}):\n${built.stderr}`);
server.mount(out);

afterAll(async () => {
  await server.close();
  temp.remove();
});

const address = (url: string) => `${server.origin}${basePath}${url.replace(/^\//, "")}`;
const lighthouse = "/2024/03/14/harbour-council-votes-to-restore-the-old-lighthouse/";

describe.skipIf(!hasChromium)(`metadata, language and pages of one's own in Chromium${hasChromium ? "" : ` (skipped: ${chromiumMissing})`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, server.origin);
    await page.goto(address(url), { waitUntil: "load" });
    return { page, errors };
  }

  it("reads the article's NewsArticle JSON-LD and meta tags from the page", async () => {
    const { page, errors } = await open(lighthouse);
    const seen = await page.evaluate(() => {
      const meta = (selector: string) => document.querySelector<HTMLMetaElement>(`meta[${selector}]`)?.content ?? null;
      return {
        jsonld: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>,
        description: meta('name="description"'),
        ogType: meta('property="og:type"'),
        ogImage: meta('property="og:image"'),
        twitterImage: meta('name="twitter:image"'),
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
        firstParagraph: document.querySelector("#p-1")!.textContent!,
      };
    });
    expect(seen.ogType).toBe("article");
    expect(seen.ogImage).toBe(address("/assets/card.png"));
    expect(seen.twitterImage).toBe(seen.ogImage);
    expect(seen.canonical).toBe(address(lighthouse));
    expect(seen.firstParagraph.startsWith(seen.description!.replace(/…$/, ""))).toBe(true);
    expect(seen.jsonld).toMatchObject({
      "@type": "NewsArticle",
      url: address(lighthouse),
      description: seen.description,
      datePublished: "2024-03-14",
      dateModified: "2024-03-14",
      inLanguage: "bg",
      publisher: { "@type": "Organization" },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the navigation and dates in Bulgarian, and goes to the About page from it", async () => {
    const { page, errors } = await open(lighthouse);
    const nav = page.getByRole("navigation", { name: "Раздели" });
    await expect(nav.getByRole("link").allTextContents()).resolves.toEqual(["Последни", "Хора", "Източници", "Теми", "За архива"]);
    await expect(page.locator("article.story time").first().textContent()).resolves.toBe("14 март 2024 г.");
    await nav.getByRole("link", { name: "За архива" }).click();
    await expect.poll(() => page.url()).toBe(address("/about/"));
    await expect(page.locator("h1").textContent()).resolves.toBe("За архива");
    await expect(page.locator("main p").textContent()).resolves.toBe("Този архив събира статии от пристанището.");
    await expect(nav.locator('a[aria-current="page"]').textContent()).resolves.toBe("За архива");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the 404 page in Bulgarian, without a canonical link or og:url", async () => {
    const { page } = await open("/no-such-page/");
    await expect(page.locator("h1").textContent()).resolves.toBe("Страницата не е намерена");
    const links = await page.evaluate(() => ({ canonical: document.querySelectorAll('link[rel="canonical"]').length, ogUrl: document.querySelectorAll('meta[property="og:url"]').length }));
    expect(links).toEqual({ canonical: 0, ogUrl: 0 });
    await page.close();
  });

  it("links a person's page to their Atom feed, which the server gives as a feed of their articles", async () => {
    const { page, errors } = await open(lighthouse);
    await page.getByRole("link", { name: "Elena Marsh" }).first().click();
    const follow = page.locator("p.follow a");
    await expect(follow.textContent()).resolves.toBe("Следете Elena Marsh: Atom емисия");
    const head = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    const href = await follow.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(head).toContain(href);
    const feed = await page.request.get(href);
    expect(feed.status()).toBe(200);
    const text = await feed.text();
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">');
    expect(text).toContain("Harbour council votes to restore the old lighthouse");
    expect(errors).toEqual([]);
    await page.close();
  });
});
