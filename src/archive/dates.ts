// Date archives: years, months and days that have articles, with counts, for
// /YYYY/, /YYYY/MM/ and /YYYY/MM/DD/.
import type { ArticleEntry } from "../types.js";

export interface DateGroup {
  /** "2023", "2023-04" or "2023-04-30". */
  key: string;
  level: "year" | "month" | "day";
  url: string;
  /** Newest first. */
  articles: ArticleEntry[];
  /** Months of a year, days of a month, newest first. */
  children: DateGroup[];
}

/**
 * Years newest first. The articles come newest first, so each year, month and day
 * is one run of them and its group is always the last one made.
 */
export function groupByDate(articles: ArticleEntry[]): DateGroup[] {
  const years: DateGroup[] = [];
  for (const article of articles) {
    if (!article.date) continue;
    const [y, m, d] = article.date.split("-");
    const year = lastOrNew(years, y, "year", `/${y}/`);
    const month = lastOrNew(year.children, `${y}-${m}`, "month", `/${y}/${m}/`);
    year.articles.push(article);
    month.articles.push(article);
    if (d) lastOrNew(month.children, article.date, "day", `/${y}/${m}/${d}/`).articles.push(article);
  }
  return years;
}

function lastOrNew(groups: DateGroup[], key: string, level: DateGroup["level"], url: string): DateGroup {
  const last = groups[groups.length - 1];
  if (last?.key === key) return last;
  const group: DateGroup = { key, level, url, articles: [], children: [] };
  groups.push(group);
  return group;
}

/** Every group at one level, newest first, for previous/next navigation. */
export function flattenLevel(years: DateGroup[], level: DateGroup["level"]): DateGroup[] {
  if (level === "year") return years;
  const months = years.flatMap((y) => y.children);
  return level === "month" ? months : months.flatMap((m) => m.children);
}
