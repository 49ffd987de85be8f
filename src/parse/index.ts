// The parse stage: one SeedFile to one ArticleRecord, through a chain of named rules.
import type { ArticleRecord, SeedFile } from "../types.js";
import { boilerplate } from "./boilerplate.js";
import { header } from "./header.js";
import { frontMatter, markdownBody } from "./markdown.js";
import { outlet } from "./outlet.js";
import { paragraphs } from "./paragraphs.js";
import { placeholders } from "./placeholders.js";
import { quotes } from "./quotes.js";
import { related } from "./related.js";
import { roles } from "./roles.js";
import { articleUrl, safeSlug, slugify } from "./slug.js";
import { sources } from "./sources.js";
import { report, type ParseSettings, type ParseState, type Rule } from "./state.js";
import { topics } from "./topics.js";

export const textRules: Rule[] = [header, related, boilerplate, outlet, paragraphs, placeholders, sources, quotes, roles, topics];
export const markdownRules: Rule[] = [frontMatter, outlet, markdownBody, placeholders, sources, quotes, roles, topics];

/** `rules` in place of the format's own chain, for tools and tests. */
export function parseSeed(seed: SeedFile, rules = seed.format === "markdown" ? markdownRules : textRules, settings: ParseSettings = {}): ArticleRecord {
  const state = initialState(seed, settings);
  for (const rule of rules) runRule(rule, state);
  const slug = state.front.slug !== undefined ? safeSlug(state.front.slug) : slugify(state.headline ?? "");
  if (state.front.slug !== undefined && slug !== state.front.slug) report(state, "warning", "slug", `slug "${state.front.slug}" is not a URL segment; using "${slug}"`, 2);
  const record: ArticleRecord = {
    id: seed.file.replace(/\.[^./]+$/, ""),
    file: seed.file,
    format: seed.format,
    date: state.date,
    headline: state.headline ?? "",
    slug,
    url: articleUrl(state.date, slug),
    paragraphs: state.html ?? state.paragraphs.map((p) => p.text),
    quotes: state.quotes,
    sources: state.sources,
    people: state.people,
    related: state.related,
    publisher: state.publisher,
    boilerplate: state.boilerplate,
    messages: [...seed.messages, ...state.messages],
    topics: state.topics,
  };
  if (seed.format === "markdown") {
    record.tags = state.front.tags ?? [];
    record.author = state.front.author ?? null;
    if (state.front.draft) record.draft = true;
    if (state.front.aliases) record.aliases = state.front.aliases;
    record.modified = state.front.modified ?? null;
    if (state.front.source && !record.sources.some((s) => s.name === state.front.source)) {
      record.sources.unshift({ name: state.front.source, kind: "outlet", cue: "front matter", paragraph: 0 });
    }
  }
  return record;
}

/**
 * A rule that throws on some text (a bug, or a stack that text overflows) is that
 * seed's error; the rules after it still run, so the seed keeps its page.
 */
function runRule(rule: Rule, state: ParseState): void {
  try {
    rule(state);
  } catch (error) {
    report(state, "error", rule.name || "parse", `the ${rule.name || "parse"} rule failed on this seed (${(error as Error).message ?? String(error)}); the page is made without it`);
  }
}

function initialState(seed: SeedFile, settings: ParseSettings): ParseState {
  return {
    seed,
    body: seed.text.split("\n").map((text, i) => ({ text, line: i + 1 })),
    date: null,
    headline: null,
    headlineLine: 1,
    paragraphs: [],
    html: null,
    boilerplate: [],
    related: [],
    publisher: null,
    quotes: [],
    sources: [],
    sourceMentions: [],
    people: [],
    topics: [],
    messages: [],
    front: {},
    outlets: settings.outlets ?? {},
  };
}
