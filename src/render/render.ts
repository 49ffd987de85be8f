// The render stage: pages through nunjucks to files.
import type nunjucks from "nunjucks";
import type { SiteConfig } from "../config.js";
import { withoutControlCharacters } from "../read/clean.js";
import type { Page } from "./pages.js";
import { absoluteUrl, outputFile } from "./urls.js";

export interface OutputFile {
  /** Path inside the output folder, with forward slashes. */
  path: string;
  content: string;
}

/**
 * Seeds are cleaned as they are read; this is the last line of defence, for what a
 * setting or a user's template brings: no page, feed or sitemap carries a control character.
 */
export function renderPage(env: nunjucks.Environment, config: SiteConfig, page: Page): OutputFile {
  return { path: outputFile(page.url), content: withoutControlCharacters(pageContent(env, config, page)) };
}

function pageContent(env: nunjucks.Environment, config: SiteConfig, page: Page): string {
  if (page.template === undefined) return page.content ?? "";
  return env.render(page.template, {
    ...page.data,
    site: { title: config.title, description: config.description, baseUrl: config.baseUrl, language: config.language, search: config.search },
    page: { url: page.url, canonical: absoluteUrl(config, page.url) },
  });
}
