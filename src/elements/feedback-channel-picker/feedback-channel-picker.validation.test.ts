import { expect } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { deepActive, readableText as text } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { $, choose, example, fill, part, sendingTo, submit } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

resetPageAfterEach();

/** The examples with every channel offered, by the channel chosen in them. */
const CHOSEN: Record<string, string> = { sms: 'Text message chosen', email: 'Email chosen' };

describe('<feedback-channel-picker>: validation and the error summary', () => {
  it('lists every problem under "There is a problem", focuses the summary and marks each field', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Error: nothing filled in');
    const summary = part(el, 'error-summary')!;
    expect(deepActive()).to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    // GOV.UK's: the heading and the list in a role="alert" region.
    const alert = summary.querySelector('[role="alert"]')!;
    expect(alert.contains(summary.querySelector('h2'))).to.be.true;
    expect(alert.contains(summary.querySelector('ul'))).to.be.true;
    expect(text(summary.querySelector('h2'))).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#sms-address', 'Enter your mobile phone number'],
      ['#sms-safe', 'Tick the box if it is safe to contact you this way. If it is not safe, choose another way'],
      ['#sms-consent', 'Tick the box to agree that the Metropolitan Police can contact you to ask for feedback'],
    ]);
    for (const field of ['address', 'safe', 'consent']) {
      const input = $(el, `#sms-${field}`)!;
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' '), field).to.deep.equal([`sms-${field}-hint`, `sms-${field}-error`]);
      expect(text($(el, `#sms-${field}-error`)), field).to.match(/^Error: /);
    }
    expect(text($(el, '#sms-address-error'))).to.equal('Error: Enter your mobile phone number');
    expect((await endpoint.log()).requests).to.have.length(0);
  });

  it('moves focus to the field from a summary link, by click or Enter, and leaves the page address alone', async () => {
    const el = await example('Email chosen');
    await submit(el, 'email');
    const before = location.href;
    const links = [...part(el, 'error-summary')!.querySelectorAll('a')];
    links[0]!.click();
    expect(deepActive()).to.equal($(el, '#email-address'));
    links[2]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal($(el, '#email-consent'));
    expect(location.href).to.equal(before);
    expect(location.hash).to.equal('');
  });

  const messages: Array<[string, string, string]> = [
    ['sms', '0770 090', 'Enter a mobile phone number in the correct format, like 07700 900 982 or +44 7700 900 982'],
    ['sms', '07700 9OO 982', 'Enter a mobile phone number using only numbers, spaces, dashes, dots, brackets and +'],
    ['sms', '020 7946 0000', 'Enter a mobile phone number. We cannot send text messages to a landline'],
    ['sms', '7700 900982', 'Enter a mobile phone number in the correct format, like 07700 900 982 or +44 7700 900 982'],
    ['email', 'name@example', 'Enter an email address in the correct format, like name@example.com'],
    ['email', 'name@example,com', 'Enter an email address in the correct format, like name@example.com'],
    ['email', `${'a'.repeat(250)}@example.com`, 'Email address must be 254 characters or fewer'],
  ];
  for (const [channel, typed, message] of messages) {
    it(`says "${message}" for ${channel} "${typed.length > 30 ? `${typed.slice(0, 30)}…` : typed}"`, async () => {
      const el = await example(CHOSEN[channel]!);
      await fill(el, channel, typed, true, true);
      await submit(el, channel);
      expect([...part(el, 'error-summary')!.querySelectorAll('a')].map(text)).to.deep.equal([message]);
      expect(text($(el, `#${channel}-address-error`))).to.equal(`Error: ${message}`);
      expect($(el, `#${channel}-safe`)!.getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('clears the errors when the person chooses another channel', async () => {
    const el = await example('Error: nothing filled in');
    expect(part(el, 'error-summary')).to.exist;
    await choose(el, 'phone');
    expect(part(el, 'error-summary')).to.equal(null);
    await choose(el, 'sms');
    expect($(el, '#sms-address-error')).to.equal(null);
    expect($(el, '#sms-address')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('gives the summary and messages in Arabic', async () => {
    const el = await example('Email chosen', { lang: 'ar' });
    await submit(el, 'email');
    expect(text(part(el, 'error-summary')!.querySelector('h2'))).to.equal('توجد مشكلة');
    expect(text($(el, '#email-address-error'))).to.equal('خطأ: أدخل عنوان بريدك الإلكتروني');
  });
});
