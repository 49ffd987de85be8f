// The render stage: pages through nunjucks to files.
import type nunjucks from "nunjucks";
import type { SiteConfig } from "../config.js";
import type { Page } from "./pages.js";
import { absoluteUrl, outputFile } from "./urls.js";

export interface OutputFile {
  /** Path inside the output folder, with forward slashes. */
  path: string;
  content: string;
}

export function renderPage(env: nunjucks.Environment, config: SiteConfig, page: Page): OutputFile {
  if (page.template === undefined) return { path: outputFile(page.url), content: page.content ?? "" };
  const content = env.render(page.template, {
    ...page.data,
    site: { title: config.title, description: config.description, baseUrl: config.baseUrl, language: config.language, search: config.search },
    page: { url: page.url, canonical: absoluteUrl(config, page.url) },
  });
  return { path: outputFile(page.url), content };
}
