import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkedState } from '../../core/hydration-safe.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { privacyLink } from '../../core/privacy-link.js';
import type { ContactChannel, Entry, Field, FieldError } from './feedback-channel-picker.request.js';

/** What the contact-request form and its error summary are drawn from. */
export interface RequestFormView {
  t: TFunction;
  channel: ContactChannel;
  entry: Entry;
  /** Errors of the last attempt to send, for the chosen channel. */
  errors: FieldError[];
  /** The whole element is disabled (a disabled fieldset or form). */
  disabled: boolean;
  sending: boolean;
  /** Who will make contact, ready to place in a sentence. */
  organisation: string;
  /** The privacy notice to link beside the button, or null. */
  privacy: string | null;
  setEntry(change: Partial<Entry>): void;
  onSubmit(event: SubmitEvent): void;
}

/** GOV.UK's error summary links: focus the field, with its label in view, and leave the page address alone. */
function focusField(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  const field = root.querySelector<HTMLElement>(`#${id}`);
  if (!field) return;
  (field.closest('.field') ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK's error summary: focused on a failed submit (the person's own action), and its content in
 * a role="alert" region, so screen readers that do not read a focused container still announce the
 * problem.
 */
export function errorSummary({
  t,
  channel,
  errors,
  organisation,
}: Pick<RequestFormView, 't' | 'channel' | 'errors' | 'organisation'>): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="error-summary__title">${t('channel:errorSummaryTitle')}</h2>
      <ul class="error-summary__list">
        ${errors.map(
          (error) => html`<li>
            <a class="target-link" href="#${channel}-${error.field}" @click=${(event: Event) => focusField(event, `${channel}-${error.field}`)}
              >${t(`channel:errors.${error.key}`, { organisation })}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** The number or address, "It is safe to contact me this way", the consent and "Send me a link". */
export function requestForm(view: RequestFormView): TemplateResult {
  const { t, channel, entry, errors, sending, organisation } = view;
  const disabled = view.disabled || sending;
  const errorOf = (field: Field) => errors.find((e) => e.field === field);
  const message = (field: Field) => {
    const error = errorOf(field);
    return error
      ? html`<p id="${channel}-${field}-error" class="error-message" part="error-message">
          <span class="visually-hidden">${t('common:errorPrefix')}</span> ${t(`channel:errors.${error.key}`, { organisation })}
        </p>`
      : nothing;
  };
  const describedBy = (field: Field) => `${channel}-${field}-hint${errorOf(field) ? ` ${channel}-${field}-error` : ''}`;
  const checkbox = (field: 'safe' | 'consent', label: string, hint: string) => html`<div
    class=${errorOf(field) ? 'field field--error' : 'field'}
  >
    ${message(field)}
    <div class="checkbox" part="checkbox">
      <input
        type="checkbox"
        id="${channel}-${field}"
        ?checked=${entry[field]}
        ${checkedState(entry[field])}
        ?disabled=${disabled}
        aria-invalid=${errorOf(field) ? 'true' : 'false'}
        aria-describedby=${describedBy(field)}
        @change=${(e: Event) => view.setEntry({ [field]: (e.target as HTMLInputElement).checked })}
      />
      <label for="${channel}-${field}">${label}</label>
      <p id="${channel}-${field}-hint" class="hint checkbox__hint">${hint}</p>
    </div>
  </div>`;
  const sms = channel === 'sms';
  return html`<form class="request" novalidate @submit=${view.onSubmit}>
    <div class=${errorOf('address') ? 'field field--error' : 'field'}>
      <label class="label" for="${channel}-address">${t(sms ? 'channel:smsLabel' : 'channel:emailLabel')}</label>
      <p id="${channel}-address-hint" class="hint">${t(sms ? 'channel:smsHint' : 'channel:emailHint')}</p>
      ${message('address')}
      <input
        id="${channel}-address"
        class=${sms ? 'input input--tel' : 'input input--email'}
        part="input"
        name=${sms ? 'tel' : 'email'}
        type=${sms ? 'tel' : 'email'}
        inputmode=${sms ? 'tel' : 'email'}
        autocomplete=${sms ? 'tel' : 'email'}
        spellcheck="false"
        autocapitalize="none"
        dir="ltr"
        .value=${live(entry.address)}
        ?disabled=${disabled}
        aria-invalid=${errorOf('address') ? 'true' : 'false'}
        aria-describedby=${describedBy('address')}
        @input=${(e: Event) => view.setEntry({ address: (e.target as HTMLInputElement).value })}
      />
    </div>
    ${checkbox('safe', t('channel:safeLabel'), t(sms ? 'channel:safeHintSms' : 'channel:safeHintEmail'))}
    ${checkbox('consent', t(sms ? 'channel:consentSms' : 'channel:consentEmail', { organisation }), t('channel:consentHint', { organisation }))}
    <div class="button-group">
      <button type="submit" part="submit" class="button" ?disabled=${view.disabled} aria-disabled=${sending ? 'true' : 'false'}>
        ${t('channel:send')}
      </button>
      ${privacyLink(view.privacy, t)}
    </div>
    <p class="status" role="status">${sending ? t('channel:sending') : ''}</p>
  </form>`;
}
