// What a production build should say about its URLs: a base URL that fell back to the
// local default (canonical links, feeds, the sitemap and robots.txt would name
// localhost), and a base URL with a path, under which robots.txt is not where crawlers
// look. `serve` makes its own local URLs and says neither.
import type { SettingOrigins, SiteConfig } from "../config.js";

/** Where the base URL can be set, most binding first. */
export const baseUrlSettings = '--base-url, BROADSHEET_BASE_URL or "baseUrl" in broadsheet.config.json';

/** The problem with a base URL nobody set, or null when one was set (by flag, environment or file). */
export function missingBaseUrl(config: SiteConfig, origins: SettingOrigins): string | null {
  if (origins.baseUrl !== undefined) return null;
  return `no base URL set: canonical links, feeds, the sitemap and robots.txt name ${config.baseUrl}; set it with ${baseUrlSettings}`;
}

/**
 * robots.txt is read only at a host's root: under a base URL with a path it is written
 * all the same (a host whose root is served from this folder, or a proxy, may use it),
 * and the user is told where its lines must go.
 */
export function robotsNotAtRoot(config: SiteConfig): string | null {
  const url = new URL(config.baseUrl);
  if (url.pathname === "/") return null;
  return `robots.txt is written to ${new URL("robots.txt", url).href}, but crawlers read only ${url.origin}/robots.txt; add its Sitemap line (${new URL("sitemap.xml", url).href}) to that one`;
}
