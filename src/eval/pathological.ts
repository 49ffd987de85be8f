// Pathological seeds: shapes of hostile text, each built at any size, that once made a
// parse rule super-linear or could. `bench/pathological.mjs` times them at growing sizes;
// tests/parse/pathological.test.ts parses each in a worker under a time limit.
import { Worker } from "node:worker_threads";

export interface Shape {
  name: string;
  /** The seed's file name: its extension chooses the format. */
  file: string;
  /** A seed of about `size` characters. */
  build: (size: number) => string;
}

const header = "date 2023-04-30\nA headline about the council\n\n";
const front = "---\ntitle: x\n---\n";

/** `unit` repeated to about `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** A run of units of a few kinds, repeated to `size`: a text that mixes them. */
function cycle(units: string[], size: number): string {
  const one = units.join("");
  return fill(one, size);
}

/** Distinct capitalised words, so names and subjects do not repeat. */
function names(size: number, join = " "): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = capitalisedWord(i);
    words.push(word);
    length += word.length + join.length;
  }
  return words.join(join);
}

function capitalisedWord(i: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let word = "";
  for (let n = i; n > 0 || word === ""; n = Math.floor(n / 26)) word = letters[n % 26] + word;
  return `X${word}`;
}

/** A unit made for each distinct capitalised word, to about `size` characters. */
function distinct(size: number, unit: (word: string) => string): string {
  let text = "";
  for (let i = 0; text.length < size; i++) text += unit(capitalisedWord(i));
  return text;
}

/** A text seed: the date line, a headline and one paragraph of `body`. */
const text = (name: string, body: (size: number) => string): Shape => ({ name, file: `${name}.txt`, build: (size) => header + body(size) + "\n" });
const markdown = (name: string, body: (size: number) => string): Shape => ({ name, file: `${name}.md`, build: (size) => front + body(size) + "\n" });

