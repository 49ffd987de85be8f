// A page's fingerprint: what its output depends on, so an unchanged page is not
// rendered again. Records and their summaries stand in as their revision, which
// is cheap, rather than as all their text.
import type { Listing, Page } from "../render/page.js";
import { hashOf } from "./cache.js";

export type Revisions = WeakMap<object, string>;

export function pageFingerprint(page: Page, revisions: Revisions, salt: string): string {
  return hashOf(salt, page.template ?? "", page.content ?? "", withRevisions(page.inputs ?? page.data, revisions));
}

/** A listing's fingerprint: of what all its pages are made from. */
export function listingFingerprint(listing: Listing, revisions: Revisions, salt: string): string {
  return hashOf(salt, listing.url, withRevisions(listing.inputs, revisions));
}

function withRevisions(data: unknown, revisions: Revisions): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value !== "object" || value === null) return value;
    const revision = revisions.get(value);
    if (revision !== undefined) return `@${revision}`;
    return Array.isArray(value) ? (revisionList(value, revisions) ?? value) : value;
  });
}

/** A list of what has revisions (a listing's articles) as one string, in one loop rather than a call of the replacer each; null where one has none. */
function revisionList(items: unknown[], revisions: Revisions): string | null {
  if (items.length === 0) return null;
  let list = "@[";
  for (const item of items) {
    const revision = typeof item === "object" && item !== null ? revisions.get(item) : undefined;
    if (revision === undefined) return null;
    list += `${revision},`;
  }
  return `${list}]`;
}
