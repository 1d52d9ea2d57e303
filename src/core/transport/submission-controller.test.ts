import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { configure } from '../../config.js';
import type { FeedbackChannelPicker } from '../../elements/feedback-channel-picker/feedback-channel-picker.component.js';
import '../../elements/feedback-channel-picker/feedback-channel-picker.js';
import type { RatingScale } from '../../elements/rating-scale/rating-scale.component.js';
import '../../elements/rating-scale/rating-scale.js';
import { deepActive, readableText as text } from '../../test-support/dom.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { fillLocalStorage, sendingTests, setOnline } from '../../test-support/storage-faults.js';
import { delivery } from './delivery.js';
import { contactRequestPayload } from '../../elements/feedback-channel-picker/feedback-channel-picker.payload.js';
import { ratingPayload } from '../../elements/rating-scale/rating-scale.payload.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import type { SubmissionStatus } from './submission-controller.js';

// One suite, run over every element that sends: the behaviour lives once, in SubmissionController.

type Sender = LitElement & { status: SubmissionStatus };

interface SendingElement {
  tag: string;
  /** Renders the element ready to send to `endpoint`, in `lang`. */
  make(endpoint: string, lang?: string): Promise<Sender>;
  /** Presses the element's own Send button. */
  send(el: Sender): Promise<void>;
  queuedHeading: string;
  sentHeading: string;
  offline: string;
  lateSent: string;
  earlierSent: string;
  /** A payload of this element's kind, as an earlier page would have left it. */
  payload(): FeedbackPayload;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

const elements: SendingElement[] = [
  {
    tag: 'rating-scale',
    async make(endpoint, lang = 'en') {
      const wrapper = await fixture(html`<div lang=${lang}><rating-scale endpoint=${endpoint} comment="off"></rating-scale></div>`);
      const el = wrapper.querySelector<RatingScale>('rating-scale')!;
      await el.updateComplete;
      $<HTMLInputElement>(el, '#point-4')!.click();
      await el.updateComplete;
      return el;
    },
    async send(el) {
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
    },
    queuedHeading: 'Your feedback has not been sent yet',
    sentHeading: 'Thank you for your feedback',
    offline: 'You are offline. It will be sent when you are back online.',
    lateSent: 'Your feedback has now been sent. Thank you.',
    earlierSent: 'Feedback you gave earlier has now been sent.',
    payload: () => ratingPayload({ locale: 'en', value: 2, max: 5 }),
  },
  {
    tag: 'feedback-channel-picker',
    async make(endpoint, lang = 'en') {
      const wrapper = await fixture(
        html`<div lang=${lang}>
          <feedback-channel-picker endpoint=${endpoint} value="sms" organisation="the Metropolitan Police"></feedback-channel-picker>
        </div>`,
      );
      const el = wrapper.querySelector<FeedbackChannelPicker>('feedback-channel-picker')!;
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '#sms-address')!;
      input.value = '07700 900982';
      input.dispatchEvent(new Event('input'));
      $<HTMLInputElement>(el, '#sms-safe')!.click();
      $<HTMLInputElement>(el, '#sms-consent')!.click();
      await el.updateComplete;
      return el;
    },
    async send(el) {
      $<HTMLButtonElement>(el, '#reveal-sms [part~="submit"]')!.click();
      await el.updateComplete;
    },
    queuedHeading: 'Your request has not been sent yet',
    sentHeading: 'We will text you a link',
    offline: 'You are offline. It will be sent when you are back online.',
    lateSent: 'Your request has now been sent.',
    earlierSent: 'A request you made earlier has now been sent.',
    payload: () => contactRequestPayload({ locale: 'en', channel: 'email', address: 'victim@example.com' }),
  },
];

