// The URLs each seed's article had, remembered between builds in the build's state
// for the output folder (in the cache), so that a page keeps a redirect at each of
// them (render/redirects.ts) after a corrected headline moves it. Without the cache a
// build cannot know them: CI keeps the cache for this too (README, "Rebuild in CI").
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writing } from "../errors.js";
import { compareCodePoints } from "../order.js";
import { aliasPath } from "../parse/aliases.js";
import type { RememberedUrls } from "../render/redirects.js";
import type { ArticleEntry } from "../types.js";

const fileName = "urls.json";

/**
 * What the last build of this output folder remembered. The file is anyone's to edit:
 * only a seed's list of site paths is taken (as an alias would be), nothing else.
 */
export function rememberedUrls(state: string): RememberedUrls {
  const file = join(state, fileName);
  if (!existsSync(file)) return new Map();
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return new Map();
    return new Map(Object.entries(saved).flatMap(([seed, urls]) => {
      const paths = Array.isArray(urls) ? urls.filter((url): url is string => typeof url === "string" && aliasPath(url) === url) : [];
      return paths.length > 0 ? [[seed, paths]] : [];
    }));
  } catch {
    return new Map();
  }
}

/** The URLs remembered, with each article's URL now; seeds that are gone are forgotten, a draft's URLs kept. */
export function nextRememberedUrls(remembered: RememberedUrls, articles: ArticleEntry[], seeds: string[]): RememberedUrls {
  const now = new Map(articles.map((article) => [article.file, article.url]));
  return new Map(seeds.flatMap((seed) => {
    const urls = [...new Set([...(remembered.get(seed) ?? []), ...(now.has(seed) ? [now.get(seed)!] : [])])];
    return urls.length > 0 ? [[seed, urls]] : [];
  }));
}

/** Saved whole or not at all: a build killed while saving leaves the last build's. */
export function saveRememberedUrls(state: string, remembered: RememberedUrls): void {
  const file = join(state, fileName);
  const sorted = Object.fromEntries([...remembered].sort(([a], [b]) => compareCodePoints(a, b)));
  writing(file, () => {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(sorted)}\n`);
    renameSync(`${file}.tmp`, file);
  });
}
