import { expect } from '@open-wc/testing';
import { formatWholeNumber } from './number-text.js';

describe('formatWholeNumber', () => {
  it('writes English whole numbers exactly as Intl does, without Intl', () => {
    const intl = new Intl.NumberFormat('en');
    const values = [0, 1, 7, 12, 999, 1000, 1250, 9999, 10000, 123456, 1234567, 2 ** 40, -1, -1250, -1234567];
    for (let i = 0; i < 500; i++) values.push(Math.floor(Math.random() * 10 ** (1 + (i % 12))));
    for (const value of values) expect(formatWholeNumber(value, 'en'), String(value)).to.equal(intl.format(value));
  });

  it('uses Intl for every other language, with its own separators and digits', () => {
    for (const lang of ['cy', 'pl', 'ar', 'ar-EG', 'de', 'en-ZA', 'hi-IN']) {
      expect(formatWholeNumber(1234567, lang), lang).to.equal(new Intl.NumberFormat(lang).format(1234567));
    }
    expect(formatWholeNumber(1.5, 'en')).to.equal('1.5');
  });
});
