import { expect } from '@open-wc/testing';
import { formatNumber, intlLocale } from './intl-locale.js';

describe('formatNumber', () => {
  it('writes English whole numbers exactly as Intl does, without Intl', () => {
    const intl = new Intl.NumberFormat('en-GB');
    const values = [0, 1, 7, 12, 999, 1000, 1250, 9999, 10000, 123456, 1234567, 2 ** 40, -1, -1250, -1234567];
    for (let i = 0; i < 500; i++) values.push(Math.floor(Math.random() * 10 ** (1 + (i % 12))));
    for (const value of values) expect(formatNumber(value, 'en'), String(value)).to.equal(intl.format(value));
    expect(formatNumber(1.5, 'en')).to.equal('1.5');
  });

  it('uses Intl for every other language, with its own separators and Latin digits', () => {
    for (const lang of ['cy', 'pl', 'ar', 'ur', 'bn', 'de', 'en-ZA']) {
      expect(formatNumber(1234567, lang), lang).to.equal(new Intl.NumberFormat(intlLocale(lang)).format(1234567));
      expect(formatNumber(1234567, lang), lang).to.not.match(/[\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF]/u);
    }
  });
});
