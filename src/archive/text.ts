// An article's story as plain text: text seeds hold it already; Markdown seeds hold
// rendered HTML blocks, whose tags go and whose entities are decoded, so that a
// template's own escaping is the only one.

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

export function plainParagraphs(article: { format: string; paragraphs: string[] }): string[] {
  return article.format === "markdown" ? article.paragraphs.map(htmlToText) : article.paragraphs;
}
