/**
 * Opening hours of a phone line, written the way OpenStreetMap writes them, worked out in UK time
 * and shown in the person's own language with Intl. Used by every element with a `phone-hours`
 * attribute.
 *
 * ```ts
 * const hours = parseOpeningHours('Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00'); // null if unreadable
 * openingState(hours, new Date());  // { open: true, closes: { weekday: 0, minutes: 1200, daysAhead: 0 } }
 * openingRows(hours);               // [{ days: [0,1,2,3,4], ranges: [{ start: 480, end: 1200 }] }, …]
 * formatWeekdays([0, 1, 2, 3, 4], 'en', (from, to) => `${from} to ${to}`, words); // 'Monday to Friday'
 * formatTimeOfDay(1200, 'en'); // '20:00'
 * ```
 *
 * Formatting takes {@link HoursWords} from the caller's translations: lists are always joined
 * with them, and weekday names come from them where the browser's Intl lacks the language
 * (Chrome has no Welsh), so a Welsh page never shows English day names. Times and numbers go
 * through `intlLocale` (Latin digits in every language).
 *
 * What `parseOpeningHours` reads (a small, strict part of the OSM `opening_hours` syntax):
 * - rules separated by `;`, each `<days> <times>`, or `<times>` alone for every day, or `24/7`;
 * - days: `Mo Tu We Th Fr Sa Su`, ranges (`Mo-Fr`, `Sa-Mo` wraps round) and lists (`Mo,We,Fr`);
 * - times: `08:00-20:00`, several with commas (`08:00-12:00,13:00-17:00`), `24:00` as an end,
 *   an end before the start for hours past midnight (`22:00-02:00`), or `off` / `closed`;
 * - a later rule replaces an earlier one for the days it names (`Mo-Fr 08:00-20:00; We off`).
 * En and em dashes count as hyphens and spaces around `-` and `,` are ignored, as CMS editors type
 * them. Anything else (public holidays, months, week numbers) makes the whole text unreadable:
 * `null`, so that an element shows no hours rather than wrong ones.
 */
import { intlLocale } from './i18n/intl-locale.js';

/** 0 is Monday … 6 is Sunday, as the UK's week runs. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Minutes after midnight: `start` from 0 to 1439; `end` after `start`, past 1440 for hours that run past midnight. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** The opening times of each weekday, Monday first; an empty list is a closed day. */
export interface OpeningHours {
  readonly days: readonly (readonly TimeRange[])[];
}

/** A wall-clock time in the hours' time zone, relative to now. */
export interface OpeningMoment {
  weekday: Weekday;
  /** Minutes after midnight. A closing time at midnight is 1440 of the day that ends, not 0 of the next. */
  minutes: number;
  /** 0 today, 1 tomorrow, up to 7 (the same weekday next week). */
  daysAhead: number;
}

/** Open, and when it closes (`null`: never, open all the time); or closed, and when it opens (`null`: never). */
export type OpeningState = { open: true; closes: OpeningMoment | null } | { open: false; opens: OpeningMoment | null };

/** One line of a timetable: days with the same times. */
export interface OpeningRow {
  days: Weekday[];
  ranges: readonly TimeRange[];
}

/** The time zone the hours are in: a UK line keeps UK time whatever the caller's own zone. */
export const UK_TIME_ZONE = 'Europe/London';

const DAY = 1440;
const WEEK = 7 * DAY;
const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

function dayIndex(code: string): Weekday | null {
  const index = DAY_CODES.indexOf(code.toLowerCase());
  return index < 0 ? null : (index as Weekday);
}

function parseDays(selector: string): Weekday[] | null {
  const days: Weekday[] = [];
  for (const item of selector.split(',')) {
    const [from, to, extra] = item.split('-');
    const first = dayIndex(from ?? '');
    const last = to === undefined ? first : dayIndex(to);
    if (first === null || last === null || extra !== undefined) return null;
    for (let day = first; ; day = (day + 1) % 7) {
      days.push(day as Weekday);
      if (day === last) break;
    }
  }
  return days;
}

function parseClock(text: string, isEnd: boolean): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !isEnd))) return null;
  return hours * 60 + minutes;
}

