// The data that flows between the stages. Plain objects only: they cross worker
// threads and are exported as JSON, so no classes and no functions in them.

export type Severity = "error" | "warning";

export interface Message {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

export type SeedFormat = "text" | "markdown";

/** One seed as read from disk: decoded, line endings normalised. */
export interface SeedFile {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  format: SeedFormat;
  text: string;
  /** Problems found while decoding (encoding guessed, replacement characters). */
  messages: Message[];
}

export interface Quote {
  text: string;
  speaker: string | null;
  mention: string | null;
  role: string | null;
  cue: string | null;
  addressee: string | null;
  via: string | null;
  paragraph: number;
  /** The attribution rule that gave the speaker ("subject-then-cue", "he-she"), null when none did. */
  rule: string | null;
}

export type SourceKind = "agency" | "outlet" | "document" | "other";

export interface Source {
  name: string;
  kind: SourceKind;
  cue: string;
  paragraph: number;
}

export interface Person {
  name: string;
  role: string | null;
  mentions: string[];
}

export type TopicKind = "place" | "organisation" | "tag";

/** What a story is about: a place or organisation it names, or a tag its front matter gives. */
export interface Topic {
  name: string;
  kind: TopicKind;
}

export interface Publisher {
  name: string;
  url?: string;
  email?: string;
}

export interface ArticleRecord {
  id: string;
  file: string;
  format: SeedFormat;
  date: string | null;
  headline: string;
  slug: string;
  url: string;
  paragraphs: string[];
  quotes: Quote[];
  sources: Source[];
  people: Person[];
  related: string[];
  publisher: Publisher | null;
  boilerplate: string[];
  messages: Message[];
  topics: Topic[];
  /** Markdown front matter: tags, author, source, the date last modified ("modified" or "lastmod"). Absent for text seeds. */
  tags?: string[];
  author?: string | null;
  /** Markdown front matter's `draft: true`: left out of a build, shown marked by serve. Absent when not a draft. */
  draft?: boolean;
  /** Markdown front matter's `aliases`: site paths ("/old/path/") that redirect to the article. */
  aliases?: string[];
  modified?: string | null;
}

/**
 * A record without its story (and the people it names, which only its own page shows):
 * what the archive and the listings need of every article. A build keeps these in
 * memory, and each full record on disk (site/store.ts) until its page renders. `lead`
 * is the story's opening, as listings show it; quotes and sources keep only what the
 * listings show of them.
 */
export type ArticleEntry = Omit<ArticleRecord, "paragraphs" | "boilerplate" | "people" | "quotes" | "sources"> & {
  lead: string;
  quotes: EntryQuote[];
  sources: EntrySource[];
  /** Who the story names or quotes, each name once: what its page links to people pages. */
  named: string[];
};

/** `paragraph` stays: a quote on a person page links to the paragraph it comes from. */
export type EntryQuote = Omit<Quote, "mention" | "rule">;
export type EntrySource = Pick<Source, "name" | "kind">;