export const shapes: Shape[] = [
  text("straight-marks", (n) => fill('"', n)),
  text("straight-marks-spaced", (n) => fill('" ', n)),
  text("straight-quoted-words", (n) => fill('"ab" ', n)),
  text("curly-said-wall", (n) => fill("“ab” said ", n)),
  text("curly-quotes-no-space", (n) => fill("x“ab”", n)),
  text("quotes-and-possessive-campaigns", (n) => fill("x“ab” Roe’s campaign ", n)),
  text("unbalanced-openings", (n) => fill("“ab ", n)),
  text("openings-after-sentences", (n) => fill("“Ab cd. ", n)),
  text("nested-marks", (n) => fill("“a ‘b «c “d ", n / 2) + fill("” » ’ ”", n / 2)),
  text("guillemets", (n) => fill("«ab» dit ", n)),
  text("capitalised-run", (n) => names(n)),
  text("capitalised-run-then-quote", (n) => `${names(n)} said: “the words were spoken here.”`),
  text("capitalised-commas-then-quote", (n) => `${names(n, ", ")} said: “the words were spoken here.”`),
  text("speech-cues", (n) => fill("said Xab, told Xcd, according to Xef, ", n)),
  text("speech-cues-then-quote", (n) => fill("said Xab, told Xcd, according to Xef, ", n) + "“the words were spoken here.”"),
  text("quotes-with-named-cues", (n) => cycle(names(n / 4).split(" ").slice(0, 2000).map((w) => `“ab cd ef,” ${w} said. `), n)),
  text("pronoun-quotes", (n) => fill("He said “ab cd ef.” She said “gh ij kl.” ", n)),
  text("pronoun-quotes-comma", (n) => fill("“ab cd ef,” he said, “gh ij kl,” she said ", n)),
  text("long-quote-then-pronoun", (n) => `Xab Xcd spoke. “${fill("ab ", n)}” He said “ab cd ef.”`),
  text("named-then-she-quotes", (n) => cycle(names(n / 4).split(" ").slice(0, 3000).map((w) => `${w} Xyz spoke. “Ab cd ef,” she said. `), n)),
  text("pronoun-quotes-paragraphs", (n) => fill("“Ab cd ef,” he said.\n\n", n)),
  text("lone-quote-paragraphs", (n) => fill("“Ab cd ef gh.”\n\n", n)),
  text("one-word-subjects", (n) => cycle(names(n / 6).split(" ").slice(0, 3000).map((w) => `${w} calls it “ab cd ef”. `), n)),
  { name: "one-line-megabyte", file: "one-line-megabyte.txt", build: (n) => fill("The council met on Tuesday and the mayor spoke about the bridge. ", n) },
  text("one-paragraph-of-words", (n) => fill("the council met on tuesday and the mayor spoke about the bridge ", n)),
  text("sentences-one-paragraph", (n) => fill("The council met on Tuesday. The mayor spoke. ", n)),
  text("short-lines", (n) => fill("ab\n", n)),
  text("short-paragraphs", (n) => fill("Ab cd.\n\n", n)),
  text("hard-wrapped-blocks", (n) => fill("the council met on\ntuesday and spoke\n\n", n)),
  text("related-headlines", (n) => fill("- » A related headline about the council\n", n)),
  text("related-markers-unclosed", (n) => "- » " + fill(" ", n) + "x"),
  text("boilerplate-lines", (n) => "Body text of the story.\n" + fill("Follow us on Twitter and write to us at editors@example.com\n", n)),
  text("navigation-lines", (n) => fill("Home | News | World | Politics\n", n)),
  { name: "navigation-before-headline", file: "navigation-before-headline.txt", build: (n) => fill("Home | News | World\n", n) + "A headline\n\nText.\n" },
  { name: "blank-lines-before-headline", file: "blank-lines-before-headline.txt", build: (n) => fill("\n", n) + "A headline\n\nText.\n" },
  text("punctuation-run", (n) => fill(".,;:!?", n)),
  text("dashes-run", (n) => fill("-- ", n) + " said Xab: “the words.”"),
  text("colons-run", (n) => fill(": ", n) + "“the words were spoken.”"),
  text("long-word", (n) => fill("a", n)),
  text("long-capitalised-word", (n) => "X" + fill("a", n) + " said “the words were spoken.”"),
  text("long-hyphenated-word", (n) => "X" + fill("a-", n) + " said “the words were spoken.”"),
  text("whitespace-run", (n) => "ab" + fill(" ", n) + "cd"),
  { name: "headline-whitespace-run", file: "headline-whitespace-run.txt", build: (n) => "date 2023-04-30\nAb" + fill(" ", n) + "cd\n\nText.\n" },
  { name: "headline-pipes", file: "headline-pipes.txt", build: (n) => "date 2023-04-30\n" + fill("Ab | ", n) + "\n\nText.\n" },
  { name: "date-line-megabyte", file: "date-line-megabyte.txt", build: (n) => "date 2023-04-30 " + fill("The council met on Tuesday and the mayor spoke. ", n) + "\n" },
  { name: "date-line-spaces", file: "date-line-spaces.txt", build: (n) => "date" + fill(" ", n) + "x\nHeadline\n\nText.\n" },
  text("outlet-names", (n) => fill("Reuters AP BBC CNN Associated Press ", n)),
  text("outlets-reported", (n) => fill("Reuters reported, told AP, according to the BBC ", n)),
  text("according-to", (n) => fill("according to ", n)),
  text("according-to-documents", (n) => fill("according to documents ", n)),
  text("state-media", (n) => fill("state media said state TV reported ", n)),
  text("dateline-caps", (n) => fill("WASHINGTON, ", n) + "(Reuters) - Text."),
  text("places-and-organisations", (n) => fill("Iran Iraq United States NATO the Bulgarian Socialist Party ", n)),
  text("capitalised-then-heads", (n) => fill("Ab Cd Ef Gh of the ", n) + "Party"),
  text("titles-and-names", (n) => fill("Foreign Minister Xab Xcd ", n)),
  text("appositions", (n) => fill("Xab Xcd, the a, ", n)),
  text("relations", (n) => fill("his wife, ", n) + "Xab Xcd"),
  text("transcript-labels", (n) => fill("“WALLACE: Let us start here.”\n\n", n)),
  text("transcript-lines", (n) => fill("WALLACE: Let us start here.\n", n)),
  text("courtesy-titles", (n) => fill("Mrs. Xab said her “ab cd ef.” ", n)),
  text("emails-and-domains", (n) => fill("a@b.co x.com ", n)),
  text("namesakes-then-mrs", (n) => distinct(n, (w) => `${w} Smith said “ab cd.” Mrs. Smith said “ef gh.” `)),
  text("apostrophe-surnames", (n) => distinct(n, (w) => `Ann O’${w} said “ab cd.” O’${w} said her “ef gh.” `)),
  text("hyphenated-role-heads", (n) => distinct(n, (w) => `${w}-minister Xab ${w} spoke. The ${w.toLowerCase()}-minister said “ab cd.” `)),
  text("boilerplate-hyphen-run", (n) => "The story.\n" + fill("a-", n) + "a x@y.com"),
  markdown("markdown-nested-quotes", (n) => fill("> ", n / 2) + "a"),
  markdown("markdown-nested-lists", (n) => Array.from({ length: Math.ceil(n / 200) }, (_, i) => `${"  ".repeat(i % 50)}- a`).join("\n")),
  markdown("markdown-emphasis", (n) => fill("*a **b ", n)),
  markdown("markdown-brackets", (n) => fill("[", n)),
  markdown("markdown-links", (n) => fill("[a](b) ", n)),
  markdown("markdown-quotes-said", (n) => fill("“ab” said ", n)),
  markdown("markdown-paragraphs", (n) => fill("Ab “cd ef,” he said.\n\n", n)),
];

export interface Timing {
  /** Best of the runs, in milliseconds; null when the worker ran out of time. */
  ms: number | null;
  size: number;
}

/**
 * Parses one shape at one size in a worker, best of `runs`, and gives up after `limitMs`:
 * a parse that stalls is stopped, not waited for. From src/eval (tests) and lib/eval
 * (the bench) alike, the worker is the compiled one in lib/.
 */
export function timeShape(shape: string, size: number, runs: number, limitMs: number): Promise<Timing> {
  const worker = new Worker(new URL("../../lib/eval/pathological-worker.js", import.meta.url), { workerData: { shape, size, runs } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ms: null, size });
    }, limitMs);
    worker.once("message", (message: Timing) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
