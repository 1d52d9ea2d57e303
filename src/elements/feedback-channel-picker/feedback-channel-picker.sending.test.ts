import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { configure } from '../../config.js';
import { deepActive, readableText as text } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { fill, part, sendingTo, submit } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

resetPageAfterEach();

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
