import { expect } from '@open-wc/testing';
import { EMAIL_ADDRESS_MAX, parseEmailAddress, type EmailAddressProblem } from './email-address.js';

const accepted: Array<[string, string]> = [
  ['name@example.com', 'name@example.com'],
  ['  name@example.com \n', 'name@example.com'],
  ['first.last+tag@mail.example.co.uk', 'first.last+tag@mail.example.co.uk'],
  ["o'brien@example.org", "o'brien@example.org"],
  ['Name@Example.COM', 'Name@Example.COM'],
  ['a@b.co', 'a@b.co'],
  ['name@bücher.example', 'name@bücher.example'],
  ['name@xn--bcher-kva.example', 'name@xn--bcher-kva.example'],
  ['name@my-domain.example', 'name@my-domain.example'],
];

const longLocal = 'a'.repeat(65);
const refused: Array<[string, EmailAddressProblem]> = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['name@example', 'format'],
  ['name example@example.com', 'format'],
  ['name@exam ple.com', 'format'],
  ['name@@example.com', 'format'],
  ['name@example@example.com', 'format'],
  ['nameexample.com', 'format'],
  ['@example.com', 'format'],
  ['name@', 'format'],
  ['name@.example.com', 'format'],
  ['name@example..com', 'format'],
  ['name@example.com.', 'format'],
  ['.name@example.com', 'format'],
  ['name.@example.com', 'format'],
  ['na..me@example.com', 'format'],
  ['name@example,com', 'format'],
  ['name@example;com', 'format'],
  ['<name@example.com>', 'format'],
  ['"name"@example.com', 'format'],
  ['name@-example.com', 'format'],
  ['name@example-.com', 'format'],
  ['name@example.c', 'format'],
  ['name@192.168.0.1', 'format'],
  [`${longLocal}@example.com`, 'format'],
  [`name@${'b'.repeat(64)}.com`, 'format'],
  [`name@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.com`, 'too-long'],
];

describe('parseEmailAddress', () => {
  for (const [input, address] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      expect(parseEmailAddress(input)).to.deep.equal({ valid: true, address });
    });
  }
  for (const [input, problem] of refused) {
    it(`refuses ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)} (${problem})`, () => {
      expect(parseEmailAddress(input)).to.deep.equal({ valid: false, problem });
    });
  }

  it('accepts an address of exactly 254 characters and refuses 255', () => {
    const domain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.com`; // 195 characters
    const exact = `${'a'.repeat(EMAIL_ADDRESS_MAX - domain.length - 1)}@${domain}`;
    expect(exact.length).to.equal(254);
    expect(parseEmailAddress(exact).valid).to.be.true;
    expect(parseEmailAddress(`a${exact}`)).to.deep.equal({ valid: false, problem: 'too-long' });
  });
});
