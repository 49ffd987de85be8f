// Aliases, as Hugo has them: other paths of the site where an article is also found,
// each a redirect page to it (render/redirects.ts). A path is taken only when it can be
// a file name anywhere and a URL as written, so an alias never leaves the site.

/** Letters, digits and "-._~" (RFC 3986's unreserved characters); no part starts with a dot. */
const segment = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
const maxPathLength = 200;

/**
 * An alias as the site-relative URL of its redirect page: "old/story" and "/old/story/"
 * are "/old/story/", "/old.html" stays as it is (a page, not a folder). Null for what is
 * no path of the site: a full URL, a query, "..", the home page, other characters.
 */
export function aliasPath(alias: string): string | null {
  const text = alias.trim();
  if (text.length === 0 || text.length > maxPathLength) return null;
  const parts = text.replace(/^\//, "").replace(/\/$/, "").split("/");
  if (!parts.every((part) => segment.test(part))) return null;
  const page = /\.html?$/i.test(parts[parts.length - 1]) && !text.endsWith("/");
  return `/${parts.join("/")}${page ? "" : "/"}`;
}