const heading = (el: Sender) => $(el, '[part~="confirmation"] h2');
const sentences = (el: Sender) => [...el.shadowRoot!.querySelectorAll('[part~="confirmation"] p')].map(text);
const liveRegion = (el: Sender) => text($(el, '[role="status"][aria-live="polite"]'));
/** Resolves once `status` is reached and drawn. Listens from the moment it is called, so call it before the cause. */
function reaching(el: Sender, status: 'sent' | 'queued'): Promise<unknown> {
  const event = status === 'sent' ? 'feedback-sent' : 'feedback-queued';
  return oneEvent(el, event).then(() => waitUntil(() => el.status === status && !el.isUpdatePending, `status ${status}`));
}
const KEPT_ON_DEVICE = 'It is saved on this device for up to 7 days until it can be sent. Anyone who uses this device could see it.';
const NOT_KEPT =
  'It has not been saved on this device, so keep this page open until it is sent. If you close the page, it will not be sent.';
const SERVICE = 'The service is not answering at the moment. We will keep trying to send it.';

let other: HTMLButtonElement | null = null;
/** Focuses a control outside the element, where the person has moved on to. */
async function elsewhere(): Promise<void> {
  other = await fixture<HTMLButtonElement>(html`<button type="button">Something else on the page</button>`);
  other.focus();
}
/** Where focus is, in words (comparing elements themselves makes chai print whole DOM trees). */
function focused(): string {
  const active = deepActive();
  if (active && active === other) return 'elsewhere';
  if (active?.matches('[part~="confirmation"] h2')) return 'the outcome heading';
  return active ? `<${active.localName}>` : 'nowhere';
}

