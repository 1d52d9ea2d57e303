import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { configure } from '../../config.js';
import { deepActive, readableText as text } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import type { RatingScale } from './rating-scale.component.js';
import { example, inLanguage, part, radios } from './rating-scale.test-helpers.js';
import './rating-scale.js';

/** An example that sends, sending to `endpoint` (one scripted for the test) instead. */
const sendingTo = (endpoint: { url: string }, name: string) => example(name, { attributes: { endpoint: endpoint.url } });

resetPageAfterEach();

describe('<rating-scale>: privacy information', () => {
  const warnings = warningsInEachTest();

  it('links the privacy notice as "How we use your information" beside the Send button when the comment box is offered', async () => {
    const el = await example('With comment and privacy notice');
    const link = part(el, 'privacy-link') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal('How we use your information');
    expect(link.href).to.equal(new URL('/privacy.html', location.href).href);
    expect(link.target).to.equal(''); // Same tab: a tab left behind would outlive a quick exit.
    expect(part(el, 'submit')!.parentElement!.querySelector('.privacy')!.previousElementSibling).to.equal(part(el, 'submit'));
  });

  it('is translated, and not shown without a comment box, without an endpoint, or for an address that is not http(s)', async () => {
    const welsh = await inLanguage('cy', html`<rating-scale endpoint="/x" privacy-href="https://example.org/privacy"></rating-scale>`);
    expect(part(welsh, 'privacy-link')!.textContent!.trim()).to.equal('Sut rydym yn defnyddio eich gwybodaeth');
    const off = await fixture<RatingScale>(html`<rating-scale endpoint="/x" comment="off" privacy-href="/privacy.html"></rating-scale>`);
    expect(part(off, 'privacy-link')).to.equal(null);
    const control = await fixture<RatingScale>(html`<rating-scale privacy-href="/privacy.html"></rating-scale>`);
    expect(part(control, 'privacy-link')).to.equal(null);
    const hostile = await fixture<RatingScale>(html`<rating-scale endpoint="/x" privacy-href="javascript:alert(1)"></rating-scale>`);
    expect(part(hostile, 'privacy-link')).to.equal(null);
    expect(warnings.filter((w) => w.includes('privacy-href="javascript:alert(1)"'))).to.have.length(1);
  });
});

