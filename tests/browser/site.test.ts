// The built site in a real browser: Debian's Chromium over real HTTP on 127.0.0.1,
// the site under a base URL with a path. Each page type is checked for console errors,
// accessibility (axe-core) and valid HTML (html-validate), and photographed into
// test-results/screenshots/; a reader's walks through the archive and its search work.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../helpers.js";
import { axeViolations, chromiumMissing, collectErrors, hasChromium, launchChromium, type Browser } from "./chromium.js";
import { examplePage, pageTypes, type PageType } from "./page-types.js";
import { startServer } from "./server.js";
import { buildSite, siteFiles, pageUrl } from "./site.js";

const basePath = "/archive/";
const server = await startServer(basePath);
const site = buildSite(`${server.origin}${basePath}`);
server.mount(site.out);
const htmlFiles = siteFiles(site.out).filter((f) => f.endsWith(".html"));
const urls = htmlFiles.map(pageUrl);
const screenshots = join(root, "test-results/screenshots");

afterAll(async () => {
  await server.close();
  site.remove();
});

/** "/2024/03/14/" as the browser asks for it. */
function address(url: string): string {
  return `${server.origin}${basePath}${url.replace(/^\//, "")}`;
}

function fileOf(url: string): string {
  return htmlFiles[urls.indexOf(url)]!;
}

const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, ".htmlvalidate.json"), "utf8")));

