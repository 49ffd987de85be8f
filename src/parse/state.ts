// The state a seed's parse rules share, in the manner of markdown-it's StateCore:
// each rule reads what earlier rules left and adds its own part.
import { withoutControlCharacters } from "../read/clean.js";
import type { Message, Person, Publisher, Quote, SeedFile, Severity, Source, Topic } from "../types.js";

/** A line of the seed with its 1-based line number, for messages. */
export interface Line {
  text: string;
  line: number;
}

export interface ParseState {
  seed: SeedFile;
  /** Lines after the header, not yet claimed by a rule. */
  body: Line[];
  date: string | null;
  headline: string | null;
  headlineLine: number;
  paragraphs: Line[];
  /** Markdown seeds: paragraphs as rendered HTML blocks, paragraphs holds their text. */
  html: string[] | null;
  boilerplate: string[];
  related: string[];
  publisher: Publisher | null;
  quotes: Quote[];
  sources: Source[];
  /** Every naming of a source, where sources keeps the first of each. */
  sourceMentions: Source[];
  people: Person[];
  topics: Topic[];
  messages: Message[];
  front: FrontMatter;
  /** The "outlets" setting: file-name prefixes to outlet names, over the built-in list. */
  outlets: Readonly<Record<string, string>>;
}

/** What a site's settings bring to the parse. */
export interface ParseSettings {
  outlets?: Readonly<Record<string, string>>;
}

/** What a Markdown seed's front matter may set. */
export interface FrontMatter {
  headline?: string;
  date?: string;
  slug?: string;
  tags?: string[];
  source?: string;
  author?: string;
  draft?: boolean;
  /** Site paths the article is also reached at (aliasPath), each redirecting to it. */
  aliases?: string[];
  modified?: string;
}

export type Rule = (state: ParseState) => void;

/** The seed's file name, without folder and extension: the headline of last resort, as clean as the seed's text. */
export function fileNameHeadline(state: ParseState): string {
  return withoutControlCharacters(state.seed.file.replace(/^.*\//, "").replace(/\.[^.]+$/, "")).replace(/\s+/g, " ").trim();
}

export function report(state: ParseState, severity: Severity, rule: string, message: string, line = 1, column = 1): void {
  state.messages.push({ file: state.seed.file, line, column, severity, rule, message });
}
