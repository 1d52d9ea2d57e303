import { expect } from '@open-wc/testing';
import {
  formatList,
  formatTimeOfDay,
  formatWeekday,
  formatWeekdays,
  openingRows,
  openingState,
  parseOpeningHours,
  type HoursWords,
  type OpeningHours,
} from './opening-hours.js';

const hours = (text: string): OpeningHours => {
  const parsed = parseOpeningHours(text);
  if (!parsed) throw new Error(`could not parse ${text}`);
  return parsed;
};
const DESK = 'Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00';
const range = (from: string, to: string) => `${from} to ${to}`;

describe('parseOpeningHours', () => {
  it('reads the victim desk hours into each weekday', () => {
    const desk = hours(DESK);
    expect(desk.days.slice(0, 5).every((d) => d.length === 1 && d[0]!.start === 480 && d[0]!.end === 1200)).to.be.true;
    expect(desk.days[5]).to.deep.equal([{ start: 480, end: 960 }]);
    expect(desk.days[6]).to.deep.equal([{ start: 480, end: 960 }]);
  });

  it('reads what CMS editors type: dashes, spaces, lists, wrap-round ranges, several times a day', () => {
    expect(hours('Mo – Fr 08:00 – 20:00 ; Sa,Su 10:00-14:00;')).to.deep.equal(hours('Mo-Fr 08:00-20:00; Sa-Su 10:00-14:00'));
    expect(hours('Fr-Mo 09:00-12:00').days.map((d) => d.length)).to.deep.equal([1, 0, 0, 0, 1, 1, 1]);
    expect(hours('Mo,We 09:00-12:00,13:30-17:00').days[2]).to.deep.equal([
      { start: 540, end: 720 },
      { start: 810, end: 1020 },
    ]);
    expect(hours('mo-fr 9:00-17:00').days[0]).to.deep.equal([{ start: 540, end: 1020 }]);
  });

  it('lets a later rule replace an earlier one for the days it names', () => {
    const parsed = hours('Mo-Fr 08:00-20:00; We off; Fr 10:00-12:00');
    expect(parsed.days[2]).to.deep.equal([]);
    expect(parsed.days[4]).to.deep.equal([{ start: 600, end: 720 }]);
    expect(parsed.days[0]).to.deep.equal([{ start: 480, end: 1200 }]);
  });

  it('reads 24/7, times without days (every day), 24:00 and hours past midnight', () => {
    expect(hours('24/7').days.every((d) => d[0]!.start === 0 && d[0]!.end === 1440)).to.be.true;
    expect(hours('09:00-17:00').days.every((d) => d[0]!.start === 540)).to.be.true;
    expect(hours('Sa 18:00-24:00').days[5]).to.deep.equal([{ start: 1080, end: 1440 }]);
    expect(hours('Fr 22:00-02:00').days[4]).to.deep.equal([{ start: 1320, end: 1560 }]);
  });

  for (const text of [
    '',
    '  ;  ',
    'Mo-Fr',
    'Mo-Fr 8-20',
    'Mon-Fri 08:00-20:00',
    'Mo-Fr 08:00-25:00',
    'Mo-Fr 08:60-20:00',
    'Mo-Fr 24:00-08:00',
    'Mo-Fr 08:00-08:00',
    'Mo-Fr 08:00-20:00-22:00',
    'Mo-Fr 08:00-20:00 open',
    'Mo-Fr 08:00-20:00; PH off',
    'Mo-Tu-We 08:00-20:00',
    '8am to 8pm',
  ]) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseOpeningHours(text)).to.equal(null);
    });
  }
});