function parseTimes(selector: string): TimeRange[] | null {
  if (/^(off|closed)$/i.test(selector)) return [];
  const ranges: TimeRange[] = [];
  for (const item of selector.split(',')) {
    const [from, to, extra] = item.split('-');
    const start = parseClock(from ?? '', false);
    const end = parseClock(to ?? '', true);
    if (start === null || end === null || extra !== undefined || start === end) return null;
    ranges.push({ start, end: end < start ? end + DAY : end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Reads hours such as `Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00`; `null` when empty or not readable. */
export function parseOpeningHours(text: string): OpeningHours | null {
  const normalised = text
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/\s*([-,])\s*/g, '$1')
    .trim();
  const rules = normalised
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean);
  if (!rules.length) return null;
  const days: TimeRange[][] = Array.from({ length: 7 }, () => []);
  for (const rule of rules) {
    if (rule === '24/7') {
      days.fill([{ start: 0, end: DAY }]);
      continue;
    }
    const words = rule.split(/\s+/);
    if (words.length > 2) return null;
    const chosen = words.length === 2 ? parseDays(words[0]!) : ([0, 1, 2, 3, 4, 5, 6] as Weekday[]);
    const ranges = parseTimes(words[words.length - 1]!);
    if (!chosen || !ranges) return null;
    for (const day of chosen) days[day] = ranges;
  }
  return { days };
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The weekday and minutes after midnight shown on a clock in `timeZone` at `now`. */
function wallClock(now: Date, timeZone: string): { weekday: Weekday; minutes: number } {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(now).map((part) => [part.type, part.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') as Weekday;
  return { weekday, minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
}

/** Every opening as [start, end) in minutes of the week, repeated over three weeks and merged, so wrap-round needs no special case. */
function weekIntervals(hours: OpeningHours): Array<[number, number]> {
  const intervals: Array<[number, number]> = [];
  hours.days.forEach((ranges, day) => {
    for (const range of ranges) {
      for (const shift of [-WEEK, 0, WEEK]) intervals.push([day * DAY + range.start + shift, day * DAY + range.end + shift]);
    }
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

function moment(at: number, now: number, closing: boolean): OpeningMoment {
  // A line that closes at midnight closes "at midnight" that day, not "tomorrow at 00:00".
  const day = closing && at % DAY === 0 ? at / DAY - 1 : Math.floor(at / DAY);
  return {
    weekday: (((day % 7) + 7) % 7) as Weekday,
    minutes: at - day * DAY,
    daysAhead: day - Math.floor(now / DAY),
  };
}

/** Whether the line is open at `now` by the clock in `timeZone` (default UK time), and when that changes. */
export function openingState(hours: OpeningHours, now: Date, timeZone: string = UK_TIME_ZONE): OpeningState {
  const clock = wallClock(now, timeZone);
  const t = clock.weekday * DAY + clock.minutes;
  const intervals = weekIntervals(hours);
  const current = intervals.find(([start, end]) => start <= t && t < end);
  if (current) return { open: true, closes: current[1] - current[0] >= WEEK ? null : moment(current[1], t, true) };
  const next = intervals.find(([start]) => start > t);
  return { open: false, opens: next ? moment(next[0], t, false) : null };
}

/** The hours as timetable lines: days with the same times together, in week order, closed days included. */
export function openingRows(hours: OpeningHours): OpeningRow[] {
  const rows = new Map<string, OpeningRow>();
  hours.days.forEach((ranges, day) => {
    const key = JSON.stringify(ranges);
    const row = rows.get(key);
    if (row) row.days.push(day as Weekday);
    else rows.set(key, { days: [day as Weekday], ranges });
  });
  return [...rows.values()];
}

/**
 * Words from the caller's translations. Lists are always joined with them, never with
 * Intl.ListFormat, whose wording differs by engine (Welsh "a(c)" in Firefox and WebKit, none in
 * Chromium); weekday names come from them where the browser has no dates in the language (Welsh
 * in Chromium; Android's Chrome carries fewer languages than the desktop).
 */
export interface HoursWords {
  /** The weekday names, Monday first. */
  weekdays: readonly string[];
  /** Joins the last two items of a list, e.g. `(a, b) => \`${a} and ${b}\``. */
  and: (first: string, last: string) => string;
  /** Joins the items before those, e.g. `(a, b) => \`${a}, ${b}\``. */
  next: (first: string, next: string) => string;
}

const supported = new Map<string, boolean>();

/** True when the browser formats dates in `locale` (not just in a fallback language). */
function intlKnows(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    try {
      known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      known = false;
    }
    supported.set(locale, known);
  }
  return known;
}

/** The weekday's name in `lang`, e.g. `Monday`, `poniedziałek`, `الاثنين`; from `words` when Intl does not know `lang`. */
export function formatWeekday(day: Weekday, lang: string, words?: HoursWords): string {
  const locale = intlLocale(lang);
  if (words && !intlKnows(locale)) return words.weekdays[day] ?? '';
  // 1 January 2001 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 1 + day));
}

/**
 * A time of day in `lang`, with Latin digits, e.g. `08:00`, `08:00 ص`; 1440 (midnight at the end
 * of the day) is shown as 00:00. A language Intl does not know gets the 24-hour clock rather than a guessed one.
 */
export function formatTimeOfDay(minutes: number, lang: string): string {
  const locale = intlLocale(lang);
  return new Intl.DateTimeFormat(intlKnows(locale) ? locale : intlLocale('en'), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2001, 0, 1, 0, minutes % DAY));
}

/** `items` as a list (`A, B and C`), joined with the translations' own words in every engine. */
export function formatList(items: readonly string[], words: HoursWords): string {
  if (items.length < 2) return items[0] ?? '';
  const last = items[items.length - 1]!;
  const before = items.slice(0, -1).reduce((list, item) => words.next(list, item));
  return words.and(before, last);
}

/**
 * Days in words: three or more days in a row as a range (`range(from, to)`, e.g. "Monday to
 * Friday", worded by the caller's translations), others listed (`Saturday and Sunday`).
 */
export function formatWeekdays(
  days: readonly Weekday[],
  lang: string,
  range: (from: string, to: string) => string,
  words: HoursWords,
): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const name = (day: Weekday) => formatWeekday(day, lang, words);
  const pieces: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    if (j - i >= 2) pieces.push(range(name(sorted[i]!), name(sorted[j]!)));
    else for (let k = i; k <= j; k++) pieces.push(name(sorted[k]!));
    i = j + 1;
  }
  return formatList(pieces, words);
}
