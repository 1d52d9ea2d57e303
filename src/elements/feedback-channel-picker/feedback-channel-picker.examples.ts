import type { ElementExample } from '../element-example.js';
import { html } from 'lit';
import '../rating-scale/rating-scale.js';
import type { FeedbackChannelPicker } from './feedback-channel-picker.component.js';
import './feedback-channel-picker.js';

/**
 * Every state of <feedback-channel-picker>, drawn once: Storybook shows each as a story and the
 * tests run axe over each in a left-to-right and a right-to-left language, so a new state is
 * tested the day it is drawn.
 */
export type FeedbackChannelPickerExample = ElementExample<FeedbackChannelPicker>;

const endpoint = '/api/feedback';
const organisation = 'the Metropolitan Police';
const webHref = 'https://www.example.org/feedback';
const phone = '020 7230 1212';
const hours = 'Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00';

/** A clock stopped at `iso`, so the opening hours read the same on every run. */
const at = (iso: string) => () => new Date(iso);
/** Monday 1 June 2026, 10:00 in London. */
const mondayMorning = at('2026-06-01T09:00:00Z');
/** Saturday 6 June 2026, 13:00 in London. */
const saturdayAfternoon = at('2026-06-06T12:00:00Z');

/** The picker as most hosts will use it: every channel, contact requests posted to an endpoint. */
const full = (value = '', status = 'idle') =>
  html`<feedback-channel-picker
    value=${value}
    status=${status}
    endpoint=${endpoint}
    organisation=${organisation}
    web-href=${webHref}
    phone-number=${phone}
    phone-hours=${hours}
    .clock=${mondayMorning}
  ></feedback-channel-picker>`;

/** Types into the chosen channel's fields, ticks what is asked, and presses "Send me a link". */
function fillAndSend(address: string, safe: boolean, consent: boolean) {
  return async (element: FeedbackChannelPicker) => {
    await element.updateComplete;
    const root = element.shadowRoot!;
    const channel = element.value!;
    const input = root.querySelector<HTMLInputElement>(`#${channel}-address`)!;
    input.value = address;
    input.dispatchEvent(new Event('input'));
    if (safe) root.querySelector<HTMLInputElement>(`#${channel}-safe`)!.click();
    if (consent) root.querySelector<HTMLInputElement>(`#${channel}-consent`)!.click();
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>(`#reveal-${channel} [part="submit"]`)!.click();
    await element.updateComplete;
  };
}

/**
 * The reference receiver's answer to a delivered request (docs/receiver.md), as if it had just
 * arrived: the message goes after 08:00 tomorrow, and the request can be cancelled until then.
 * Set on the element's sending controller, as a delivered request would.
 */
function answered(cancelState: 'idle' | 'cancelled' = 'idle') {
  return async (element: FeedbackChannelPicker) => {
    const sendAfter = new Date();
    sendAfter.setDate(sendAfter.getDate() + 1);
    sendAfter.setHours(8, 0, 0, 0);
    const internals = element as unknown as { submission: { response: unknown }; cancel: { state: string } };
    internals.submission.response = {
      request: {
        state: 'waiting',
        sendAfter: sendAfter.toISOString(),
        cancel: { href: '/api/contact-requests/example/cancel', token: 'x'.repeat(32) },
      },
    };
    internals.cancel.state = cancelState;
    element.requestUpdate();
    await element.updateComplete;
  };
}

export const feedbackChannelPickerExamples: FeedbackChannelPickerExample[] = [
  { name: 'Nothing chosen', render: () => full() },
  { name: 'Online chosen', render: () => full('web') },
  {
    name: 'Online, rating in place',
    render: () => html`<feedback-channel-picker value="web" channels="web phone" phone-number=${phone}>
      <rating-scale slot="web" endpoint=${endpoint}></rating-scale>
    </feedback-channel-picker>`,
  },
  { name: 'Text message chosen', render: () => full('sms') },
  { name: 'Email chosen', render: () => full('email') },
  {
    name: 'Text message with privacy notice',
    render: () => html`<feedback-channel-picker
      value="sms"
      channels="sms email phone"
      endpoint=${endpoint}
      organisation=${organisation}
      phone-number=${phone}
      privacy-href="/privacy.html"
    ></feedback-channel-picker>`,
  },
  {
    name: 'Text message link, no endpoint',
    render: () =>
      html`<feedback-channel-picker value="sms" channels="sms email" sms-number="07700 900 982" email-address="feedback@example.org"></feedback-channel-picker>`,
  },
  {
    name: 'Email link, no endpoint',
    render: () =>
      html`<feedback-channel-picker value="email" channels="sms email" sms-number="07700 900 982" email-address="feedback@example.org"></feedback-channel-picker>`,
  },
  { name: 'Phone, open now', render: () => full('phone') },
  {
    name: 'Phone, closed now',
    render: () => html`<feedback-channel-picker
      value="phone"
      channels="phone web"
      web-href=${webHref}
      phone-number=${phone}
      phone-hours="Mo-Fr 08:00-20:00"
      .clock=${saturdayAfternoon}
    ></feedback-channel-picker>`,
  },
  {
    name: 'Required, nothing chosen',
    render: () =>
      html`<feedback-channel-picker required web-href=${webHref} phone-number=${phone} channels="web phone"></feedback-channel-picker>`,
    prepare: (element) => void element.reportValidity(),
  },
  { name: 'Error: nothing filled in', render: () => full('sms'), prepare: fillAndSend('', false, false) },
  { name: 'Error: number not valid', render: () => full('sms'), prepare: fillAndSend('0770 090', true, true) },
  { name: 'Error: landline for a text', render: () => full('sms'), prepare: fillAndSend('020 7946 0000', true, true) },
  { name: 'Error: email not valid', render: () => full('email'), prepare: fillAndSend('name@example', true, true) },
  { name: 'Error: consent not given', render: () => full('email'), prepare: fillAndSend('name@example.com', true, false) },
  { name: 'Sending', render: () => full('sms', 'sending') },
  { name: 'Sent, text message', render: () => full('sms', 'sent') },
  { name: 'Sent, email', render: () => full('email', 'sent') },
  { name: 'Sent, arrives tomorrow, can be cancelled', render: () => full('sms', 'sent'), prepare: answered() },
  { name: 'Sent, then cancelled', render: () => full('sms', 'sent'), prepare: answered('cancelled') },
  { name: 'Queued', render: () => full('sms', 'queued') },
  { name: 'Failed', render: () => full('email', 'failed') },
  {
    name: 'Disabled',
    render: () =>
      html`<feedback-channel-picker disabled value="phone" channels="web phone" phone-number=${phone} web-href=${webHref}></feedback-channel-picker>`,
  },
  {
    name: 'No channel can work, fallback shown',
    render: () => html`<feedback-channel-picker channels="sms">
      <p>Give feedback on our website: <a href=${webHref}>www.example.org/feedback</a></p>
    </feedback-channel-picker>`,
  },
];