describe('openingState in UK time', () => {
  const cases: Array<[string, string, string, unknown]> = [
    // [hours, instant (UTC), what a London clock shows, expected]
    [DESK, '2026-06-01T09:00:00Z', 'Monday 10:00 BST', { open: true, closes: { weekday: 0, minutes: 1200, daysAhead: 0 } }],
    [DESK, '2026-06-05T18:59:00Z', 'Friday 19:59 BST', { open: true, closes: { weekday: 4, minutes: 1200, daysAhead: 0 } }],
    [DESK, '2026-06-05T19:00:00Z', 'Friday 20:00 BST', { open: false, opens: { weekday: 5, minutes: 480, daysAhead: 1 } }],
    [DESK, '2026-06-05T22:59:00Z', 'Friday 23:59 BST', { open: false, opens: { weekday: 5, minutes: 480, daysAhead: 1 } }],
    [DESK, '2026-06-05T23:00:00Z', 'Saturday 00:00 BST', { open: false, opens: { weekday: 5, minutes: 480, daysAhead: 0 } }],
    [DESK, '2026-06-07T15:30:00Z', 'Sunday 16:30 BST', { open: false, opens: { weekday: 0, minutes: 480, daysAhead: 1 } }],
    ['Mo-Fr 08:00-20:00', '2026-06-06T12:00:00Z', 'Saturday 13:00 BST', { open: false, opens: { weekday: 0, minutes: 480, daysAhead: 2 } }],
    ['Mo-Fr 08:00-20:00', '2026-06-01T06:59:00Z', 'Monday 07:59 BST', { open: false, opens: { weekday: 0, minutes: 480, daysAhead: 0 } }],
    ['Mo 08:00-20:00', '2026-06-01T19:30:00Z', 'Monday 20:30 BST', { open: false, opens: { weekday: 0, minutes: 480, daysAhead: 7 } }],
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026: the same UTC time reads an hour later.
    [DESK, '2026-03-28T07:30:00Z', 'Saturday 07:30 GMT', { open: false, opens: { weekday: 5, minutes: 480, daysAhead: 0 } }],
    [DESK, '2026-03-29T07:30:00Z', 'Sunday 08:30 BST', { open: true, closes: { weekday: 6, minutes: 960, daysAhead: 0 } }],
    [DESK, '2026-03-29T15:30:00Z', 'Sunday 16:30 BST', { open: false, opens: { weekday: 0, minutes: 480, daysAhead: 1 } }],
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
    [DESK, '2026-10-24T15:30:00Z', 'Saturday 16:30 BST', { open: false, opens: { weekday: 6, minutes: 480, daysAhead: 1 } }],
    [DESK, '2026-10-25T07:30:00Z', 'Sunday 07:30 GMT', { open: false, opens: { weekday: 6, minutes: 480, daysAhead: 0 } }],
    [DESK, '2026-10-25T15:30:00Z', 'Sunday 15:30 GMT', { open: true, closes: { weekday: 6, minutes: 960, daysAhead: 0 } }],
    // Winter: GMT, London and UTC agree.
    [DESK, '2026-12-07T08:00:00Z', 'Monday 08:00 GMT', { open: true, closes: { weekday: 0, minutes: 1200, daysAhead: 0 } }],
    // Past midnight, and round the end of the week.
    ['Fr 22:00-02:00', '2026-06-05T22:00:00Z', 'Friday 23:00 BST', { open: true, closes: { weekday: 5, minutes: 120, daysAhead: 1 } }],
    ['Fr 22:00-02:00', '2026-06-06T00:00:00Z', 'Saturday 01:00 BST', { open: true, closes: { weekday: 5, minutes: 120, daysAhead: 0 } }],
    ['Su 22:00-02:00', '2026-06-08T00:00:00Z', 'Monday 01:00 BST', { open: true, closes: { weekday: 0, minutes: 120, daysAhead: 0 } }],
    // Closing at midnight is "midnight that day"; days open end to end count as one opening.
    ['Mo-Fr 00:00-24:00', '2026-06-01T11:00:00Z', 'Monday 12:00 BST', { open: true, closes: { weekday: 4, minutes: 1440, daysAhead: 4 } }],
    ['Sa 18:00-24:00', '2026-06-06T20:00:00Z', 'Saturday 21:00 BST', { open: true, closes: { weekday: 5, minutes: 1440, daysAhead: 0 } }],
    ['24/7', '2026-06-01T09:00:00Z', 'any time', { open: true, closes: null }],
    ['Mo-Su 00:00-24:00', '2026-10-25T01:30:00Z', 'any time', { open: true, closes: null }],
    ['Mo-Su off', '2026-06-01T09:00:00Z', 'any time', { open: false, opens: null }],
  ];
  for (const [text, instant, clock, expected] of cases) {
    it(`${text} at ${clock}`, () => {
      expect(openingState(hours(text), new Date(instant))).to.deep.equal(expected);
    });
  }

  it('can be asked about another time zone', () => {
    expect(openingState(hours(DESK), new Date('2026-06-01T09:00:00Z'), 'America/New_York')).to.deep.equal({
      open: false,
      opens: { weekday: 0, minutes: 480, daysAhead: 0 },
    });
  });
});

