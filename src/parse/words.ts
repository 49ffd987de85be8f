// Small text measures the rules share.

const letter = /\p{L}/u;

/** The word in the text, not inside a longer word. */
export function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!letter.test(text[i - 1] ?? "") && !letter.test(text[i + word.length] ?? "")) return true;
  }
  return false;
}

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

/** Letters enough to tell a text's script; longer texts are judged by their start. */
const scriptSample = 2000;

const scriptNames: Script[] = ["latin", "cyrillic", "greek", "arabic", "hebrew", "cjk"];

/** The script of a letter as an index into scriptNames, by code point range: a plain comparison beats \p{Script} patterns. */
function scriptOf(code: number): number {
  if (code < 0x41) return -1;
  if (code <= 0x7a) return code <= 0x5a || code >= 0x61 ? 0 : -1;
  if (code < 0xc0) return -1;
  if (code <= 0x24f) return 0;
  if (code >= 0x400 && code <= 0x52f) return 1;
  if (code >= 0x370 && code <= 0x3ff) return 2;
  if (code >= 0x600 && code <= 0x6ff) return 3;
  if (code >= 0x590 && code <= 0x5ff) return 4;
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 5;
  return -1;
}

/** The script most of the letters are written in. */
export function dominantScript(text: string): Script | null {
  const counts = new Int32Array(scriptNames.length);
  const end = Math.min(text.length, scriptSample);
  for (let i = 0; i < end; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script >= 0) counts[script]++;
  }
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0 && (best === -1 || counts[i] > counts[best])) best = i;
  return best === -1 ? null : scriptNames[best];
}
