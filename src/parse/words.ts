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

export type Script = "latin" | "cyrillic" | "greek" | "arabic" | "hebrew" | "cjk" | "other";

const scripts: Array<[Script, RegExp]> = [
  ["latin", /\p{Script=Latin}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["cjk", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

/** The script most of the letters are written in. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = scripts.find(([, re]) => re.test(ch))?.[0] ?? "other";
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script | null = null;
  let most = 0;
  for (const [script, n] of counts) if (n > most) [best, most] = [script, n];
  return best;
}