describe('<rating-scale>: sending', () => {
  beforeEach(() => configure({ retry: { baseDelay: 20, attemptsBeforeQueued: 3 } }));

  it('sends the rating and comment once, then thanks the person and moves focus there', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'With comment');
    radios(el)[3].click();
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    await sendKeys({ type: 'Kind officer' });
    await el.updateComplete;
    expect(part(el, 'count')!.textContent!.trim()).to.equal('You have 1,238 characters remaining');
    const sent = oneEvent(el, 'feedback-sent');
    part(el, 'submit')!.click();
    await sent;
    await el.updateComplete;
    expect(el.status).to.equal('sent');
    expect(deepActive()!.textContent).to.equal('Thank you for your feedback');
    expect(part(el, 'signposting')).to.equal(null);
    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    expect(log.stored).to.have.length(1);
    const payload = log.stored[0] as Record<string, unknown>;
    expect(Object.keys(payload).sort()).to.deep.equal(['comment', 'createdAt', 'id', 'kind', 'locale', 'rating', 'schema']);
    expect(payload).to.include({ schema: 'victim-feedback/1', kind: 'rating', locale: 'en', comment: 'Kind officer' });
    expect(payload.rating).to.deep.equal({ value: 4, max: 5 });
    expect(log.requests[0].key).to.equal(payload.id);
    expect(log.requests[0].contentType).to.equal('application/json');
  });

  it('asks for a rating before sending, and refuses a comment over 1,250 characters', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'With comment');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'error-message')!.textContent).to.contain('Select how you feel');
    expect(deepActive()).to.equal(radios(el)[0]);
    radios(el)[1].click();
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'a'.repeat(1251);
    textarea.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(part(el, 'count')!.textContent!.trim()).to.equal('You have 1 character too many');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(textarea);
    expect((await endpoint.log()).requests).to.have.length(0);
  });

  it('signposts support after a rating of 1 or 2, with phone numbers that read left to right', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await inLanguage('ar', html`<rating-scale endpoint=${endpoint.url} phone-number="020 7230 1212"></rating-scale>`);
    radios(el)[1].click();
    const sent = oneEvent(el, 'feedback-sent');
    part(el, 'submit')!.click();
    await sent;
    await el.updateComplete;
    const signposting = part(el, 'signposting')!;
    const links = [...signposting.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // 999 too is tap-to-call: a person in danger should not have to dial it.
    expect(links).to.deep.equal(['tel:08081689111', 'tel:02072301212', 'tel:999']);
    const numbers = [...signposting.querySelectorAll('bdi')];
    expect(numbers.map((b) => [b.textContent, b.dir])).to.deep.equal([
      ['08 08 16 89 111', 'ltr'],
      ['020 7230 1212', 'ltr'],
      ['999', 'ltr'],
    ]);
    expect(signposting.querySelector('a[href="tel:999"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'إذا كنت في خطر الآن، اتصل بالرقم 999.',
    );
  });

  it('says so, with a phone alternative, when the endpoint refuses for good', async () => {
    const endpoint = await scriptedEndpoint(['400']);
    const el = await sendingTo(endpoint, 'Without comment');
    radios(el)[4].click();
    const failed = oneEvent(el, 'feedback-error');
    part(el, 'submit')!.click();
    const event = (await failed) as CustomEvent;
    expect(event.detail.status).to.equal(400);
    await el.updateComplete;
    expect(el.status).to.equal('failed');
    expect(deepActive()!.textContent).to.equal('Sorry, we could not send your feedback');
    expect(part(el, 'confirmation')!.querySelector('a')!.getAttribute('href')).to.equal('tel:101');
    expect((await endpoint.log()).requests).to.have.length(1);
    expect(localStorage.length).to.equal(0);
  });

  it('shows it is queued when the endpoint stays down, then thanks the person once it is delivered', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    const el = await sendingTo(endpoint, 'Without comment');
    radios(el)[2].click();
    const queued = oneEvent(el, 'feedback-queued');
    part(el, 'submit')!.click();
    await queued;
    await el.updateComplete;
    expect(el.status).to.equal('queued');
    const heading = deepActive()!;
    expect(heading.textContent).to.equal('Your feedback has not been sent yet');
    // Online, and the endpoint drops the connection: the service is not answering, not "offline".
    expect([...part(el, 'confirmation')!.querySelectorAll('p')].map(text)).to.deep.equal([
      'The service is not answering at the moment. We will keep trying to send it.',
      'It is saved on this device for up to 7 days until it can be sent. Anyone who uses this device could see it.',
    ]);
    await endpoint.script(['201']);
    await waitUntil(() => el.status === 'sent', 'delivered after the endpoint came back', { timeout: 5000 });
    await el.updateComplete;
    expect((await endpoint.log()).stored).to.have.length(1);
    // The heading the person was on is redrawn in place: focus stays on it, and the news is spoken.
    expect(deepActive()).to.equal(heading);
    expect(heading.textContent).to.equal('Thank you for your feedback');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!)).to.equal(
      'Your feedback has now been sent. Thank you.',
    );
  });

  it('lets a host cancel feedback-submit and send the payload itself', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const el = await sendingTo(endpoint, 'Without comment');
    radios(el)[3].click();
    el.addEventListener('feedback-submit', (e) => e.preventDefault());
    const submit = oneEvent(el, 'feedback-submit');
    part(el, 'submit')!.click();
    const event = (await submit) as CustomEvent;
    expect(event.detail.payload.rating).to.deep.equal({ value: 4, max: 5 });
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect((await endpoint.log()).requests).to.have.length(0);
  });
});
