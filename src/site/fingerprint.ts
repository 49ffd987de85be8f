// A page's fingerprint: what its output depends on, so an unchanged page is not
// rendered again. Records and their summaries stand in as their revision, which
// is cheap, rather than as all their text.
import type { Page } from "../render/page.js";
import { hashOf } from "./cache.js";

export type Revisions = WeakMap<object, string>;

export function pageFingerprint(page: Page, revisions: Revisions, salt: string): string {
  const data = JSON.stringify(page.data, (_key, value: unknown) =>
    typeof value === "object" && value !== null && revisions.has(value) ? `@${revisions.get(value)}` : value,
  );
  return hashOf(salt, page.template ?? "", page.content ?? "", data);
}
