import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { configure, resetConfig } from '../../config.js';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { captureSubmit, deepActive, inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import type { FeedbackChannelPicker } from './feedback-channel-picker.component.js';
import { feedbackChannelPickerExamples } from './feedback-channel-picker.examples.js';
import './feedback-channel-picker.js';

type Picker = FeedbackChannelPicker;
const part = (el: Picker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const $ = <T extends Element = HTMLElement>(el: Picker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Picker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const radio = (el: Picker, channel: string) => $<HTMLInputElement>(el, `#channel-${channel}`)!;
const reveal = (el: Picker, channel: string) => $(el, `#reveal-${channel}`)!;
/** Text as a person reads it: spaces collapsed, invisible direction isolates left out. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const labels = (el: Picker) => $$(el, 'label[for^="channel-"]').map(text);
const ENDPOINTLESS = '/never-used';
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

const inLanguage = (lang: string, template: unknown) => inLanguageOf<FeedbackChannelPicker>('feedback-channel-picker', lang, template);

afterEach(() => {
  resetConfig();
  localStorage.clear();
  document.documentElement.lang = 'en';
});

describeAxeOverExamples('feedback-channel-picker', feedbackChannelPickerExamples);
describeTargetSizesOverExamples('feedback-channel-picker', feedbackChannelPickerExamples);

/** The example called `name` (feedback-channel-picker.examples.ts), drawn as its story is. */
const example = (name: string, options?: ExampleOptions) =>
  renderExample<Picker>('feedback-channel-picker', feedbackChannelPickerExamples, name, options);
/** An example that sends contact requests, sending them to `endpoint` (one scripted for the test) instead. */
const sendingTo = (endpoint: { url: string }, name: string, options: ExampleOptions = {}) =>
  example(name, { ...options, attributes: { endpoint: endpoint.url } });
/** The examples with every channel offered, by the channel chosen in them. */
const CHOSEN: Record<string, string> = { sms: 'Text message chosen', email: 'Email chosen' };

/** Chooses `channel` as a pointer user would, by its label. */
async function choose(el: Picker, channel: string): Promise<void> {
  $<HTMLLabelElement>(el, `label[for="channel-${channel}"]`)!.click();
  await el.updateComplete;
}

async function fill(el: Picker, channel: string, address: string, safe: boolean, consent: boolean): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${channel}-address`)!;
  input.value = address;
  input.dispatchEvent(new Event('input'));
  if (safe !== $<HTMLInputElement>(el, `#${channel}-safe`)!.checked) $<HTMLInputElement>(el, `#${channel}-safe`)!.click();
  if (consent !== $<HTMLInputElement>(el, `#${channel}-consent`)!.checked) $<HTMLInputElement>(el, `#${channel}-consent`)!.click();
  await el.updateComplete;
}

const submit = async (el: Picker, channel: string) => {
  $<HTMLButtonElement>(el, `#reveal-${channel} [part="submit"]`)!.click();
  await el.updateComplete;
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

describe('<feedback-channel-picker>: the choice', () => {
  it('asks in a fieldset, offers every channel in the default order, and chooses nothing', async () => {
    const el = await example('Nothing chosen');
    expect(text($(el, 'fieldset > legend'))).to.equal('How would you like to give feedback?');
    expect(labels(el)).to.deep.equal(['Online, now', 'By text message', 'By email', 'By phone']);
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.be.false;
    expect(el.value).to.equal(null);
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('channel-hint');
    expect(text($(el, '#channel-hint'))).to.contain('safe for you');
  });

  it('keeps the order `channels` gives and leaves out repeats', async () => {
    const el = await fixture<Picker>(html`<feedback-channel-picker
      channels="phone email phone web"
      endpoint=${ENDPOINTLESS}
      web-href="/feedback"
      phone-number="101"
    ></feedback-channel-picker>`);
    expect(labels(el)).to.deep.equal(['By phone', 'By email', 'Online, now']);
  });

  it('reveals what the chosen channel needs straight after its radio, with no aria-expanded (not allowed on a radio)', async () => {
    const el = await example('Nothing chosen');
    for (const channel of ['web', 'sms', 'email', 'phone']) {
      expect(radio(el, channel).getAttribute('aria-controls')).to.equal(`reveal-${channel}`);
      expect(radio(el, channel).hasAttribute('aria-expanded')).to.be.false;
      expect(reveal(el, channel).hidden).to.be.true;
      // In the reading order the revealed content comes next after the radio's own option.
      expect(radio(el, channel).closest('[part~="option"]')!.nextElementSibling).to.equal(reveal(el, channel));
    }
    const change = oneEvent(el, 'channel-change');
    const nativeChange = oneEvent(el, 'change');
    await choose(el, 'sms');
    expect(((await change) as CustomEvent).detail).to.deep.equal({ channel: 'sms' });
    await nativeChange;
    expect(el.value).to.equal('sms');
    expect(reveal(el, 'sms').hidden).to.be.false;
    expect(reveal(el, 'sms').checkVisibility()).to.be.true;
    // The next focusable thing after the chosen radio is inside what it revealed.
    await sendKeys({ press: 'Tab' });
    expect(reveal(el, 'sms').contains(deepActive())).to.be.true;
    await choose(el, 'phone');
    expect(reveal(el, 'sms').checkVisibility()).to.be.false;
    expect(reveal(el, 'phone').checkVisibility()).to.be.true;
    expect($$(el, '[aria-expanded]')).to.deep.equal([]);
  });

  it('keeps what was typed for one channel while another is looked at', async () => {
    const el = await example('Text message chosen');
    await fill(el, 'sms', '07700 900982', true, false);
    await choose(el, 'email');
    await choose(el, 'sms');
    expect($<HTMLInputElement>(el, '#sms-address')!.value).to.equal('07700 900982');
    expect($<HTMLInputElement>(el, '#sms-safe')!.checked).to.be.true;
  });

  it('gives every control a name a screen reader can read', async () => {
    const el = await example('Nothing chosen');
    for (const channel of ['web', 'sms', 'email', 'phone']) await choose(el, channel);
    const inputs = $$<HTMLInputElement>(el, 'input');
    expect(inputs).to.have.length(4 + 2 * 3);
    for (const input of inputs) {
      expect(input.labels!.length, `label for #${input.id}`).to.equal(1);
      expect(text(input.labels![0]!), `label for #${input.id}`).not.to.equal('');
    }
    for (const control of $$(el, 'a, button')) expect(text(control)).not.to.equal('');
    expect($(el, '#sms-address')!.getAttribute('aria-describedby')).to.equal('sms-address-hint');
  });

  it('asks for numbers and addresses with the right keyboard and autofill', async () => {
    const el = await example('Nothing chosen');
    const tel = $<HTMLInputElement>(el, '#sms-address')!;
    const email = $<HTMLInputElement>(el, '#email-address')!;
    expect([tel.type, tel.inputMode, tel.autocomplete, tel.spellcheck]).to.deep.equal(['tel', 'tel', 'tel', false]);
    expect([email.type, email.inputMode, email.autocomplete, email.spellcheck]).to.deep.equal(['email', 'email', 'email', false]);
    expect([$<HTMLInputElement>(el, '#sms-safe')!.checked, $<HTMLInputElement>(el, '#sms-consent')!.checked]).to.deep.equal([false, false]);
  });

  it('shows the host’s slot="web" content in place when `web` is chosen', async () => {
    const el = await example('Online, rating in place');
    const slot = $<HTMLSlotElement>(el, '#reveal-web slot[name="web"]')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['rating-scale']);
    expect($(el, '#reveal-web a')).to.equal(null);
  });
});

describe('<feedback-channel-picker>: channels that cannot work', () => {
  const warnings = warningsInEachTest();

  it('leaves out each channel that cannot work, warning once, and shows the fallback when none can', async () => {
    const wrapper = await fixture(html`<div>
      <feedback-channel-picker channels="web sms email phone fax"><a href="/feedback">Give feedback</a></feedback-channel-picker>
      <feedback-channel-picker channels="web sms email phone fax"><a href="/feedback">Give feedback</a></feedback-channel-picker>
    </div>`);
    const el = wrapper.querySelector('feedback-channel-picker')!;
    await el.updateComplete;
    expect($(el, 'fieldset')).to.equal(null);
    expect(
      $<HTMLSlotElement>(el, 'slot:not([name])')!
        .assignedElements()
        .map((e) => e.textContent),
    ).to.deep.equal(['Give feedback']);
    for (const needle of [
      '"web" needs',
      '"sms" needs endpoint or sms-number',
      '"email" needs endpoint or email-address',
      '"phone" needs phone-number',
      '"fax"',
    ]) {
      expect(
        warnings.filter((w) => w.includes(needle)),
        needle,
      ).to.have.length(1);
    }
  });

  it('offers sms: and mailto: links without an endpoint, and refuses unusable numbers, addresses and links', async () => {
    const el = await fixture<Picker>(html`<feedback-channel-picker
      sms-number="07700 900 982"
      email-address="not an address"
      web-href="javascript:alert(1)"
      phone-number="101"
    ></feedback-channel-picker>`);
    expect(labels(el)).to.deep.equal(['By text message', 'By phone']);
    expect(warnings.some((w) => w.includes('email-address="not an address" is not an email address'))).to.be.true;
    expect(warnings.some((w) => w.includes('web-href="javascript:alert(1)" is not an http(s) or relative address'))).to.be.true;
    const other = await fixture<Picker>(html`<feedback-channel-picker channels="sms" sms-number="text us"></feedback-channel-picker>`);
    expect($(other, 'fieldset')).to.equal(null);
    expect(warnings.some((w) => w.includes('sms-number="text us" is not a number'))).to.be.true;
  });

  it('offers `web` when the host puts content in slot="web" later', async () => {
    const el = await fixture<Picker>(html`<feedback-channel-picker channels="web phone" phone-number="101"></feedback-channel-picker>`);
    expect(labels(el)).to.deep.equal(['By phone']);
    const rating = document.createElement('rating-scale');
    rating.slot = 'web';
    el.append(rating);
    await waitUntil(() => labels(el).length === 2, 'web offered once it has content');
    expect(labels(el)).to.deep.equal(['Online, now', 'By phone']);
  });

  it('warns for a value it does not offer, an unknown status and unreadable hours, and carries on', async () => {
    const el = await fixture<Picker>(html`<feedback-channel-picker
      channels="phone"
      value="sms"
      status="done"
      phone-number="101"
      phone-hours="8am to 8pm"
    ></feedback-channel-picker>`);
    expect(el.value).to.equal(null);
    expect(el.status).to.equal('idle');
    await choose(el, 'phone');
    expect($(el, '#reveal-phone a')!.getAttribute('href')).to.equal('tel:101');
    expect(part(el, 'hours')).to.equal(null);
    expect(warnings.filter((w) => w.includes('phone-hours="8am to 8pm" cannot be read'))).to.have.length(1);
    expect(warnings.some((w) => w.includes('value="sms"'))).to.be.true;
    expect(warnings.some((w) => w.includes('status="done"'))).to.be.true;
  });

  it('warns when a contact request would not name who will make contact', async () => {
    const el = await fixture<Picker>(
      html`<feedback-channel-picker channels="sms" endpoint="/no-organisation" value="sms"></feedback-channel-picker>`,
    );
    expect(warnings.filter((w) => w.includes('endpoint="/no-organisation"> has no organisation'))).to.have.length(1);
    expect(text($(el, 'label[for="sms-consent"]'))).to.equal('I agree that the police can text me to ask for feedback');
  });
});

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

describe('<feedback-channel-picker>: sending a contact request', () => {
  beforeEach(() => configure({ retry: { baseDelay: 20, attemptsBeforeQueued: 3 } }));
  const search = location.search;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${search}`));

  it('cannot send without "safe" and consent, and sends exactly once with both', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Text message chosen');
    await fill(el, 'sms', '+44 (0)7700 900982', false, true);
    await submit(el, 'sms');
    expect([...part(el, 'error-summary')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#sms-safe']);
    await fill(el, 'sms', '+44 (0)7700 900982', true, false);
    await submit(el, 'sms');
    expect([...part(el, 'error-summary')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#sms-consent']);
    el.send();
    expect((await endpoint.log()).requests).to.have.length(0);

    await fill(el, 'sms', '+44 (0)7700 900982', true, true);
    const sent = oneEvent(el, 'feedback-sent');
    el.send();
    el.send(); // A second press while sending does nothing.
    await sent;
    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    expect(log.stored).to.have.length(1);
    const payload = log.stored[0] as Record<string, unknown>;
    expect(Object.keys(payload).sort()).to.deep.equal(['contact', 'createdAt', 'id', 'kind', 'locale', 'schema']);
    expect(payload).to.include({ schema: 'victim-feedback/1', kind: 'contact-request', locale: 'en' });
    expect(payload.contact).to.deep.equal({ channel: 'sms', address: '+447700900982', safe: true, consent: true });
    expect(payload.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(payload.createdAt).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(log.requests[0]!.key).to.equal(payload.id);
    expect(log.requests[0]!.contentType).to.equal('application/json');
    expect(localStorage.length).to.equal(0);
  });

  it('carries only the allowlisted context of the page address, and the language used', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=CR-12345&officer=4021&crime=assault&name=Jane&unit=Lambeth`);
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Email chosen', { lang: 'ar' });
    await fill(el, 'email', '  victim@example.com ', true, true);
    const sent = oneEvent(el, 'feedback-sent');
    await submit(el, 'email');
    await sent;
    const payload = (await endpoint.log()).stored[0] as Record<string, unknown>;
    expect(Object.keys(payload).sort()).to.deep.equal(['contact', 'context', 'createdAt', 'id', 'kind', 'locale', 'schema']);
    expect(payload.context).to.deep.equal({ officer: '4021', unit: 'Lambeth' }); // No ref: not read from the URL by default.
    expect(payload.locale).to.equal('ar');
    expect(payload.contact).to.deep.equal({ channel: 'email', address: 'victim@example.com', safe: true, consent: true });
  });

  it('confirms what happens next, with the address read left to right, without naming the crime', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=CR-12345&crime=burglary`);
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Text message chosen', { lang: 'ar' });
    await fill(el, 'sms', '07700 900982', true, true);
    const sent = oneEvent(el, 'feedback-sent');
    await submit(el, 'sms');
    await sent;
    await el.updateComplete;
    const panel = part(el, 'confirmation')!;
    expect(deepActive()).to.equal(panel.querySelector('h2'));
    // The number as the person typed it, not the normalised one the payload carries.
    expect([...panel.querySelectorAll('bdi')].map((b) => [b.textContent, b.dir])).to.deep.equal([['07700 900982', 'ltr']]);
    expect(text(panel)).to.contain('الجريمة'); // "It will not say anything about the crime"…
    expect(text(panel)).not.to.contain('burglary'); // …and nothing from the page says what it was.
    expect(text(panel)).not.to.contain('CR-12345');
  });

  it('says so, with the phone line, when the endpoint refuses for good', async () => {
    const endpoint = await scriptedEndpoint(['422']);
    const el = await sendingTo(endpoint, 'Email chosen');
    await fill(el, 'email', 'victim@example.com', true, true);
    const failed = oneEvent(el, 'feedback-error');
    await submit(el, 'email');
    expect(((await failed) as CustomEvent).detail.status).to.equal(422);
    await el.updateComplete;
    expect(el.status).to.equal('failed');
    expect(el.getAttribute('status')).to.equal('failed');
    expect(text(deepActive())).to.equal('Sorry, we could not send your request');
    expect(part(el, 'confirmation')!.querySelector('a')!.getAttribute('href')).to.equal('tel:02072301212');
    expect((await endpoint.log()).requests).to.have.length(1);
  });

  it('says it is saved when the endpoint stays down, then delivers it once', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    const el = await sendingTo(endpoint, 'Text message chosen');
    await fill(el, 'sms', '07700 900982', true, true);
    const queued = oneEvent(el, 'feedback-queued');
    await submit(el, 'sms');
    await queued;
    await el.updateComplete;
    expect(el.status).to.equal('queued');
    const heading = deepActive();
    expect(text(heading)).to.equal('Your request has not been sent yet');
    expect(text(part(el, 'confirmation')!)).to.contain('The service is not answering at the moment.');
    await endpoint.script(['201']);
    await waitUntil(() => el.status === 'sent', 'delivered once the endpoint is back', { timeout: 5000 });
    await el.updateComplete;
    expect((await endpoint.log()).stored).to.have.length(1);
    // Delivered later: focus stays on the heading the person was reading, and the news is spoken.
    expect(deepActive()).to.equal(heading);
    expect(text(heading)).to.equal('We will text you a link');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!)).to.equal('Your request has now been sent.');
  });

  it('lets a host cancel feedback-submit and send the payload itself', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Text message chosen');
    await fill(el, 'sms', '07700 900982', true, true);
    el.addEventListener('feedback-submit', (e) => e.preventDefault());
    const submitted = oneEvent(el, 'feedback-submit');
    await submit(el, 'sms');
    expect(((await submitted) as CustomEvent).detail.payload.contact.address).to.equal('+447700900982');
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect((await endpoint.log()).requests).to.have.length(0);
  });
});

describe("<feedback-channel-picker>: after the request, from the receiver's answer", () => {
  beforeEach(() => configure({ retry: { baseDelay: 20, attemptsBeforeQueued: 3 } }));
  const TOKEN = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

  /** Sends a request to an endpoint that answers with `request` (as the reference receiver does). */
  async function sent(request: (cancelUrl: string) => Record<string, unknown>, cancel?: string[]) {
    const endpoint = await scriptedEndpoint(['201']);
    await endpoint.script(['201'], { answer: { request: request(endpoint.cancelUrl) }, cancel });
    const el = await sendingTo(endpoint, 'Text message chosen');
    await fill(el, 'sms', '07700 900982', true, true);
    const done = oneEvent(el, 'feedback-sent');
    await submit(el, 'sms');
    await done;
    await el.updateComplete;
    return { el, endpoint, panel: () => part(el, 'confirmation')! };
  }

  it('says the message should come in minutes when the receiver sends now', async () => {
    const { panel } = await sent(() => ({ state: 'waiting', sendAfter: new Date(Date.now() + 60_000).toISOString() }));
    expect(text(panel())).to.contain('It should arrive in the next few minutes.');
  });

  it("says when, in the person's own time, when the receiver sends only in the daytime", async () => {
    const at = new Date();
    at.setDate(at.getDate() + 1);
    at.setHours(8, 0, 0, 0);
    const { panel } = await sent(() => ({ state: 'waiting', sendAfter: at.toISOString() }));
    expect(text(panel())).to.contain('We send messages in the daytime. It should arrive after 08:00 tomorrow.');
  });

  it("says nothing of when, and offers no cancel, where the endpoint's answer does not say", async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Text message chosen');
    await fill(el, 'sms', '07700 900982', true, true);
    const done = oneEvent(el, 'feedback-sent');
    await submit(el, 'sms');
    expect((await done).detail.response).to.have.keys(['id']);
    await el.updateComplete;
    expect(text(part(el, 'confirmation'))).not.to.contain('arrive');
    expect(part(el, 'cancel')).to.equal(null);
  });

  it('cancels the request with the token from the answer; focus goes to the new heading', async () => {
    const { el, endpoint, panel } = await sent((url) => ({
      state: 'waiting',
      sendAfter: new Date().toISOString(),
      cancel: { href: url, token: TOKEN },
    }));
    const button = part(el, 'cancel') as HTMLButtonElement;
    expect(text(button)).to.equal('Cancel this request');
    button.focus();
    button.click();
    await waitUntil(() => text(panel().querySelector('h2')) === 'Your request is cancelled', 'cancelled');
    expect(deepActive()).to.equal(panel().querySelector('h2'));
    expect(text(panel())).to.contain('We will not send you a message, and we have deleted the number or address you gave us.');
    expect(part(el, 'cancel')).to.equal(null);
    expect((await endpoint.log()).cancels.map((b) => JSON.parse(b))).to.deep.equal([{ token: TOKEN }]);
  });

  it('says it is too late once the message has gone (409), and moves focus to that sentence', async () => {
    const { el, panel } = await sent((url) => ({ state: 'waiting', cancel: { href: url, token: TOKEN } }), ['409']);
    (part(el, 'cancel') as HTMLButtonElement).click();
    await waitUntil(() => panel().querySelector('[data-cancel-message]'), 'too late');
    expect(deepActive()).to.equal(panel().querySelector('[data-cancel-message]'));
    expect(text(panel())).to.contain('It is too late to cancel: the message has already been sent.');
    expect(text(panel().querySelector('h2'))).to.equal('We will text you a link');
  });

  it('says so when cancelling fails, keeps the button, and cancels on a second press', async () => {
    const { el, endpoint, panel } = await sent((url) => ({ state: 'waiting', cancel: { href: url, token: TOKEN } }), ['503', '200']);
    const button = part(el, 'cancel') as HTMLButtonElement;
    button.focus();
    button.click();
    await waitUntil(() => text(part(el, 'cancel-status')) !== '', 'failed');
    expect(part(el, 'cancel-status')!.getAttribute('role')).to.equal('status');
    expect(text(part(el, 'cancel-status'))).to.equal('We could not cancel your request. Try again in a moment.');
    expect(deepActive()).to.equal(part(el, 'cancel'));
    (part(el, 'cancel') as HTMLButtonElement).click();
    await waitUntil(() => text(panel().querySelector('h2')) === 'Your request is cancelled', 'cancelled');
    expect((await endpoint.log()).cancels).to.have.length(2);
  });

  it('offers no cancel button when the answer points to another origin or carries a malformed token', async () => {
    for (const cancel of [
      { href: 'https://elsewhere.example/cancel', token: TOKEN },
      { href: '/x', token: '<b>' },
      { href: 5, token: TOKEN },
    ]) {
      const { el } = await sent(() => ({ state: 'waiting', cancel }));
      expect(part(el, 'cancel')).to.equal(null);
    }
  });
});

describe('<feedback-channel-picker>: privacy information', () => {
  const warnings = warningsInEachTest();

  it('links the privacy notice beside "Send me a link" wherever a number or address is asked, in the person\u2019s language', async () => {
    const el = await example('Text message with privacy notice', { lang: 'ar' });
    for (const channel of ['sms', 'email']) {
      const link = $<HTMLAnchorElement>(el, `#reveal-${channel} [part~="privacy-link"]`)!;
      expect(text(link)).to.equal('كيف نستخدم معلوماتك');
      expect(link.href).to.equal(new URL('/privacy.html', location.href).href);
      expect(link.closest('.privacy')!.previousElementSibling).to.equal($(el, `#reveal-${channel} [part~="submit"]`));
    }
    expect($(el, '#reveal-phone [part~="privacy-link"]')).to.equal(null); // Nothing is asked there.
  });

  it('is not shown where nothing is asked (links without an endpoint), nor for an address that is not http(s)', async () => {
    const links = await fixture<Picker>(
      html`<feedback-channel-picker value="sms" channels="sms" sms-number="60066" privacy-href="/privacy.html"></feedback-channel-picker>`,
    );
    expect(part(links, 'privacy-link')).to.equal(null);
    const hostile = await fixture<Picker>(html`<feedback-channel-picker value="sms" channels="sms" endpoint=${ENDPOINTLESS} organisation="x"
      privacy-href="data:text/html,hello"></feedback-channel-picker>`);
    expect(part(hostile, 'privacy-link')).to.equal(null);
    expect(warnings.filter((w) => w.includes('privacy-href="data:text/html,hello"'))).to.have.length(1);
  });
});

