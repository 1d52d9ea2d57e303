import { expect } from '@open-wc/testing';
import { dialString, parsePhoneNumber, smsHref, telHref, type PhoneNumberKind, type PhoneNumberProblem } from './phone-number.js';

/** How people write their numbers, and what must come out. */
const accepted: Array<[string, string, PhoneNumberKind]> = [
  ['07700 900982', '+447700900982', 'uk-mobile'],
  ['07700 900 982', '+447700900982', 'uk-mobile'],
  ['07700900982', '+447700900982', 'uk-mobile'],
  ['07700-900-982', '+447700900982', 'uk-mobile'],
  ['07700.900.982', '+447700900982', 'uk-mobile'],
  ['(07700) 900982', '+447700900982', 'uk-mobile'],
  ['+44 7700 900982', '+447700900982', 'uk-mobile'],
  ['+447700900982', '+447700900982', 'uk-mobile'],
  ['+44 (0)7700 900982', '+447700900982', 'uk-mobile'],
  ['+44 07700 900982', '+447700900982', 'uk-mobile'],
  ['0044 7700 900982', '+447700900982', 'uk-mobile'],
  ['00447700900982', '+447700900982', 'uk-mobile'],
  ['  07700\u00a0900\u00a0982  ', '+447700900982', 'uk-mobile'],
  ['\u202a+44\u200b 7700 900982\u202c', '+447700900982', 'uk-mobile'],
  ['٠٧٧٠٠ ٩٠٠٩٨٢', '+447700900982', 'uk-mobile'],
  ['۰۷۷۰۰ ۹۰۰۹۸۲', '+447700900982', 'uk-mobile'],
  ['０７７００ ９００９８２', '+447700900982', 'uk-mobile'],
  ['07700 – 900 – 982', '+447700900982', 'uk-mobile'],
  ['020 7946 0000', '+442079460000', 'uk-landline'],
  ['(020) 7946 0000', '+442079460000', 'uk-landline'],
  ['+44 (0)20 7946 0000', '+442079460000', 'uk-landline'],
  ['0044 20 7946 0000', '+442079460000', 'uk-landline'],
  ['01632 960 001', '+441632960001', 'uk-landline'],
  ['016977 3000', '+44169773000', 'uk-landline'],
  ['0300 123 4567', '+443001234567', 'uk-landline'],
  ['+33 6 12 34 56 78', '+33612345678', 'international'],
  ['0033 6 12 34 56 78', '+33612345678', 'international'],
  ['+1 (202) 555-0143', '+12025550143', 'international'],
  ['+48 512 345 678', '+48512345678', 'international'],
  ['+966 50 123 4567', '+966501234567', 'international'],
  ['+40 712 345 678', '+40712345678', 'international'],
  ['+12345678', '+12345678', 'international'],
  ['+123456789012345', '+123456789012345', 'international'],
];

const refused: Array<[string, PhoneNumberProblem]> = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['\u200b', 'empty'],
  ['07700 90098', 'format'],
  ['077009009821', 'format'],
  ['7700 900982', 'format'],
  ['44 7700 900982', 'format'],
  ['0800 111 1111', 'format'],
  ['0845 30 30 900', 'format'],
  ['999', 'format'],
  ['0', 'format'],
  ['+44 1234', 'format'],
  ['+44 800 111 1111', 'format'],
  ['+0 123 456 789', 'format'],
  ['+1234567', 'format'],
  ['+1234567890123456', 'format'],
  ['07700 9OO 982', 'characters'],
  ['call me', 'characters'],
  ['07700 900982 ext 12', 'characters'],
  ['+44 7700 +900982', 'characters'],
  ['07700 900982+', 'characters'],
  ['(07700 900982', 'characters'],
  ['07700) (900982', 'characters'],
  ['((020)) 7946 0000', 'characters'],
  ['<script>alert(1)</script>', 'characters'],
  ['07700/900982', 'characters'],
];

describe('parsePhoneNumber', () => {
  for (const [input, e164, kind] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${e164} (${kind})`, () => {
      expect(parsePhoneNumber(input)).to.deep.equal({ valid: true, e164, kind });
    });
  }
  for (const [input, problem] of refused) {
    it(`refuses ${JSON.stringify(input)} (${problem})`, () => {
      expect(parsePhoneNumber(input)).to.deep.equal({ valid: false, problem });
    });
  }
});

describe('numbers a host configures or a QR code holds (dialString, tel: and sms:)', () => {
  it('keeps the digits and a leading + of a number written for people, short codes included', () => {
    expect(dialString('0808 168 9111')).to.equal('08081689111');
    expect(dialString('+44 (20) 7230-1212')).to.equal('+442072301212');
    expect(dialString('60066')).to.equal('60066');
    expect(dialString('999')).to.equal('999');
  });

  it('refuses what is not a number: words, markup, a + inside, fewer than three digits', () => {
    for (const written of ['', 'call us', '<img src=x>', '0800+123', '12', 'tel:999']) expect(dialString(written), written).to.equal(null);
  });

  it('writes tel: and sms: addresses from the same digits', () => {
    expect(telHref('08 08 16 89 111')).to.equal('tel:08081689111');
    expect(smsHref('+44 7700 900123', 'Feedback ref 12/34')).to.equal('sms:+447700900123?&body=Feedback%20ref%2012%2F34');
  });
});
