// The render stage: pages through nunjucks to files.
import type nunjucks from "nunjucks";
import type { SiteConfig } from "../config.js";
import { BuildError } from "../errors.js";
import { withoutControlCharacters } from "../read/clean.js";
import type { Page } from "./page.js";
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
  try {
    return env.render(page.template, {
      ...page.data,
      site: { title: config.title, description: config.description, baseUrl: config.baseUrl, language: config.language, search: config.search, image: config.image ? absoluteUrl(config, config.image) : null },
      page: { url: page.url, canonical: absoluteUrl(config, page.url) },
    });
  } catch (error) {
    throw templateError(error, page);
  }
}

/**
 * A template that does not compile or run, as the user mends it: "file:line:column:
 * message". Nunjucks nests its reasons, "(file) [Line l, Column c]" each, the cause last.
 */
function templateError(error: unknown, page: Page): BuildError {
  const text = (error as Error).message ?? String(error);
  const places = [...text.matchAll(/\(([^()\n]+)\)(?: \[Line (\d+), Column (\d+)\])?/g)];
  const cause = (text.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? "").replace(/^(?:Template render error: \([^()\n]+\)(?: \[[^\]\n]*\])?\s*)?(?:Error: )?/, "");
  const place = places.find((p) => p[2]) ?? places[0];
  const where = place ? `${place[1]}${place[2] ? `:${place[2]}:${place[3]}` : ""}` : `template ${page.template}`;
  return new BuildError(`${where}: template error: ${cause || text} (rendering ${page.url})`);
}
