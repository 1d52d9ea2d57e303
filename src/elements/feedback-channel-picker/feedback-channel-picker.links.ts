import { html, nothing, type TemplateResult } from 'lit';
import { smsHref, telHref } from '../../core/contact/phone-number.js';
import { readContext } from '../../core/context.js';
import { pageAttribute } from '../../core/hydration-safe.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { IN_SENTENCE } from '../../core/i18n/in-sentence.js';
import { sentenceWithNumber } from '../../core/phone.js';
import type { WorkingChannels } from './feedback-channel-picker.channels.js';
import type { ContactChannel } from './feedback-channel-picker.request.js';

/** The neutral subject an `sms:` or `mailto:` link fills in: only the `ref` of the page address, never anything about the crime. */
function messageSubject(t: TFunction): string {
  const { ref } = readContext();
  return ref ? t('channel:messageSubjectRef', { ref }) : t('channel:messageSubject');
}

/** `web`: a link to the feedback page, and the host's slot="web" content (a `<rating-scale>`). */
export function webLink(t: TFunction, working: WorkingChannels): TemplateResult {
  const href = working.webLink;
  return html`${href ? html`<a class="button" part="link" href=${href}>${t('channel:webStart')}</a>` : nothing}
    <slot name="web"></slot>`;
}

/** `sms` or `email` without an endpoint: an `sms:` or `mailto:` link with a neutral subject filled in. */
export function messageLink(t: TFunction, channel: ContactChannel, working: WorkingChannels, smsNumber: string): TemplateResult {
  const subject = messageSubject(t);
  if (channel === 'sms') {
    const number = smsNumber.trim();
    // The body carries the page's `ref`, which a server render cannot see (pageAttribute).
    return html`<p>
        <a class="action-link" part="link" href=${pageAttribute(smsHref(working.smsDigits!, subject))}
          >${sentenceWithNumber(t('channel:smsLink', { number: IN_SENTENCE }), number)}</a
        >
      </p>
      <p class="hint">${t('channel:smsLinkHint')}</p>`;
  }
  const address = working.mailbox!;
  return html`<p>
      <a class="action-link" part="link" href=${pageAttribute(`mailto:${address}?subject=${encodeURIComponent(subject)}`)}
        >${sentenceWithNumber(t('channel:emailLink', { address: IN_SENTENCE }), address)}</a
      >
    </p>
    <p class="hint">${t('channel:emailLinkHint')}</p>`;
}

/** `phone`: a `tel:` link to the victim line, then its opening hours. */
export function phoneLink(t: TFunction, phoneNumber: string, hours: TemplateResult | typeof nothing): TemplateResult {
  const number = phoneNumber.trim();
  return html`<p>
      <a class="action-link" part="link" href=${telHref(number)}>${sentenceWithNumber(t('channel:call', { number: IN_SENTENCE }), number)}</a>
    </p>
    ${hours}`;
}
