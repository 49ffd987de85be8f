// A deterministic synthetic news corpus: the same N always gives byte-identical files.
// Each article is written twice: as a seed in the scrape format (for Broadsheet) and as
// Markdown with front matter (for Hugo and Eleventy), so every tool builds the same stories.
// The project's shared generator (../shared/tools/gen-corpus.mjs) is preferred when it is
// there, so numbers compare with other measurements; this one keeps the bench self-contained.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const sharedGenerator = resolve(repo, "..", "shared", "tools", "gen-corpus.mjs");

/** mulberry32: a tiny seeded PRNG, so the corpus does not depend on Math.random. */
export function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ["Bulgaria", "Romania", "Greece", "Turkey", "Serbia", "Ukraine", "Moldova", "Hungary", "Austria", "Italy"];
const speakers = [
  { role: "Prime Minister", name: "Elena Marinova", short: "Marinova" },
  { role: "President", name: "Stefan Kolev", short: "Kolev" },
  { role: "Energy Minister", name: "Dimitar Iliev", short: "Iliev" },
  { role: "Mayor of Varna", name: "Petya Dimova", short: "Dimova" },
  { role: "central bank governor", name: "Nikola Stoyanov", short: "Stoyanov" },
  { role: "union leader", name: "Georgi Penev", short: "Penev" },
  { role: "economist", name: "Maria Hristova", short: "Hristova" },
];
const outlets = ["Reuters", "AFP", "BTA", "the Associated Press", "Bloomberg", "state radio"];
const subjects = ["gas prices", "the budget", "the border", "pensions", "the rail network", "wildfires", "the euro", "hospitals"];
const events = ["deal", "vote", "strike", "inquiry", "tender", "summit", "protest"];
const moods = ["tense", "uncertain", "calm", "unresolved", "promising"];
const cues = ["said", "told journalists", "added", "warned"];

// Lines a publisher appends to every story: the parser should drop them as boilerplate.
const boilerplate = [
  "Subscribe to our newsletter for the day's headlines",
  "Contact the newsroom at desk@example-news.bg",
  "Follow us on social media for live updates",
];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function statement(random) {
  const place = pick(random, places);
  const forms = [
    () => `The ${pick(random, events)} over ${pick(random, subjects)} in ${place} is expected to conclude next month.`,
    () => `According to ${pick(random, outlets)}, the mood around ${pick(random, subjects)} remains ${pick(random, moods)}.`,
    () => `Lawmakers in ${place} set aside ${100 + Math.floor(random() * 900)} million euros for ${pick(random, subjects)}.`,
    () => `Residents of ${place} say ${pick(random, subjects)} matter more than the ${pick(random, events)}.`,
  ];
  return pick(random, forms)();
}

// A quotation before its attribution ends with a comma inside the marks: "...," Name said.
function quotedParagraph(random, speaker) {
  const words = statement(random).replace(/\.$/, ",");
  return `"${words}" ${speaker.short} ${pick(random, cues)}.`;
}

/** The article numbered i, as plain data; each article has its own random stream. */
export function makeArticle(i) {
  const random = randomSource(0x5eed + i * 7919);
  const date = `${2010 + Math.floor(random() * 15)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const speaker = pick(random, speakers);
  const place = pick(random, places);
  const subject = pick(random, subjects);
  const headline = `${place} ${pick(random, events)} on ${subject} draws ${pick(random, ["criticism", "praise", "crowds", "questions"])} (${i + 1})`;
  const paragraphs = [`${speaker.role} ${speaker.name} spoke on ${subject} in ${place} on ${pick(random, ["Monday", "Wednesday", "Friday"])}, ${pick(random, outlets)} reported.`];
  const count = 3 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) {
    paragraphs.push(random() < 0.4 ? quotedParagraph(random, speaker) : `${statement(random)} ${statement(random)}`);
  }
  const related = Array.from({ length: 2 + Math.floor(random() * 4) }, () => `${pick(random, places)} ${pick(random, events)} on ${pick(random, subjects)}`);
  const tags = [place.toLowerCase(), subject.replace(/^the /, "").replace(/ /g, "-")];
  return { date, headline, paragraphs, related, tags };
}

function pad(n) {
  return String(n).padStart(2, "0");
}

/** The seed format: " date YYYY-MM-DD headline", paragraphs one a line, boilerplate, related list. */
export function seedText(article) {
  const lines = [` date ${article.date} ${article.headline}`, ...article.paragraphs, ...boilerplate, ...article.related.map((r) => `- » ${r}`)];
  return `${lines.join("\n")}\n`;
}

/** The same article for the peers: YAML front matter (title, date, tags), paragraphs apart. */
export function markdownText(article) {
  const front = `---\ntitle: ${JSON.stringify(article.headline)}\ndate: ${article.date}\ntags: [${article.tags.map((t) => JSON.stringify(t)).join(", ")}]\n---\n`;
  return `${front}\n${article.paragraphs.join("\n\n")}\n`;
}

/** File names sort in article order at any N: article-0001, article-0002, ... */
export function articleName(i, n) {
  return `article-${String(i + 1).padStart(String(n).length, "0")}`;
}

/** Writes N articles as seeds into textDir and as Markdown into mdDir with our own generator. */
export function writeOwnCorpus(n, textDir, mdDir) {
  mkdirSync(textDir, { recursive: true });
  mkdirSync(mdDir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const article = makeArticle(i);
    const name = articleName(i, n);
    writeFileSync(join(textDir, `${name}.txt`), seedText(article));
    writeFileSync(join(mdDir, `${name}.md`), markdownText(article));
  }
}

/** Writes the corpus with the shared generator when present, else ours; returns which was used. */
export function writeCorpus(n, textDir, mdDir) {
  if (!existsSync(sharedGenerator)) {
    writeOwnCorpus(n, textDir, mdDir);
    return "bench/corpus.mjs";
  }
  execFileSync(process.execPath, [sharedGenerator, String(n), textDir, "--format", "text"], { stdio: "inherit" });
  execFileSync(process.execPath, [sharedGenerator, String(n), mdDir, "--format", "md"], { stdio: "inherit" });
  return "shared/tools/gen-corpus.mjs";
}
