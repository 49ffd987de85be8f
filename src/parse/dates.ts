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
