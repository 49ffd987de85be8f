// The peer site for the benchmark: article pages, a paginated home list, paginated tag pages.
// The bench copies this folder into its work folder and writes the Markdown corpus into articles/.
const pageSize = 20;

export default function (eleventyConfig) {
  eleventyConfig.addCollection("articles", (api) => api.getFilteredByGlob("./articles/*.md"));
  eleventyConfig.addCollection("tagPages", tagPages);
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter("lead", lead);
  return {
    dir: { input: ".", includes: "_includes" },
    // Article bodies are plain Markdown: templating them too would only add work.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}

/** Every tag's articles, newest first, cut into pages of pageSize: one item per tag page. */
function tagPages(api) {
  const byTag = new Map();
  for (const item of api.getFilteredByGlob("./articles/*.md").reverse()) {
    for (const tag of item.data.tags ?? []) {
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(item);
    }
  }
  const pages = [];
  for (const tag of [...byTag.keys()].sort()) {
    const items = byTag.get(tag);
    const total = Math.ceil(items.length / pageSize);
    for (let n = 1; n <= total; n++) {
      pages.push({ tag, number: n, total, items: items.slice((n - 1) * pageSize, n * pageSize) });
    }
  }
  return pages;
}

/** The first paragraph of the Markdown body, as plain text of at most 280 characters. */
function lead(rawInput) {
  const first = String(rawInput ?? "").trim().split(/\n\s*\n/)[0] ?? "";
  return first.length > 280 ? `${first.slice(0, 277)}…` : first;
}