describe('<feedback-channel-picker>: links carry no crime details', () => {
  const search = location.search;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${search}`));

  const links = (el: Picker) => ({
    sms: $(el, '#reveal-sms a')!.getAttribute('href')!,
    email: $(el, '#reveal-email a')!.getAttribute('href')!,
  });
  const picker = () => html`<feedback-channel-picker
    channels="sms email"
    sms-number="+44 7700 900 982"
    email-address="feedback@example.org"
  ></feedback-channel-picker>`;

  it('pre-fills only a neutral subject, whatever the page address holds: no reference unless the host allows ref', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=12345&crime=assault&officer=PC%20Jones&unit=Lambeth&name=Jane`);
    const plain = await fixture<Picker>(picker());
    expect(links(plain)).to.deep.equal({
      sms: 'sms:+447700900982?&body=Feedback',
      email: 'mailto:feedback@example.org?subject=Feedback',
    });
    configure({ contextParams: ['officer', 'unit', 'ref', 'src'] });
    const el = await fixture<Picker>(picker());
    expect(links(el)).to.deep.equal({
      sms: 'sms:+447700900982?&body=Feedback%20%E2%80%93%20reference%2012345',
      email: 'mailto:feedback@example.org?subject=Feedback%20%E2%80%93%20reference%2012345',
    });
    for (const href of Object.values(links(el))) {
      for (const word of ['assault', 'Jones', 'Lambeth', 'Jane', 'officer', 'crime']) expect(href).not.to.contain(word);
    }
  });

  it('says only "Feedback" without a reference, in the person’s language', async () => {
    const el = await inLanguage('ar', picker());
    expect(decodeURIComponent(links(el).sms)).to.equal('sms:+447700900982?&body=ملاحظات');
    expect(decodeURIComponent(links(el).email)).to.equal('mailto:feedback@example.org?subject=ملاحظات');
    expect(text($(el, '#reveal-sms a'))).to.equal('أرسل رأيك برسالة نصية إلى الرقم +44 7700 900 982');
    expect($(el, '#reveal-sms a bdi')!.dir).to.equal('ltr');
  });
});

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

