// Site-relative URLs ("/2023/04/30/slug/") to links under the base URL's path, to
// absolute URLs, and to output file names.
import type { SiteConfig } from "../config.js";

/** "/page/2/" under https://example.org/archive/ is "/archive/page/2/". */
export function sitePath(config: SiteConfig, path: string): string {
  const base = new URL(config.baseUrl).pathname.replace(/\/$/, "");
  return base + (path.startsWith("/") ? path : `/${path}`);
}

export function absoluteUrl(config: SiteConfig, path: string): string {
  return new URL(path.replace(/^\//, ""), config.baseUrl).href;
}

/** "/2023/04/30/slug/" is written as "2023/04/30/slug/index.html"; "/feed.xml" as is. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\//, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
