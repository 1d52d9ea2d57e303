import type { TFunction } from './i18n/i18n.js';
import { intlLocale } from './i18n/intl-locale.js';
import {
  formatList,
  formatTimeOfDay,
  formatWeekday,
  formatWeekdays,
  openingRows,
  openingState,
  type HoursWords,
  type OpeningHours,
  type OpeningMoment,
} from './opening-hours.js';
import { addEnglish } from './i18n/english.js';
import hours from '../locales/en.json?ns=hours';

addEnglish({ hours });

/** One line of a timetable, in the reader's language: "Monday to Friday" and "08:00 to 20:00". */
export interface HoursLine {
  days: string;
  times: string;
}

/**
 * Opening hours in words, shared by every element that shows a phone line's hours. Strings come
 * from the `hours` namespace: lists are joined with `hours:listNext` and `hours:listAnd` in every
 * engine (Intl.ListFormat words them differently from engine to engine); Intl formats weekdays
 * and times, with Latin digits, and the translations' own weekday names where the browser lacks
 * the language (Welsh in Chrome).
 */
export class HoursText {
  private readonly locale: string;
  private readonly words: HoursWords;

  constructor(
    private readonly t: TFunction,
    lang: string,
  ) {
    this.locale = intlLocale(lang);
    this.words = {
      weekdays: [0, 1, 2, 3, 4, 5, 6].map((day) => t(`hours:weekdays.${day}`)),
      and: (first, last) => t('hours:listAnd', { first, last }),
      next: (first, next) => t('hours:listNext', { first, next }),
    };
  }

  /** A time of day given in minutes since midnight; 1440 is "midnight" at the end of a day. */
  time(minutes: number): string {
    return minutes % 1440 === 0 && minutes > 0 ? this.t('hours:midnight') : formatTimeOfDay(minutes, this.locale);
  }

  /** The timetable, days with the same hours grouped. */
  lines(hours: OpeningHours): HoursLine[] {
    const { t } = this;
    return openingRows(hours).map((row) => {
      const allDay = row.ranges.length === 1 && row.ranges[0]!.start === 0 && row.ranges[0]!.end === 1440;
      const times = !row.ranges.length
        ? t('hours:closedDay')
        : allDay
          ? t('hours:allDay')
          : formatList(
              row.ranges.map((r) => t('hours:timeRange', { start: this.time(r.start), end: this.time(r.end) })),
              this.words,
            );
      const days = formatWeekdays(row.days, this.locale, (from, to) => t('hours:daysRange', { from, to }), this.words);
      return { days, times };
    });
  }

  /** "Open now, closes at 20:00" or "Closed now, opens Monday at 08:00", in UK time. */
  status(hours: OpeningHours, now: Date): string {
    const { t } = this;
    const state = openingState(hours, now);
    const when = (moment: OpeningMoment, today: string, tomorrow: string, later: string) => {
      const options = { time: this.time(moment.minutes), day: formatWeekday(moment.weekday, this.locale, this.words) };
      return t(`hours:${moment.daysAhead === 0 ? today : moment.daysAhead === 1 ? tomorrow : later}`, options);
    };
    if (state.open) {
      return state.closes ? when(state.closes, 'openClosesToday', 'openClosesTomorrow', 'openClosesOn') : t('hours:openAlways');
    }
    return state.opens ? when(state.opens, 'closedOpensToday', 'closedOpensTomorrow', 'closedOpensOn') : t('hours:closedNow');
  }
}
