// Drafts (`draft: true` in front matter): a build leaves them out whole, and counts
// them for its summary line; serve keeps them, and the pages mark them.
import type { ArticleEntry } from "../types.js";

/** The entries a build publishes, and how many drafts it left out; `show` keeps the drafts (serve). */
export function publishedEntries(entries: ArticleEntry[], show: boolean): { entries: ArticleEntry[]; drafts: number } {
  if (show) return { entries, drafts: 0 };
  const published = entries.filter((entry) => !entry.draft);
  return { entries: published, drafts: entries.length - published.length };
}
