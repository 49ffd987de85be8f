// "Did you mean": the known name nearest a typed one, by edit distance, where it is near enough.

/**
 * Edits between two strings: insertions, deletions, substitutions, and swaps of two
 * neighbouring characters ("biuld" is one edit from "build"), ignoring case.
 */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The known name nearest `typed`: within a third of its length in edits (at least one),
 * or the only known name it begins ("--time" for "--timings"); null when none is near.
 */
export function closest(typed: string, known: string[]): string | null {
  const bare = (name: string) => name.replace(/^-+/, "");
  const word = bare(typed);
  if (word === "") return null;
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(word, bare(name));
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  if (best !== null && bestDistance <= allowed) return best;
  const begun = known.filter((name) => word.length >= 2 && bare(name).toLowerCase().startsWith(word.toLowerCase()));
  return begun.length === 1 ? begun[0] : null;
}
