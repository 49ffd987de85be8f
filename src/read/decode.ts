// Bytes to text. Scrapes arrive as UTF-8 (with or without a BOM), UTF-16, or a
// legacy single-byte code page; every result has "\n" line endings.

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the encoding was guessed rather than declared or valid UTF-8. */
  guessed: boolean;
}

const boms: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) return { text: normaliseNewlines(new TextDecoder(encoding).decode(bytes)), encoding, guessed: false };
  for (const [mark, name] of boms) {
    if (mark.every((b, i) => bytes[i] === b)) {
      return { text: normaliseNewlines(new TextDecoder(name).decode(bytes.subarray(mark.length))), encoding: name, guessed: false };
    }
  }
  try {
    return { text: normaliseNewlines(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), encoding: "utf-8", guessed: false };
  } catch {
    const legacy = guessLegacyEncoding(bytes);
    return { text: normaliseNewlines(new TextDecoder(legacy).decode(bytes)), encoding: legacy, guessed: true };
  }
}

/**
 * Not UTF-8, so a single-byte code page. Cyrillic text in windows-1251 is mostly
 * bytes 0xC0-0xFF (letters); Western text in windows-1252 uses them only for accents.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0xc0) letters++;
  }
  return high > 0 && letters / high > 0.8 && high / bytes.length > 0.1 ? "windows-1251" : "windows-1252";
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