describe('showing opening hours', () => {
  const welsh: HoursWords = {
    weekdays: ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'],
    and: (first, last) => `${first} a ${last}`,
    next: (first, next) => `${first}, ${next}`,
  };
  const english: HoursWords = {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    and: (first, last) => `${first} and ${last}`,
    next: (first, next) => `${first}, ${next}`,
  };
  const arabic: HoursWords = {
    weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
    and: (first, last) => `${first} و${last}`,
    next: (first, next) => `${first} و${next}`,
  };

  it('groups days with the same times, closed days included, in week order', () => {
    expect(openingRows(hours('Mo-Fr 08:00-20:00; Sa 10:00-14:00')).map((row) => row.days)).to.deep.equal([[0, 1, 2, 3, 4], [5], [6]]);
    expect(openingRows(hours('Mo,We,Fr 09:00-12:00')).map((row) => [row.days, row.ranges.length])).to.deep.equal([
      [[0, 2, 4], 1],
      [[1, 3, 5, 6], 0],
    ]);
  });

  it('names days in English as the UK writes them, and in Arabic', () => {
    expect(formatWeekdays([0, 1, 2, 3, 4], 'en', range, english)).to.equal('Monday to Friday');
    expect(formatWeekdays([5, 6], 'en', range, english)).to.equal('Saturday and Sunday');
    expect(formatWeekdays([0, 2, 4], 'en', range, english)).to.equal('Monday, Wednesday and Friday');
    expect(formatWeekdays([0, 1, 2, 4], 'en', range, english)).to.equal('Monday to Wednesday and Friday');
    expect(formatWeekday(0, 'ar')).to.equal('الاثنين');
    expect(formatWeekdays([5, 6], 'ar', range, arabic)).to.equal('السبت والأحد');
    expect(formatWeekdays([0, 2, 4], 'ar', range, arabic)).to.equal('الاثنين والأربعاء والجمعة');
  });

  it('shows times on the 24-hour clock in English and with the Arabic day-part, in Latin digits, in Arabic', () => {
    expect(formatTimeOfDay(480, 'en')).to.equal('08:00');
    expect(formatTimeOfDay(1200, 'en')).to.equal('20:00');
    expect(formatTimeOfDay(1440, 'en')).to.equal('00:00');
    expect(formatTimeOfDay(480, 'ar')).to.match(/^08:00\s?ص$/);
    expect(formatTimeOfDay(1200, 'ar')).to.match(/^08:00\s?م$/);
  });

  it("joins lists with the translations' own words in every engine, never Intl.ListFormat's", () => {
    // Firefox and WebKit have Welsh lists and write "a(c)"; Chromium has none.
    expect(formatWeekdays([5, 6], 'cy', range, welsh)).to.equal('Dydd Sadwrn a Dydd Sul');
    expect(formatList(['a', 'b', 'c'], welsh)).to.equal('a, b a c');
    expect(formatList(['a'], welsh)).to.equal('a');
    expect(formatList([], welsh)).to.equal('');
  });

  it('uses translated weekday names for a language the browser does not know, never English, and the 24-hour clock', () => {
    expect(formatWeekday(5, 'xx-unknown', welsh)).to.equal('Dydd Sadwrn');
    expect(formatTimeOfDay(1200, 'xx-unknown')).to.equal('20:00');
  });
});
