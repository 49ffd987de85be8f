// The nunjucks environment: the user's templates first, then the default theme, with
// autoescape on and the filters the templates use.
import nunjucks from "nunjucks";
import type { SiteConfig } from "../config.js";
import { htmlSafeJson } from "./json.js";
import { formatDate, translate } from "./locale.js";
import { compiledSource, compileOptions, readCompiledTheme, type CompiledTemplates } from "./precompiled.js";
import { readTheme, type Theme } from "./theme.js";
import { themeFolders } from "./theme-folders.js";
import { absoluteUrl, sitePath } from "./urls.js";
import { templateBody } from "./user-pages.js";

let defaultCompiled: CompiledTemplates | undefined;

/** The default theme's templates as `npm install` compiled them, read once. */
export function defaultCompiledTheme(): CompiledTemplates {
  return (defaultCompiled ??= readCompiledTheme(new URL("../../lib/templates.json", import.meta.url)));
}

export function createEnvironment(config: SiteConfig, theme: Theme = readTheme(themeFolders(config), config.language), compiled: CompiledTemplates = defaultCompiledTheme()): nunjucks.Environment {
  const env = new nunjucks.Environment(themeLoader(themeFolders(config), compiled), { ...compileOptions });
  env.addFilter("url", (path: string) => sitePath(config, path));
  env.addFilter("absolute", (path: string) => absoluteUrl(config, path));
  env.addFilter("readableDate", (date: string | null) => formatDate(theme.locale, date));
  env.addGlobal("t", (key: string, vars?: Record<string, unknown>) => translate(theme.locale, key, vars));
  env.addGlobal("userPages", theme.pages.map(({ url, title }) => ({ url, title })));
  env.addFilter("dateUrl", dateArchiveUrl);
  env.addFilter("isoDateTime", isoDateTime);
  env.addFilter("jsonld", (value: unknown) => new nunjucks.runtime.SafeString(scriptJson(value)));
  return env;
}

/** The theme folders' templates, compiled ahead where they were, the user's own pages (pages/*) without their front matter. */
function themeLoader(folders: string[], compiled: CompiledTemplates): nunjucks.ILoader {
  const files = new nunjucks.FileSystemLoader(folders);
  return {
    getSource(name: string) {
      const source = files.getSource(name);
      if (!source) return source;
      return name.startsWith("pages/") ? { ...source, src: templateBody(source.src) } : (compiledSource(compiled, name, source) ?? source);
    },
    // "./partial.njk" is found beside the template that includes it, as with nunjucks' own loaders
    isRelative: (name: string) => files.isRelative(name),
    resolve: (from: string, to: string) => files.resolve(from, to),
  } as nunjucks.ILoader;
}

/** The archive page of a date's day (or month): "2023-04-30" is "/2023/04/30/". */
export function dateArchiveUrl(date: string): string {
  return `/${date.replace(/-/g, "/")}/`;
}

/** RFC 3339 at midnight UTC, as Atom and sitemaps want it. */
export function isoDateTime(date: string | null): string {
  if (!date) return "1970-01-01T00:00:00Z";
  const full = date.length === 7 ? `${date}-01` : date;
  return `${full}T00:00:00Z`;
}

/** JSON inside <script>: no "</script>" or "<!--" can close or open anything. */
export function scriptJson(value: unknown): string {
  return htmlSafeJson(JSON.stringify(value));
}