async function htmlProblems(file: string): Promise<string[]> {
  const report = await validator.validateFile(join(site.out, file));
  return report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`));
}

it("would find invalid HTML: html-validate runs the project's rules", async () => {
  const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><img src="a.png"></body></html>');
  expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("wcag/h37");
});

describe.each(pageTypes)("the $name page", (type) => {
  const url = examplePage(type, urls);
  it("exists and is valid HTML", async () => {
    expect(url, `no built page matches ${type.url}; pages: ${urls.join(" ")}`).not.toBeNull();
    expect(await htmlProblems(fileOf(url!))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(`in Chromium${hasChromium ? "" : ` (skipped: ${chromiumMissing})`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string): Promise<{ page: Page; errors: string[]; status: number | undefined }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, server.origin);
    const response = await page.goto(address(url), { waitUntil: "load" });
    return { page, errors, status: response?.status() };
  }

  describe.each(pageTypes)("the $name page", (type: PageType) => {
    it("shows no console errors and no axe violations", async () => {
      const url = examplePage(type, urls);
      expect(url, `no built page matches ${type.url}`).not.toBeNull();
      const { page, errors, status } = await open(type.visit?.url ?? url!);
      expect(status).toBe(type.visit?.status ?? 200);
      if (type.name === "search") await page.locator("#search input").waitFor();
      await page.screenshot({ path: join(screenshots, `${type.name}.png`), fullPage: true });
      const violations = await axeViolations(page);
      // The 404 page's own status is the one error a browser logs there, and it is meant.
      const missing = type.visit ? address(type.visit.url) : null;
      expect(errors.filter((e) => !(missing && e.includes(missing)))).toEqual([]);
      expect(violations).toEqual([]);
      await page.close();
    });
  });

  it("would see a console error, a missing file, a request beyond the site and an axe violation", async () => {
    const { page, errors } = await open("/");
    await page.setContent('<img src="missing.png"><img src="http://example.invalid/x.png" alt=""><script>console.error("on purpose")</script>');
    await page.waitForLoadState("load");
    expect(errors.join("\n")).toContain("on purpose");
    expect(errors.join("\n")).toContain("404");
    expect(errors.join("\n")).toContain("request beyond the site: http://example.invalid/x.png");
    expect((await axeViolations(page)).map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "html-has-lang"]));
    await page.close();
  });

  const lighthouse = { headline: "Harbour council votes to restore the old lighthouse", url: "/2024/03/14/harbour-council-votes-to-restore-the-old-lighthouse/" };

  it("goes from the home page to an article, to its speaker's page, to a date archive", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("link", { name: lighthouse.headline }).click();
    await expect.poll(() => page.url()).toBe(address(lighthouse.url));
    await expect(page.locator("h1").textContent()).resolves.toBe(lighthouse.headline);

    const speaker = page.getByRole("link", { name: "Elena Marsh" });
    expect(await speaker.count(), "the article page links its speaker Elena Marsh to her page").toBeGreaterThan(0);
    await speaker.first().click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${address("/people/")}[^/]+/$`));
    await expect(page.locator("h1").textContent()).resolves.toContain("Elena Marsh");

    const dateArchive = new RegExp(`^${basePath}\\d{4}/(\\d{2}/(\\d{2}/)?)?$`);
    const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const target = hrefs.find((href) => dateArchive.test(href));
    expect(target, `no link to a date archive on the person's page: ${hrefs.join(" ")}`).toBeDefined();
    const herArticles = hrefs.filter((href) => href.startsWith(`${basePath}${target!.slice(basePath.length)}`) && href !== target);
    await page.locator(`main a[href="${target}"]`).first().click();
    await expect.poll(() => page.url()).toBe(`${server.origin}${target}`);
    // The archive of that date lists the article she was quoted in on it.
    const listed = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(herArticles.filter((href) => listed.includes(href))).not.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows a quote from a person's page to its paragraph, scrolled to and highlighted", async () => {
    const { page, errors } = await open(lighthouse.url);
    // a small window, so that the paragraph lies below the first screen and must be scrolled to
    await page.setViewportSize({ width: 390, height: 300 });
    await page.getByRole("link", { name: "Elena Marsh" }).first().click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${address("/people/")}[^/]+/$`));
    const link = page.locator(`a.in-context[href^="${basePath}${lighthouse.url.slice(1)}#p-"]`).last();
    const href = (await link.getAttribute("href"))!;
    const id = href.split("#")[1]!;
    await link.click();
    await expect.poll(() => page.url()).toBe(`${server.origin}${href}`);
    await expect.poll(() => page.evaluate(() => document.querySelector(":target")?.id)).toBe(id);
    // the scroll to the fragment may land a moment after the navigation, on a busy machine
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: "the page scrolled down to the paragraph" }).toBeGreaterThan(0);
    const view = await page.evaluate((targetId) => {
      const target = document.getElementById(targetId)!;
      const other = [...document.querySelectorAll(".story-body > p")].find((p) => p.id !== targetId)!;
      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return [style.backgroundColor, style.borderLeftStyle, style.borderLeftWidth, style.outlineStyle].join(" ");
      };
      const box = target.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight, target: look(target), other: look(other) };
    }, id);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.top).toBeLessThan(view.height);
    expect(view.target, "the followed paragraph looks unlike an ordinary one").not.toBe(view.other);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Types a word on the search page and waits for the first result. */
  async function search(word: string) {
    const opened = await open("/search/");
    await opened.page.locator("#search input").fill(word);
    const first = opened.page.locator(".pagefind-ui__result-link").first();
    await first.waitFor();
    return { ...opened, first };
  }

  it("finds an article by a word in it, and opens it", async () => {
    const { page, errors, first } = await search("lighthouse");
    await expect(first.textContent()).resolves.toBe(lighthouse.headline);
    expect(await axeViolations(page)).toEqual([]);
    await first.click();
    await expect.poll(() => page.url()).toBe(address(lighthouse.url));
    await expect(page.locator("h1").textContent()).resolves.toBe(lighthouse.headline);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds nothing for a word no article holds", async () => {
    const { page, errors } = await open("/search/");
    await page.locator("#search input").fill("zyxwvutsrq");
    await expect.poll(() => page.locator(".pagefind-ui__message").textContent()).toMatch(/No results for/);
    await expect(page.locator(".pagefind-ui__result").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches for ?q= in the address, with the word in the box", async () => {
    const { page, errors } = await open("/search/?q=lighthouse");
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toBe(lighthouse.headline);
    await expect(page.locator("#search input").inputValue()).resolves.toBe("lighthouse");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches every year's index at once", async () => {
    // the project's seed is of 2023, the other articles of 2024: two indexes, one search
    const { page, errors, first } = await search("Khamenei");
    await expect(first.textContent()).resolves.toBe("Message from Iran to Iraq: Even one American is too much for you");
    expect(errors).toEqual([]);
    await page.close();
  });
});
