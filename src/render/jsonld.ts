// schema.org NewsArticle for an article page, as search engines read it.
import type { SiteConfig } from "../config.js";
import type { ArticleRecord } from "../types.js";
import { absoluteUrl } from "./urls.js";

/** `description` is the page's meta description, from the article's lead (page.ts, metaDescription). */
export function newsArticle(article: Omit<ArticleRecord, "paragraphs" | "boilerplate">, config: SiteConfig, description: string): Record<string, unknown> {
  const url = absoluteUrl(config, article.url);
  const publisher = article.publisher ?? { name: config.title };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    url,
    mainEntityOfPage: url,
    ...(description ? { description } : {}),
    ...(article.date ? { datePublished: article.date, dateModified: article.modified ?? article.date } : {}),
    ...(config.image ? { image: absoluteUrl(config, config.image) } : {}),
    inLanguage: config.language,
    publisher: { "@type": "Organization", name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) },
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    ...(article.tags?.length ? { keywords: article.tags.join(", ") } : {}),
  };
}
