// The user's own pages: pages/<name>.njk or pages/<name>.md in a theme folder become
// /<name>/ (an About page), in the site layout and its navigation. Front matter (data,
// never run, as a seed's) may give a title; the file name stands in without one.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { BuildError } from "../errors.js";
import { parseFrontMatter } from "../parse/front-matter.js";
import type { Page } from "./page.js";

export interface UserPage {
  /** "about", from pages/about.md: the page is at /about/. */
  name: string;
  url: string;
  title: string;
  /** Front matter "description", for the page's meta description; null for the site's. */
  description: string | null;
  /** The file, as the theme's loader names it: "pages/about.njk". */
  template: string;
  /** A Markdown page's body as HTML; null for a template, which renders itself. */
  html: string | null;
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** First path segments the site's own pages use: a page of one's own cannot take them. */
const taken = new Set(["page", "people", "sources", "topics", "search", "undated", "data", "assets", "pagefind", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html"]);

const validName = /^[a-z0-9][a-z0-9-]*$/;

/** The user's pages of every theme folder (the user's first), sorted by name: the order of the navigation. */
export function readUserPages(folders: string[]): UserPage[] {
  const pages = new Map<string, UserPage>();
  for (const folder of folders) {
    const root = join(folder, "pages");
    if (!existsSync(root)) continue;
    const files = readdirSync(root).filter((file) => /\.(njk|md)$/.test(file)).sort();
    const mine = new Map<string, string>();
    for (const file of files) {
      const name = file.replace(/\.(njk|md)$/, "");
      const path = join(root, file);
      if (!validName.test(name) || /^\d{4}$/.test(name)) throw new BuildError(`${path}: a page's file name must be lower-case letters, digits and "-", and not a year (it is the page's URL, /${name}/)`);
      if (taken.has(name)) throw new BuildError(`${path}: /${name}/ is the site's own; give the page another file name`);
      if (mine.has(name)) throw new BuildError(`${path}: ${mine.get(name)} makes the page /${name}/ too; keep one of them`);
      mine.set(name, file);
      if (!pages.has(name)) pages.set(name, userPage(name, file, readFileSync(path, "utf8"), path));
    }
  }
  return [...pages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function userPage(name: string, file: string, source: string, path: string): UserPage {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const block = parseFrontMatter(lines);
  const problem = block.problems.find((p) => p.severity === "error");
  if (problem) throw new BuildError(`${path}:${problem.line}:${problem.column}: ${problem.message}`);
  const text = (field: string) => (typeof block.data[field] === "string" && (block.data[field] as string).trim() ? (block.data[field] as string).trim() : null);
  const title = text("title") ?? titleOf(name);
  const body = lines.slice(block.bodyStart).join("\n");
  return { name, url: `/${name}/`, title, description: text("description"), template: `pages/${file}`, html: file.endsWith(".md") ? md.render(body) : null };
}

/** "press-contacts" stands in as "Press contacts". */
function titleOf(name: string): string {
  const words = name.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A template page's source without its front matter: what the loader gives nunjucks for pages/*.njk. */
export function templateBody(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  return lines.slice(parseFrontMatter(lines).bodyStart).join("\n");
}

/** Each user page as a page of the site, rendered through page.njk in the layout. */
export function userPagePages(pages: UserPage[]): Page[] {
  return pages.map((page) => ({ url: page.url, template: "page.njk", data: { title: page.title, description: page.description, name: page.name, body: page.html, source: page.template } }));
}
