// Slugs and article URLs, after DESIGN.md's URL scheme.
import transliterate from "@sindresorhus/transliterate";

const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht",
  ъ: "a", ы: "y", ь: "y", э: "e", ю: "yu", я: "ya", є: "ye", і: "i", ї: "yi", ґ: "g",
};

const maxSlugWords = 8;
/** Well under the 255 bytes a file name may have anywhere, with room for a "-2" suffix. */
export const maxSlugLength = 80;
/** Names Windows keeps for devices: a folder of that name cannot be checked out there. */
const reservedNames = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Lower-case ASCII words joined by hyphens. A headline's part before a colon names
 * the story ("Message from Iran to Iraq: ..."); longer ones are cut to a few words.
 */
export function slugify(headline: string): string {
  const beforeColon = /^([^:]+):\s/.exec(headline)?.[1];
  const text = beforeColon && beforeColon.trim().split(/\s+/).length >= 3 ? beforeColon : headline;
  const words = latinLetters(text).replace(/['’]/g, "").split(/[^a-z0-9]+/).filter(Boolean).slice(0, maxSlugWords);
  return safeSlug(words.join("-"));
}

/**
 * Text in lower-case Latin letters without accents: Cyrillic as Bulgarian spells it in
 * Latin (the archive's first newspaper is Bulgarian); a letter with an accent as the
 * letter ("Müller" "muller", "Erdoğan" "erdogan"); a letter that is no Latin letter with
 * an accent by transliteration ("Łódź" "lodz", "Søren" "soren", "Straße" "strasse",
 * Greek); what has no Latin spelling stays as it is. For slugs, and for the keys that
 * make one person of "Łukasz Nowak" and "Lukasz Nowak".
 */
export function latinLetters(text: string): string {
  const unaccented = [...text.toLowerCase()].map((ch) => cyrillic[ch] ?? ch).join("").normalize("NFKD").replace(/\p{M}/gu, "");
  // ASCII, the most of it, has nothing left to spell
  return /^[\x00-\x7f]*$/.test(unaccented) ? unaccented : transliterate(unaccented).toLowerCase();
}

/**
 * A slug as a URL segment: lower-case letters, digits and hyphens only, so a
 * front-matter slug can never climb out of the site ("../x") or break a link; at
 * most `maxSlugLength` bytes, cut at a hyphen where there is one, so that no
 * file name is too long; never a listing's own segment (a day "30" under a month,
 * "page" of a pagination) nor a name Windows reserves.
 */
export function safeSlug(slug: string): string {
  const clean = cut(latinLetters(slug).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""));
  if (!clean) return "article";
  return /^\d+$/.test(clean) || clean === "page" || reservedNames.test(clean) ? `article-${clean}` : clean;
}

/**
 * A slug for a name: its words, whole, never cut at a colon. A name none of whose letters
 * has a Latin spelling (Chinese, Hebrew) keeps its own letters, as Hugo's slugs do
 * ("/people/习近平/"): "article", numbered as others came, would move from one to another.
 */
export function nameSlug(name: string): string {
  const text = name.replace(/:/g, " ");
  const words = latinLetters(text).normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || words.some((word) => /[a-z0-9]/.test(word))) return slugify(text);
  return cut(words.slice(0, maxSlugWords).join("-"));
}

/** Cut to the last whole word that fits in `maxSlugLength` bytes; a single over-long word is cut where the length ends, at a whole letter. */
function cut(slug: string): string {
  if (Buffer.byteLength(slug) <= maxSlugLength) return slug;
  let head = "";
  let bytes = 0;
  for (const letter of slug) {
    bytes += Buffer.byteLength(letter);
    if (bytes > maxSlugLength) break;
    head += letter;
  }
  // a hyphen right after the cut: it ends a whole word
  const boundary = slug[head.length] === "-" ? head.length : head.lastIndexOf("-");
  return (boundary > 0 ? head.slice(0, boundary) : head).replace(/-+$/, "");
}

export function articleUrl(date: string | null, slug: string): string {
  if (!date) return `/undated/${slug}/`;
  const [y, m, d] = date.split("-");
  return d ? `/${y}/${m}/${d}/${slug}/` : `/${y}/${m}/${slug}/`;
}
