// Where a JSON file's mistake is, as "line:column", for messages about settings and theme files.

/** The line and column where JSON.parse stopped, from its message. */
export function jsonErrorPlace(text: string, message: string): string {
  return lineColumn(text, errorOffset(text, message));
}

/**
 * Where JSON.parse stopped. V8 gives a position, or quotes the text around the bad
 * token: ten characters either side, "..." marking a cut ("...", "x": Pe...), or all
 * of a short text, where the token's first place is taken.
 */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const quoted = /token '(.)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!quoted) return 0;
  const [, token, cutBefore, snippet, cutAfter] = quoted;
  const at = text.indexOf(snippet);
  if (at === -1) return 0;
  if (cutBefore) return at + contextLength;
  if (cutAfter) return at + snippet.length - contextLength;
  return Math.max(0, text.indexOf(token));
}

const contextLength = 10;

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