describe('<feedback-channel-picker>: in a host form', () => {
  it('submits name=channel, blocks a required submit until chosen, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <feedback-channel-picker required value="" web-href="/feedback" phone-number="101" channels="web phone"></feedback-channel-picker>
      <button>Submit</button>
    </form>`);
    const el = form.querySelector('feedback-channel-picker')!;
    await el.updateComplete;
    const submitted = captureSubmit(form);
    form.requestSubmit();
    expect(submitted()).to.equal(null);
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Select how you would like to give feedback');
    await el.updateComplete;
    expect(text(part(el, 'error-message'))).to.equal('Error: Select how you would like to give feedback');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('channel-hint channel-error');
    expect(deepActive()).to.equal(radio(el, 'web'));

    await choose(el, 'phone');
    expect(part(el, 'error-message')).to.equal(null);
    form.requestSubmit();
    expect(submitted()!.get('channel')).to.equal('phone');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(radio(el, 'phone').checked).to.be.false;
  });

  it('resets to its value attribute, forgetting what was typed, uses its own name, and is left out when disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <feedback-channel-picker name="how" value="web" web-href="/feedback" phone-number="101" endpoint=${ENDPOINTLESS} organisation="us"></feedback-channel-picker>
    </form>`);
    const el = form.querySelector('feedback-channel-picker')!;
    await el.updateComplete;
    await choose(el, 'sms');
    await fill(el, 'sms', '07700 900982', true, true);
    await choose(el, 'phone');
    expect(new FormData(form).get('how')).to.equal('phone');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('web');
    expect(reveal(el, 'web').hidden).to.be.false;
    expect($<HTMLInputElement>(el, '#sms-address')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#sms-safe')!.checked).to.be.false;
    el.disabled = true;
    await el.updateComplete;
    expect(new FormData(form).has('how')).to.be.false;
    expect($$<HTMLInputElement>(el, 'input').every((input) => input.matches(':disabled'))).to.be.true;
  });
});

