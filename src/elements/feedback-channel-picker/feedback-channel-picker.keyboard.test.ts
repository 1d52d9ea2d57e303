import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { configure } from '../../config.js';
import { deepActive, readableText as text } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { $, example, radio, sendingTo, type Picker } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

resetPageAfterEach();

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

/** Stops the next link activation from leaving the test page, and says which link it was. */
function catchLinkActivation(el: Picker): Promise<HTMLAnchorElement> {
  return new Promise((resolve) => {
    el.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath()[0] as HTMLElement;
        const anchor = link.closest('a');
        if (anchor) {
          event.preventDefault();
          resolve(anchor);
        }
      },
      { once: true },
    );
  });
}

describe('<feedback-channel-picker>: keyboard only, every path', () => {
  beforeEach(() => configure({ retry: { baseDelay: 20 } }));

  /** `picker` with a button before it, where focus starts, as it would on a keyboard user's page. */
  async function withButtonBefore(picker: Promise<Picker>): Promise<Picker> {
    const el = await picker;
    const button = document.createElement('button');
    button.textContent = 'before';
    el.before(button);
    button.focus();
    return el;
  }

  it('web: Tab, Space, Tab to the feedback link, Enter', async () => {
    const el = await withButtonBefore(example('Nothing chosen'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(radio(el, 'web'));
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('web');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Give feedback now');
    const activated = catchLinkActivation(el);
    await sendKeys({ press: 'Enter' });
    expect((await activated).getAttribute('href')).to.equal('https://www.example.org/feedback');
  });

  it('sms with an endpoint: arrow to it, type a number, tick both boxes, send; the request arrives once', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await withButtonBefore(sendingTo(endpoint, 'Nothing chosen'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('sms');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, '#sms-address'));
    await sendKeys({ type: '07700 900 982' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, '#sms-safe'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, '#sms-consent'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Send me a link');
    const sent = oneEvent(el, 'feedback-sent');
    await sendKeys({ press: 'Enter' });
    await sent;
    await el.updateComplete;
    expect(el.status).to.equal('sent');
    expect(text(deepActive())).to.equal('We will text you a link');
    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    expect((log.stored[0] as { contact: unknown }).contact).to.deep.equal({
      channel: 'sms',
      address: '+447700900982',
      safe: true,
      consent: true,
    });
  });

  it('email with an endpoint: Enter in the address box sends, once the boxes are ticked', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await withButtonBefore(sendingTo(endpoint, 'Nothing chosen'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('email');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'victim@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await shiftTab();
    await shiftTab();
    expect(deepActive()).to.equal($(el, '#email-address'));
    const sent = oneEvent(el, 'feedback-sent');
    await sendKeys({ press: 'Enter' });
    await sent;
    await el.updateComplete;
    expect(text(deepActive())).to.equal('We will email you a link');
    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    expect((log.stored[0] as { contact: unknown }).contact).to.deep.equal({
      channel: 'email',
      address: 'victim@example.com',
      safe: true,
      consent: true,
    });
  });

  it('sms and email without an endpoint: arrow to each, Tab to its link, Enter', async () => {
    const el = await withButtonBefore(
      fixture<Picker>(html`<feedback-channel-picker
        channels="sms email"
        sms-number="07700 900 982"
        email-address="feedback@example.org"
      ></feedback-channel-picker>`),
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('sms');
    await sendKeys({ press: 'Tab' });
    let activated = catchLinkActivation(el);
    await sendKeys({ press: 'Enter' });
    expect((await activated).getAttribute('href')).to.equal('sms:07700900982?&body=Feedback');
    await shiftTab();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('email');
    await sendKeys({ press: 'Tab' });
    activated = catchLinkActivation(el);
    await sendKeys({ press: 'Enter' });
    expect((await activated).getAttribute('href')).to.equal('mailto:feedback@example.org?subject=Feedback');
  });

  it('phone: arrow round to it, Tab to the number, Enter', async () => {
    const el = await withButtonBefore(example('Nothing chosen'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowUp' }); // Wraps round from the first radio to the last.
    expect(el.value).to.equal('phone');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Call 020 7230 1212');
    const activated = catchLinkActivation(el);
    await sendKeys({ press: 'Enter' });
    expect((await activated).getAttribute('href')).to.equal('tel:02072301212');
  });

  it('mirrors left and right arrows in Arabic', async () => {
    const el = await example('Text message chosen', { lang: 'ar' });
    radio(el, 'sms').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal('email');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('sms');
  });
});