for (const element of elements) {
  describe(`<${element.tag}>: sending, focus and what the person is told`, () => {
    afterEach(() => delivery().clear()); // The page's own pipeline, which the elements send through.
    sendingTests({ baseDelay: 20, maxDelay: 100, attemptsBeforeQueued: 1, timeout: 2000 });

    it('moves focus to the outcome after the person presses Send', async () => {
      const endpoint = await scriptedEndpoint(['201']);
      const el = await element.make(endpoint.url);
      const sent = reaching(el, 'sent');
      await element.send(el);
      await sent;
      expect(focused()).to.equal('the outcome heading');
      expect(text(heading(el))).to.equal(element.sentHeading);
      expect(sentences(el).join(' ')).not.to.contain('on this device'); // Nothing is kept: nothing is said.
      expect(localStorage.length).to.equal(0);
    });

    it('offline: says so, says what is kept on the device and for how long, then announces the late delivery without moving focus', async () => {
      const endpoint = await scriptedEndpoint(['201']);
      const el = await element.make(endpoint.url);
      setOnline(false);
      const queued = reaching(el, 'queued');
      await element.send(el);
      await queued;
      expect(focused()).to.equal('the outcome heading'); // The answer to the person's own Send.
      expect(text(heading(el))).to.equal(element.queuedHeading);
      expect(sentences(el)).to.deep.equal([element.offline, KEPT_ON_DEVICE]);
      expect(liveRegion(el)).to.equal('');

      await elsewhere();
      const sent = reaching(el, 'sent');
      setOnline(true); // The browser's `online` event: the outbox is flushed.
      await sent;
      expect(focused()).to.equal('elsewhere');
      expect(liveRegion(el)).to.equal(element.lateSent);
      expect(text(heading(el))).to.equal(element.sentHeading);
      expect((await endpoint.log()).stored).to.have.length(1);
    });

    it('a 503 while online: says the service is not answering, not that the person is offline', async () => {
      const endpoint = await scriptedEndpoint(['503', '503', '503', '503', '503', '503']);
      const el = await element.make(endpoint.url);
      const queued = reaching(el, 'queued');
      await element.send(el);
      await queued;
      expect(sentences(el)).to.deep.equal([SERVICE, KEPT_ON_DEVICE]);
      expect(sentences(el).join(' ')).not.to.contain('offline');
    });

    it('when the person has moved on before the answer, the outcome is announced and focus stays put', async () => {
      const endpoint = await scriptedEndpoint(['hold']);
      const el = await element.make(endpoint.url);
      const sent = reaching(el, 'sent');
      await element.send(el);
      expect(el.status).to.equal('sending');
      await elsewhere();
      await endpoint.release(); // The answer comes now, after the person has moved on.
      await sent;
      expect(focused()).to.equal('elsewhere');
      await waitUntil(() => liveRegion(el) !== '', 'the outcome is announced');
      expect(liveRegion(el)).to.contain(element.sentHeading);
    });

    it('storage full: tells the person it is not saved on the device, and still delivers it once, at pagehide at the latest', async () => {
      fillLocalStorage();
      const endpoint = await scriptedEndpoint(['503', '201']);
      configure({ retry: { baseDelay: 60_000, maxDelay: 60_000 } }); // Time to read the queued panel.
      const el = await element.make(endpoint.url);
      const queued = reaching(el, 'queued');
      await element.send(el);
      await queued;
      expect(sentences(el)).to.deep.equal([SERVICE, NOT_KEPT]);
      expect(el.status).to.equal('queued');
      // The person leaves the page a minute before the retry: what only memory holds is sent now.
      const sent = reaching(el, 'sent');
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await sent;
      const log = await endpoint.log();
      expect(log.stored).to.have.length(1);
      expect(log.requests.map((r) => r.step)).to.deep.equal(['503', '201']);
    });

    it('words the time kept from configure({ outboxMaxAge }), and sessionStorage as this tab', async () => {
      configure({ storage: 'session', outboxMaxAge: 12 * 60 * 60_000 });
      const el = await element.make((await scriptedEndpoint(['201'])).url);
      setOnline(false);
      const queued = reaching(el, 'queued');
      await element.send(el);
      await queued;
      expect(sentences(el)[1]).to.equal(
        'It is saved in this browser tab for up to 12 hours until it can be sent. If you close the tab first, it will not be sent. Anyone who uses this device before then could see it.',
      );
    });

    it('in Arabic, words the queued state and the 7 days in Arabic', async () => {
      const el = await element.make((await scriptedEndpoint(['201'])).url, 'ar');
      setOnline(false);
      const queued = reaching(el, 'queued');
      await element.send(el);
      await queued;
      const [offline, kept] = sentences(el);
      expect(offline).to.equal('أنت غير متصل بالإنترنت. سيُرسل عندما تعود للاتصال بالإنترنت.');
      expect(kept).to.contain(new Intl.NumberFormat('ar', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(7));
    });

    it('a payload an earlier page left waiting, delivered now, is announced by the element of its kind only', async () => {
      const endpoint = await scriptedEndpoint(['201']);
      const waiting = element.payload();
      const url = new URL(endpoint.url, location.href).href;
      localStorage.setItem('victim-care-elements:outbox', JSON.stringify([{ endpoint: url, payload: waiting }]));
      const el = await element.make(endpoint.url);
      const otherKind = await elements.find((e) => e !== element)!.make(endpoint.url);
      await elsewhere();
      const sent = oneEvent(document, 'feedback-sent');
      delivery().flush(); // What a reload, `online` or coming back to the tab does.
      expect((await sent).detail.payload.id).to.equal(waiting.id);
      await el.updateComplete;
      expect(liveRegion(el)).to.equal(element.earlierSent);
      expect(liveRegion(otherKind)).to.equal('');
      expect(focused()).to.equal('elsewhere');
      expect(el.status).to.equal('idle'); // The form stays as it was: nothing of the earlier page is shown.
      expect(await endpoint.log())
        .to.have.property('stored')
        .with.length(1);
    });

    it('a status set by the host (a preview) takes no focus', async () => {
      const el = await element.make('/never-used');
      await elsewhere();
      el.status = 'queued';
      await el.updateComplete;
      expect(text(heading(el))).to.equal(element.queuedHeading);
      expect(focused()).to.equal('elsewhere');
      el.status = 'sent';
      await el.updateComplete;
      expect(focused()).to.equal('elsewhere');
      expect(liveRegion(el)).to.equal('');
    });
  });
}

describe('sending: the live region is in the page before it speaks', () => {
  it('renders an empty polite status region in both elements from the first render', async () => {
    for (const element of elements) {
      const el = await element.make('/never-used');
      const region = $(el, '[role="status"][aria-live="polite"]');
      expect(region, element.tag).to.exist;
      expect(text(region)).to.equal('');
    }
  });
});
