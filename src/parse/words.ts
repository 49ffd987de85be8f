// Small text measures the rules share.

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === "" ? 0 : words.length;
}

/** Ends a sentence: terminal punctuation, maybe followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text.trim());
}

export function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=["”’]?\s+["“‘]?[A-Z]|["”’]?$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

/** At most `max` words, with an ellipsis when cut. */
export function clipWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= max ? text.trim() : `${words.slice(0, max).join(" ")}…`;
}

export type Script = "latin" | "cyrillic" | "greek" | "arabic" | "hebrew" | "cjk";

const scripts: Array<[Script, RegExp]> = [
  ["latin", /\p{Script=Latin}/gu],
  ["cyrillic", /\p{Script=Cyrillic}/gu],
  ["greek", /\p{Script=Greek}/gu],
  ["arabic", /\p{Script=Arabic}/gu],
  ["hebrew", /\p{Script=Hebrew}/gu],
  ["cjk", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu],
];

/** Letters enough to tell a text's script; longer texts are judged by their start. */
const scriptSample = 4000;

/** The script most of the letters are written in. */
export function dominantScript(text: string): Script | null {
  const sample = text.slice(0, scriptSample);
  let best: Script | null = null;
  let most = 0;
  for (const [script, pattern] of scripts) {
    const n = sample.match(pattern)?.length ?? 0;
    if (n > most) [best, most] = [script, n];
  }
  return best;
}
