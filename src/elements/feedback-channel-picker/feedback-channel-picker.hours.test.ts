import { expect, fixture, html } from '@open-wc/testing';
import { readableText as text } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { $, $$, example, inLanguage, part, type Picker } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

resetPageAfterEach();

describe('<feedback-channel-picker>: phone line and opening hours', () => {
  const phone = (clock: string, hours = 'Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00') =>
    html`<feedback-channel-picker
      channels="phone"
      value="phone"
      phone-number="020 7230 1212"
      phone-hours=${hours}
      .clock=${() => new Date(clock)}
    ></feedback-channel-picker>`;
  const rows = (el: Picker) => $$(el, '.hours__row').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
  const status = (el: Picker) => text(part(el, 'open-status'));

  it('shows the hours and whether the line is open, in UK English', async () => {
    const el = await example('Phone, open now');
    expect($(el, '#reveal-phone a')!.getAttribute('href')).to.equal('tel:02072301212');
    expect(rows(el)).to.deep.equal([
      ['Monday to Friday', '08:00 to 20:00'],
      ['Saturday and Sunday', '08:00 to 16:00'],
    ]);
    expect(status(el)).to.equal('Open now, closes at 20:00');
    expect(text(part(el, 'hours')!.querySelector('.hint'))).to.equal('Times are UK time.');
  });

  const english: Array<[string, string, string, string?]> = [
    ['Friday 19:59 BST', '2026-06-05T18:59:00Z', 'Open now, closes at 20:00'],
    ['Friday 20:00 BST', '2026-06-05T19:00:00Z', 'Closed now, opens tomorrow at 08:00'],
    ['Friday 23:59 BST', '2026-06-05T22:59:00Z', 'Closed now, opens tomorrow at 08:00'],
    ['Saturday 00:00 BST', '2026-06-05T23:00:00Z', 'Closed now, opens at 08:00'],
    ['Sunday 16:30 BST', '2026-06-07T15:30:00Z', 'Closed now, opens tomorrow at 08:00'],
    ['Saturday 13:00 BST, weekdays only', '2026-06-06T12:00:00Z', 'Closed now, opens Monday at 08:00', 'Mo-Fr 08:00-20:00'],
    ['Saturday 07:30 GMT, the day before clocks go forward', '2026-03-28T07:30:00Z', 'Closed now, opens at 08:00'],
    ['Sunday 08:30 BST, the day clocks go forward', '2026-03-29T07:30:00Z', 'Open now, closes at 16:00'],
    ['Sunday 07:30 GMT, the day clocks go back', '2026-10-25T07:30:00Z', 'Closed now, opens at 08:00'],
    ['Sunday 15:30 GMT, the day clocks go back', '2026-10-25T15:30:00Z', 'Open now, closes at 16:00'],
    ['Friday 23:00 BST, open past midnight', '2026-06-05T22:00:00Z', 'Open now, closes tomorrow at 02:00', 'Fr 22:00-02:00'],
    ['Saturday 21:00 BST, open to midnight', '2026-06-06T20:00:00Z', 'Open now, closes at midnight', 'Sa 18:00-24:00'],
    ['Monday 12:00 BST, open all week', '2026-06-01T11:00:00Z', 'Open now, closes Friday at midnight', 'Mo-Fr 00:00-24:00'],
    ['any time, 24/7', '2026-06-01T11:00:00Z', 'Open now, 24 hours a day', '24/7'],
  ];
  for (const [when, clock, expected, hours] of english) {
    it(`${when}: "${expected}"`, async () => {
      const el = await fixture<Picker>(phone(clock, hours));
      expect(status(el)).to.equal(expected);
    });
  }

  it('lists hours past midnight, several times a day and all-day openings plainly', async () => {
    const el = await fixture<Picker>(phone('2026-06-01T09:00:00Z', 'Mo-Fr 09:00-12:00,13:00-17:00; Sa 22:00-02:00; Su 00:00-24:00'));
    expect(rows(el)).to.deep.equal([
      ['Monday to Friday', '09:00 to 12:00 and 13:00 to 17:00'],
      ['Saturday', '22:00 to 02:00'],
      ['Sunday', '24 hours'],
    ]);
  });

  const arabic: Array<[string, string, string, string?]> = [
    ['Monday 10:00 BST', '2026-06-01T09:00:00Z', 'مفتوح الآن، يُغلق الساعة 08:00 م'],
    ['Friday 23:59 BST', '2026-06-05T22:59:00Z', 'مغلق الآن، يفتح غدًا الساعة 08:00 ص'],
    ['Saturday 00:00 BST', '2026-06-05T23:00:00Z', 'مغلق الآن، يفتح الساعة 08:00 ص'],
    ['Saturday 13:00 BST, weekdays only', '2026-06-06T12:00:00Z', 'مغلق الآن، يفتح يوم الاثنين الساعة 08:00 ص', 'Mo-Fr 08:00-20:00'],
    ['Sunday 08:30 BST, the day clocks go forward', '2026-03-29T07:30:00Z', 'مفتوح الآن، يُغلق الساعة 04:00 م'],
    ['Sunday 07:30 GMT, the day clocks go back', '2026-10-25T07:30:00Z', 'مغلق الآن، يفتح الساعة 08:00 ص'],
  ];
  for (const [when, clock, expected, hours] of arabic) {
    it(`in Arabic, ${when}: "${expected}"`, async () => {
      const el = await inLanguage('ar', phone(clock, hours));
      expect(status(el)).to.equal(expected); // Latin digits in every engine, as in the phone number beside it.
    });
  }

  it('shows the timetable in Arabic', async () => {
    const el = await example('Phone, open now', { lang: 'ar' });
    expect(rows(el).map(([days]) => days)).to.deep.equal(['من الاثنين إلى الجمعة', 'السبت والأحد']);
    expect(text($(el, '#reveal-phone a'))).to.equal('اتصل بالرقم 020 7230 1212');
  });

  it('names Welsh days in Welsh even where the browser has no Welsh dates', async () => {
    const el = await example('Phone, closed now', { lang: 'cy' });
    expect(rows(el).map(([days]) => days)).to.deep.equal(['Dydd Llun i Dydd Gwener', 'Dydd Sadwrn a Dydd Sul']);
    expect(status(el)).to.equal('Ar gau nawr, yn agor Dydd Llun am 08:00');
  });

  it('follows the clock it is given', async () => {
    const el = await example('Phone, open now');
    el.clock = () => new Date('2026-06-01T19:30:00Z');
    await el.updateComplete;
    expect(status(el)).to.equal('Closed now, opens tomorrow at 08:00');
  });
});