describe('<feedback-channel-picker>: Back and Forward', () => {
  it('reads the choice back from the radios when the page comes back from the cache', async () => {
    const el = await example('Nothing chosen');
    // What a browser may do on Back: the radio is checked again, without any event.
    radio(el, 'email').checked = true;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await el.updateComplete;
    expect(el.value).to.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(el.value).to.equal('email');
    expect(radio(el, 'email').checked).to.be.true;
    expect(reveal(el, 'email').hidden).to.be.false;
  });

  it('takes a choice the browser restores through the form', async () => {
    const el = await example('Nothing chosen');
    el.formStateRestoreCallback('sms');
    await el.updateComplete;
    expect(el.value).to.equal('sms');
    el.formStateRestoreCallback('fax');
    expect(el.value).to.equal('sms');
  });
});

describe('<feedback-channel-picker>: content and language', () => {
  it('shows `organisation` as text, never as HTML', async () => {
    const el = await fixture<Picker>(html`<feedback-channel-picker
      channels="sms"
      value="sms"
      endpoint=${ENDPOINTLESS}
      organisation="<img src=x onerror=alert(1)>Police"
    ></feedback-channel-picker>`);
    expect(text($(el, 'label[for="sms-consent"]'))).to.equal(
      'I agree that <img src=x onerror=alert(1)>Police can text me to ask for feedback',
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('is right to left in Arabic, with numbers and addresses typed left to right', async () => {
    const el = await example('Text message chosen', { lang: 'ar' });
    expect(part(el, 'base')!.dir).to.equal('rtl');
    expect(text($(el, 'legend'))).to.equal('كيف تفضّل أن تقدّم رأيك؟');
    expect($<HTMLInputElement>(el, '#sms-address')!.dir).to.equal('ltr');
  });

  it('follows a change of page language without a reload', async () => {
    const el = await example('Nothing chosen');
    document.documentElement.lang = 'pl';
    await waitUntil(() => text($(el, 'legend')) === 'W jaki sposób chcesz przekazać opinię?', 'Polish legend');
    expect(labels(el)).to.deep.equal(['Online, teraz', 'SMS-em', 'E-mailem', 'Telefonicznie']);
  });

  it('takes host strings from configure()', async () => {
    configure({ resources: { en: { channel: { legend: 'How should we ask you?' } } } });
    const el = await example('Nothing chosen');
    await waitUntil(() => text($(el, 'legend')) === 'How should we ask you?');
  });

  it('draws a status a host sets, for previews, without sending anything', async () => {
    const el = await example('Email chosen');
    el.status = 'sent';
    await el.updateComplete;
    expect(text(part(el, 'confirmation')!.querySelector('h2'))).to.equal('We will email you a link');
    expect(text(part(el, 'confirmation'))).to.contain('We will send you an email with a link to give feedback.');
    el.status = 'sending';
    await el.updateComplete;
    expect(text($(el, '#reveal-email [role="status"]'))).to.equal('Sending your request…');
    expect($(el, '#reveal-email [part="submit"]')!.getAttribute('aria-disabled')).to.equal('true');
  });
});
