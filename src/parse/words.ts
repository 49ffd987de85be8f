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

/** Code point ranges of each script's letters; a plain loop over them beats \p{Script} patterns. */
const scriptRanges: Array<[Script, number, number]> = [
  ["latin", 0x41, 0x5a], ["latin", 0x61, 0x7a], ["latin", 0xc0, 0x24f],
  ["greek", 0x370, 0x3ff], ["cyrillic", 0x400, 0x52f], ["hebrew", 0x590, 0x5ff], ["arabic", 0x600, 0x6ff],
  ["cjk", 0x3040, 0x30ff], ["cjk", 0x4e00, 0x9fff], ["cjk", 0xac00, 0xd7af],
];

/** Letters enough to tell a text's script; longer texts are judged by their start. */
const scriptSample = 4000;

/** The script most of the letters are written in. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  const end = Math.min(text.length, scriptSample);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x7a && code < 0xc0)) continue;
    const range = scriptRanges.find(([, low, high]) => code >= low && code <= high);
    if (range) counts.set(range[0], (counts.get(range[0]) ?? 0) + 1);
  }
  let best: Script | null = null;
  let most = 0;
  for (const [script, n] of counts) if (n > most) [best, most] = [script, n];
  return best;
}
