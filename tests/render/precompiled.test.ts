import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/archive.js";
import { articleEntry } from "../../src/archive/entry.js";
import { plainParagraphs } from "../../src/archive/text.js";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { createEnvironment, defaultCompiledTheme } from "../../src/render/env.js";
import { defaultTemplates } from "../../src/render/theme-folders.js";
import { withStory } from "../../src/render/pages.js";
import { compileTheme, sourceSum, type CompiledTemplates } from "../../src/render/precompiled.js";
import { renderPage } from "../../src/render/render.js";
import { sitePages } from "../../src/render/site.js";
import { readTheme } from "../../src/render/theme.js";
import { parseText, tempDir } from "../helpers.js";

const redirect = { target: "/2024/01/02/story/", headline: "A story" };

function render(theme: string, compiled: CompiledTemplates, name: string): string {
  const config: SiteConfig = { ...defaultConfig, templates: theme };
  return createEnvironment(config, readTheme([theme, defaultTemplates], config.language), compiled).render(name, { ...redirect, site: { title: "T" }, page: { url: "/old/", canonical: "https://example.org/old/" } });
}

describe("templates compiled ahead", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("are in lib/ for every template of the default theme, from its sources as they are", () => {
    const names = readdirSync(defaultTemplates, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".njk")).map((name) => name.split("\\").join("/")).sort();
    const templates = defaultCompiledTheme();
    expect(Object.keys(templates).sort()).toEqual(names);
    for (const name of names) expect(templates[name].sum, name).toBe(sourceSum(readFileSync(join(defaultTemplates, name), "utf8")));
  });

  it("take the place of the source they were compiled from", () => {
    const theme = join(tmp.path, "swapped");
    cpSync(defaultTemplates, theme, { recursive: true });
    const compiled = compileTheme(theme);
    // the redirect's name with the 404 page's code: a build that compiled the source would render the redirect
    compiled["redirect.njk"] = { ...compiled["redirect.njk"], code: compiled["404.njk"].code };
    expect(render(theme, compiled, "redirect.njk")).toBe(render(theme, compileTheme(theme), "404.njk"));
  });

  it("give way to their source once it is edited, and to a template of the user's own of that name", () => {
    const theme = join(tmp.path, "edited");
    cpSync(defaultTemplates, theme, { recursive: true });
    const compiled = compileTheme(theme);
    writeFileSync(join(theme, "redirect.njk"), "Moved to {{ target }}.");
    expect(render(theme, compiled, "redirect.njk")).toBe("Moved to /2024/01/02/story/.");

    const own = join(tmp.path, "own");
    cpSync(join(theme, "redirect.njk"), join(own, "redirect.njk"));
    expect(render(own, compileTheme(defaultTemplates), "redirect.njk")).toBe("Moved to /2024/01/02/story/.");
  });

  it("make the same pages, byte for byte, as the templates compiled from their sources", () => {
    const records = Array.from({ length: 30 }, (_, i) => parseText([
      ` date 2024-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")} The bridge, part ${i}`,
      `"We will finish part ${i} this year," Mayor Anna Petrova said, according to Reuters.`,
      `"It is late <again>," said ${i % 2 ? "Ivan Dimov" : "Petrova"}.`,
      `The works in Sofia began ${i} days ago.`,
    ].join("\n"), `s${i}.txt`));
    const byFile = new Map(records.map((record) => [record.file, record]));
    const config: SiteConfig = { ...defaultConfig, baseUrl: "https://example.org/", pageSize: 5 };
    const archive = buildArchive(records.map(articleEntry));
    const pages = [...sitePages(archive, config, (article) => plainParagraphs(byFile.get(article.file)!), ["/pagefind/"])];
    expect([...new Set(pages.map((page) => page.template))]).toEqual(expect.arrayContaining(["index.njk", "article.njk", "date.njk", "person.njk", "source.njk", "topic.njk", "people.njk", "feed.xml.njk", "sitemap.xml.njk", "404.njk"]));
    const [compiled, sources] = [defaultCompiledTheme(), {}].map((templates) => createEnvironment(config, undefined, templates));
    for (const page of pages) {
      const ready = page.story ? withStory(page, byFile.get(page.story)!, config) : page;
      expect(renderPage(sources, config, ready).content, page.url).toBe(renderPage(compiled, config, ready).content);
    }
  });
});
