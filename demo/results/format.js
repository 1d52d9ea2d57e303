// How the results page writes numbers, ratings, weeks and languages (English, en-GB).

/** GOV.UK satisfaction wording, as on the feedback form (1 to 5 scale only). */
const LABELS_5 = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither satisfied or dissatisfied',
  4: 'Satisfied',
  5: 'Very satisfied',
};

export const integer = new Intl.NumberFormat('en-GB');
export const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
export const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const plural = new Intl.PluralRules('en-GB');

/** `count` with the right form of the noun: 1 rating, 2 ratings. */
export const counted = (count, one, other) => `${integer.format(count)} ${plural.select(count) === 'one' ? one : other}`;

export const languageNames = new Intl.DisplayNames('en-GB', { type: 'language', fallback: 'code' });

/** The rating values of a scale, 1 to max. */
export const values = (max) => Array.from({ length: max }, (_, i) => i + 1);

/** "2 – Dissatisfied" on the 1 to 5 scale, else "1 (lowest)", "7", "10 (highest)". */
export function ratingLabel(value, max) {
  if (max === 5) return `${value} – ${LABELS_5[value]}`;
  if (value === 1) return '1 (lowest)';
  if (value === max) return `${value} (highest)`;
  return String(value);
}

/**
 * An ISO week key ("2025-W03") as dates, with short month names to keep the table narrow:
 * "13 to 19 Jan 2025", "30 Dec 2024 to 5 Jan 2025".
 * @returns {{ dates: string, week: string }}
 */
export function weekLabel(key) {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return { dates: key, week: '' };
  const [year, week] = [Number(match[1]), Number(match[2])];
  // Week 1 is the week with 4 January in it; weeks start on Monday.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const part = (date, options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(date);
  const sameYear = monday.getUTCFullYear() === sunday.getUTCFullYear();
  const sameMonth = sameYear && monday.getUTCMonth() === sunday.getUTCMonth();
  const start = sameMonth
    ? part(monday, { day: 'numeric' })
    : part(monday, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
  return {
    dates: `${start} to ${part(sunday, { day: 'numeric', month: 'short', year: 'numeric' })}`,
    week: `Week ${week}`,
  };
}
