import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { configure } from '../../config.js';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { captureSubmit, deepActive, readableText as text } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import { feedbackChannelPickerExamples } from './feedback-channel-picker.examples.js';
import { $, $$, choose, ENDPOINTLESS, example, fill, part, radio, type Picker } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

// The choice itself, the channels offered, the form control and the language. Beside this file:
// .keyboard (every path by keyboard alone), .validation (the error summary), .sending (the
// contact request and what follows it), .privacy (the privacy notice, links with no crime details)
// and .hours (the phone line's opening hours).

resetPageAfterEach();

const reveal = (el: Picker, channel: string) => $(el, `#reveal-${channel}`)!;
const labels = (el: Picker) => $$(el, 'label[for^="channel-"]').map(text);

describeAxeOverExamples('feedback-channel-picker', feedbackChannelPickerExamples);
describeTargetSizesOverExamples('feedback-channel-picker', feedbackChannelPickerExamples);

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
