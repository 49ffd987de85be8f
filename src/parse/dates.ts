// Dates as the record holds them: "YYYY-MM-DD", or "YYYY-MM" when only a month is known.

const isoDate = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The date normalised, or null when it is no calendar date. */
export function validDate(text: string): string | null {
  const m = isoDate.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${mo}`;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days ? `${y}-${mo}-${d}` : null;
}

/** A date in a file name such as "ap_2016-09-12_headline.txt". */
export function dateInFileName(file: string): string | null {
  const m = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?:[^\d]|$)/.exec(file);
  return m ? validDate(m[1]) : null;
}

/**
 * A date no article of a news archive has: one before 1800 (a "0001-01-01" that a form
 * or a database leaves empty) or a zero date, what a scraper writes for a missing date
 * (1970-01-01, the Unix epoch; 1900-01-01, spreadsheets' and SQL Server's; the
 * 9999-12-31 of "no end"). Such an article is undated, never published as a year.
 */
export function isPlaceholderDate(date: string): boolean {
  return date < "1800" || date >= "9999" || /^(?:1970|1900)-01(?:-01)?$/.test(date);
}

export const placeholderDateRule = "before 1800, or a zero date such as 1970-01-01";
