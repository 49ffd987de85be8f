// What a reader sees in Chromium: a draft marked as such on `serve`'s pages (the dev
// server as a user runs it), and an article's old URL, after its headline was
// corrected, landing on its new page (a built site on a plain static server).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "../helpers.js";
import { chromiumMissing, collectErrors, hasChromium, launchChromium, type Browser } from "./chromium.js";
import { startServer } from "./server.js";

function seed(headline: string, date: string, extra = ""): string {
  return `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\n${extra}---\n\n"The quay will be ready in May," harbour master Lena Voss said.\n`;
}

/** The server's address from its "serving ... at URL" line. */
function servingAt(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${seen}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
}

describe.skipIf(!hasChromium)(`drafts and redirects in Chromium${hasChromium ? "" : ` (skipped: ${chromiumMissing})`}`, () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  let browser: Browser;
  let child: ChildProcess;
  let base = "";

  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "quay.md"), seed("Quay works start in spring", "2024-03-05"));
    writeFileSync(join(seeds, "gull.md"), seed("Gull colony moves to the breakwater", "2024-03-06", "draft: true\n"));
    browser = await launchChromium();
    child = spawn(process.execPath, [join(root, "bin/broadsheet.js"), "serve", "--port", "0", "--seeds", seeds], { cwd: tmp.path, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "inherit"] });
    base = await servingAt(child);
  }, 120_000);
  afterAll(async () => {
    child?.kill();
    await browser?.close();
    tmp.remove();
  });

  it("serve shows a draft with a Draft label in the listing and on its page, and no label on a published article", async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, base.replace(/\/$/, ""));
    await page.goto(base);
    const draftItem = page.locator(".article-list li", { hasText: "Gull colony moves to the breakwater" });
    await expect(draftItem.locator(".draft-mark").innerText()).resolves.toMatch(/draft/i);
    await expect(draftItem.locator(".draft-mark").isVisible()).resolves.toBe(true);
    await expect(page.locator(".article-list li", { hasText: "Quay works start in spring" }).locator(".draft-mark").count()).resolves.toBe(0);
    await draftItem.getByRole("link", { name: "Gull colony moves to the breakwater" }).click();
    await expect.poll(() => page.url()).toBe(`${base}2024/03/06/gull-colony-moves-to-the-breakwater/`);
    await expect(page.locator(".story .draft-mark").isVisible()).resolves.toBe(true);
    // the reload channel is cut as a page is left, as it should be
    expect(errors.filter((error) => !error.includes("/__broadsheet/events (net::ERR_ABORTED)"))).toEqual([]);
    await page.close();
  });

  it("an old URL, after a corrected headline, lands on the article's new page", async () => {
    const server = await startServer("/harbour/");
    try {
      const out = join(tmp.path, "site");
      const baseUrl = `${server.origin}/harbour/`;
      const buildSite = () => runCli(["build", "--seeds", seeds, "--out", out, "--base-url", baseUrl], tmp.path);
      expect(buildSite().status).toBe(0);
      writeFileSync(join(seeds, "quay.md"), seed("Quay works start in April", "2024-03-05"));
      expect(buildSite().status).toBe(0);
      server.mount(out);
      const page = await browser.context.newPage();
      // the old page hands over at once: wait for its response only, not for a load it may never finish
      await page.goto(`${baseUrl}2024/03/05/quay-works-start-in-spring/`, { waitUntil: "commit" });
      await expect.poll(() => page.url(), { timeout: 15_000 }).toBe(`${baseUrl}2024/03/05/quay-works-start-in-april/`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Quay works start in April");
      await page.close();
    } finally {
      await server.close();
    }
  });
});
