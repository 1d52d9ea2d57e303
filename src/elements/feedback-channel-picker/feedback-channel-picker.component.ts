import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { getConfig } from '../../config.js';
import { checkedState, pageAttribute } from '../../core/hydration-safe.js';
import { oneOf } from '../../core/attributes.js';
import { parseEmailAddress } from '../../core/contact/email-address.js';
import { readContext } from '../../core/context.js';
import { FormControl, type ValidityReport } from '../../core/form/form-control.js';
import { onRadioArrowKey } from '../../core/form/radio-arrows.js';
import { HoursText } from '../../core/opening-hours-text.js';
import { parseOpeningHours, type OpeningHours } from '../../core/opening-hours.js';
import { dialString, smsHref, telHref } from '../../core/contact/phone-number.js';
import { IN_SENTENCE } from '../../core/i18n/in-sentence.js';
import { sentenceWithNumber } from '../../core/phone.js';
import { privacyAddress, privacyLink } from '../../core/privacy-link.js';
import { delivery } from '../../core/transport/delivery.js';
import { cancelRequest, followUpFrom, whenSentence, type CancelOutcome, type FollowUp } from './feedback-channel-picker.follow-up.js';
import { contactRequestPayload } from '../../core/transport/payload.js';
import { SubmissionController, type SubmissionStatus } from '../../core/transport/submission-controller.js';
import { warnOnce } from '../../core/warn.js';
import { webAddress } from '../../core/contact/web-address.js';
import { checkContactRequest, type ContactChannel, type Entry, type Field, type FieldError } from './feedback-channel-picker.request.js';
import { styles } from './feedback-channel-picker.styles.js';

const TAG = 'feedback-channel-picker';

/** A way to give feedback. */
export type FeedbackChannel = 'web' | 'sms' | 'email' | 'phone';
/** What the element shows about sending a contact request. */
export type ChannelPickerStatus = SubmissionStatus;

/** `detail` of `channel-change`. */
export interface ChannelChangeDetail {
  channel: FeedbackChannel;
}

declare global {
  interface HTMLElementEventMap {
    'channel-change': CustomEvent<ChannelChangeDetail>;
  }
}

function parseChannel(raw: string | null): FeedbackChannel | null {
  const value = raw?.trim().toLowerCase() ?? '';
  return value ? (value as FeedbackChannel) : null;
}

const ALL_CHANNELS: readonly FeedbackChannel[] = ['web', 'sms', 'email', 'phone'];
const DEFAULT_CHANNELS = ALL_CHANNELS.join(' ');

/**
 * "How would you like to give feedback?": native radios with GOV.UK's conditional reveal, so a
 * victim chooses the way that is safe for them (the Victims' Code, Right 3, warns that written
 * contact can put a victim at risk). `web` links to the feedback page or shows a host's
 * `<rating-scale>` in place; `sms` and `email` either ask for a number or address and post a
 * `contact-request` (with `endpoint`), or offer `sms:` and `mailto:` links; `phone` offers a `tel:`
 * link with opening hours and whether the line is open now, in UK time. A form control in a host
 * `<form>`: its value is the chosen channel.
 *
 * @tagname feedback-channel-picker
 * @summary Choose a safe way to give feedback: online, by text, by email or by phone.
 *
 * @fires {CustomEvent<ChannelChangeDetail>} channel-change - The person chose a channel. Bubbles and is composed.
 * @fires input - The person chose a channel, or a form reset or restore changed it; fired once, before `change`, with `value` already updated.
 * @fires change - The person chose a channel, or a form reset or restore changed it; fired once, after `input`. Read `value` from the element.
 * @fires {CustomEvent<FeedbackSubmitDetail>} feedback-submit - Before sending a contact request; cancel it to send `detail.payload` yourself.
 * @fires {CustomEvent<FeedbackSentDetail>} feedback-sent - The endpoint accepted the contact request.
 * @fires {CustomEvent<FeedbackQueuedDetail>} feedback-queued - Not delivered yet: saved in the outbox and retried.
 * @fires {CustomEvent<FeedbackErrorDetail>} feedback-error - The endpoint refused the contact request for good (a 4xx other than 408 and 429).
 *
 * @slot - Fallback content shown until the element loads, and again if no channel can work (e.g. a link to the force's feedback page).
 * @slot web - Shown when `web` is chosen, e.g. a `<rating-scale endpoint=…>` so feedback is given in place.
 *
 * @csspart base - The wrapper of everything the element draws; carries `lang` and `dir`.
 * @csspart error-summary - The "There is a problem" box with links to each field in error.
 * @csspart fieldset - The fieldset around the channels.
 * @csspart legend - The question.
 * @csspart options - The list of channels.
 * @csspart option - One radio with its label and hint.
 * @csspart reveal - The content shown under the chosen channel.
 * @csspart error-message - An error message above a field.
 * @csspart input - The number or address box.
 * @csspart checkbox - The "safe" and consent checkboxes, each with its label.
 * @csspart submit - The "Send me a link" button.
 * @csspart link - The link that starts feedback (web page, `sms:`, `mailto:` or `tel:`).
 * @csspart hours - The phone line's opening times.
 * @csspart open-status - "Open now, closes at …" or "Closed now, opens …".
 * @csspart confirmation - The panel shown after sending a contact request (sent, queued, failed or cancelled).
 * @csspart cancel - "Cancel this request" in the confirmation, where the endpoint's answer offers it.
 * @csspart cancel-status - What came of cancelling ("We could not cancel…", "It is too late…").
 * @csspart privacy-link - "How we use your information", beside the "Send me a link" button when `privacy-href` is set.
 *
 * @cssprop --vce-color-reveal-border - The line beside the content under the chosen channel, and under the opening times.
 */
export class FeedbackChannelPicker extends FormControl {
  static override styles = styles;

  private chosen: FeedbackChannel | null = null;

  /**
   * The chosen channel (`web`, `sms`, `email` or `phone`); `null` when nothing is chosen. The
   * attribute sets the initial (and reset) value. `''`, `null` and `undefined` (what Vue's `v-model`
   * and Angular's `ngModel` write for an empty model) all mean nothing chosen.
   */
  @property({ noAccessor: true, converter: { fromAttribute: parseChannel } })
  get value(): FeedbackChannel | null {
    return this.chosen;
  }
  set value(next: FeedbackChannel | string | null | undefined) {
    const old = this.chosen;
    this.chosen = parseChannel(typeof next === 'string' ? next : null);
    this.requestUpdate('value', old);
  }

  /** Channels offered, space-separated, in this order. A channel that cannot work with the other attributes is left out with a console warning. */
  @property() channels = DEFAULT_CHANNELS;

  /** The feedback page `web` links to: http(s) or relative only; `javascript:` and other schemes are refused with a warning. */
  @property({ attribute: 'web-href' }) webHref?: string;

  /** The number people text their feedback to, when there is no `endpoint`. Short codes (`60066`) are fine. */
  @property({ attribute: 'sms-number' }) smsNumber?: string;

  /** The address people email their feedback to, when there is no `endpoint`. */
  @property({ attribute: 'email-address' }) emailAddress?: string;

  /** The victim line `phone` offers; also offered when sending fails (101 otherwise). */
  @property({ attribute: 'phone-number' }) phoneNumber?: string;

  /** The victim line's hours in UK time, e.g. `Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00`. Unreadable hours warn and are not shown. */
  @property({ attribute: 'phone-hours' }) phoneHours?: string;

  /** Who will contact the person, named in the consent and the confirmation, e.g. `the Metropolitan Police`. Shown as plain text; without it, a translated "the police". */
  @property() organisation?: string;

  /** Where to POST a contact request (JSON, schema `victim-feedback/1`). Without it `sms` and `email` are `sms:` and `mailto:` links. */
  @property() endpoint?: string;

  /** The host's privacy notice (http(s) or relative), linked as "How we use your information" beside the button wherever a number or address is asked. Other addresses warn once and are not linked. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /**
   * Where sending a contact request stands: `idle`, `sending`, `sent`, `queued` (saved, will
   * retry) or `failed` (refused for good). Set by the element as it sends; reflected, so a host can
   * style by it. Setting it yourself only changes what is shown (for previews), never sends anything.
   */
  @property({ reflect: true }) status: ChannelPickerStatus = 'idle';

  /**
   * The clock the opening hours are checked against. Replace it to preview or test a given time.
   * @internal
   */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private entries: Record<ContactChannel, Entry> = FeedbackChannelPicker.emptyEntries();
  @state() private errors: FieldError[] = [];

  @query('.error-summary') private summary?: HTMLElement;

  /** The channels that can work, in the order asked for. */
  private available: FeedbackChannel[] = [];
  private hours: OpeningHours | null = null;
  private privacy: string | null = null;
  /** The address of the last request sent, in the form it was sent (E.164 for a phone). */
  /** The number or address as the person typed it, for the confirmation (the payload has it normalised). */
  private sentAddress?: string;
  /** Where cancelling the delivered request stands (a button in the confirmation, where the receiver offers it). */
  @state() private cancelState: 'idle' | 'cancelling' | CancelOutcome = 'idle';
  private tick?: ReturnType<typeof setTimeout>;
  /** Made when the element connects: a server render (Lit SSR) constructs elements without a DOM. */
  private slotWatcher?: MutationObserver;
  /** Sending, focus after Send, the polite announcement of a late delivery: shared with `<rating-scale>`. */
  private readonly submission = new SubmissionController(this, 'contact-request', {
    lateSent: () => this.locale.t('channel:sentLater'),
    earlierSent: () => this.locale.t('channel:earlierSent'),
  });

  constructor() {
    super();
    this.name = 'channel';
  }

  private static emptyEntries(): Record<ContactChannel, Entry> {
    return { sms: { address: '', safe: false, consent: false }, email: { address: '', safe: false, consent: false } };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.onPageShow);
    // A host may add or remove its slot="web" content later; whether `web` can work depends on it.
    this.slotWatcher ??= new MutationObserver(() => this.requestUpdate());
    this.slotWatcher.observe(this, { childList: true, subtree: true, attributeFilter: ['slot'] });
    if (this.endpoint) delivery(); // Sends anything an earlier page left in the outbox.
    this.scheduleTick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.onPageShow);
    this.slotWatcher?.disconnect();
    clearTimeout(this.tick);
  }

  /**
   * After Back or Forward from the page cache, the browser may show radios in a state this element
   * did not draw (as GOV.UK Frontend found): read the choice back from them, so the revealed
   * content matches what the person sees.
   */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input[name="channel"]:checked');
    this.value = (checked?.value as FeedbackChannel | undefined) ?? null;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) this.status = oneOf(TAG, 'status', this.status, ['idle', 'sending', 'sent', 'queued', 'failed'], 'idle');
    if (changed.has('privacyHref')) this.privacy = privacyAddress(TAG, this.privacyHref);
    if (changed.has('phoneHours')) {
      const text = this.phoneHours?.trim() ?? '';
      this.hours = text ? parseOpeningHours(text) : null;
      if (text && !this.hours) {
        warnOnce(`<${TAG}> phone-hours="${text}" cannot be read; no hours are shown. Write them like "Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00".`);
      }
      this.scheduleTick();
    }
    this.available = this.workingChannels();
    if (this.value !== null && !this.available.includes(this.value)) {
      warnOnce(`<${TAG}> value="${this.value}" is not one of the channels offered (${this.available.join(', ') || 'none'}); nothing is chosen.`);
      this.value = null;
    }
    if (this.endpoint && !this.organisation?.trim() && this.available.some((c) => c === 'sms' || c === 'email')) {
      warnOnce(`<${TAG} endpoint="${this.endpoint}"> has no organisation: the consent to be contacted names "${this.locale.t('channel:organisationFallback')}". Set organisation to name who will contact the person.`);
    }
  }

  /** The channels asked for that can work with the attributes given; each that cannot warns once. */
  private workingChannels(): FeedbackChannel[] {
    const working: FeedbackChannel[] = [];
    for (const token of this.channels.trim().toLowerCase().split(/\s+/).filter(Boolean)) {
      const channel = token as FeedbackChannel;
      if (!ALL_CHANNELS.includes(channel)) {
        warnOnce(`<${TAG} channels="${this.channels}"> "${token}" is not one of ${ALL_CHANNELS.join(', ')}; it is left out.`);
        continue;
      }
      if (working.includes(channel)) continue;
      const missing = this.missingFor(channel);
      if (missing) warnOnce(`<${TAG} channels="${this.channels}"> channel "${channel}" needs ${missing}; it is left out.`);
      else working.push(channel);
    }
    return working;
  }

  /** What `channel` lacks to work, or null when it can work. */
  private missingFor(channel: FeedbackChannel): string | null {
    switch (channel) {
      case 'web':
        if (this.webHref && !webAddress(this.webHref)) {
          warnOnce(`<${TAG}> web-href="${this.webHref}" is not an http(s) or relative address; it is not used.`);
        }
        return this.webLink || this.hasWebContent ? null : 'web-href (an http(s) or relative address) or slot="web" content';
      case 'sms':
        if (this.endpoint) return null;
        if (this.smsNumber && !this.smsDigits) warnOnce(`<${TAG}> sms-number="${this.smsNumber}" is not a number; it is not used.`);
        return this.smsDigits ? null : 'endpoint or sms-number';
      case 'email':
        if (this.endpoint) return null;
        if (this.emailAddress && !this.mailbox) warnOnce(`<${TAG}> email-address="${this.emailAddress}" is not an email address; it is not used.`);
        return this.mailbox ? null : 'endpoint or email-address';
      case 'phone':
        return this.phoneNumber?.trim() ? null : 'phone-number';
    }
  }

  private get webLink(): string | null {
    return this.webHref && webAddress(this.webHref) ? this.webHref : null;
  }

  private get hasWebContent(): boolean {
    // A server render cannot see the element's children: `web` without `web-href` is taken to have
    // its slot="web" content, as the documented pattern does (the browser checks again).
    if (isServer) return true;
    return this.querySelector(':scope > [slot="web"]') !== null;
  }

  /** `sms-number` as the digits (and a leading +) an `sms:` address takes; short codes such as 60066 included. */
  private get smsDigits(): string | null {
    return dialString(this.smsNumber ?? '');
  }

  private get mailbox(): string | null {
    const result = parseEmailAddress(this.emailAddress ?? '');
    return result.valid ? result.address : null;
  }

  /** Who will make contact, isolated so a name in another script (or ending in a bracket) keeps its order inside the sentence. */
  private get organisationName(): string {
    return `\u2068${this.organisation?.trim() || this.locale.t('channel:organisationFallback')}\u2069`;
  }

  private scheduleTick(): void {
    clearTimeout(this.tick);
    if (!this.hours || !this.isConnected) return;
    // Redraw on the next minute, so "Open now" does not go stale on a page left open.
    const wait = 60_000 - (Date.now() % 60_000) + 50;
    this.tick = setTimeout(() => {
      this.requestUpdate();
      this.scheduleTick();
    }, wait);
  }

  /** Moves focus to the chosen radio, or the first one. */
  override focus(options?: FocusOptions): void {
    this.firstRadio()?.focus(options);
  }

  private firstRadio(): HTMLInputElement | null {
    return (
      // No render root yet while the element constructs (the form value is synced from then on).
      this.renderRoot?.querySelector<HTMLInputElement>('input[name="channel"]:checked') ??
      this.renderRoot?.querySelector<HTMLInputElement>('input[name="channel"]') ??
      null
    );
  }

  protected formValue(): string | null {
    return this.value;
  }

  protected validityReport(): ValidityReport {
    const missing = this.required && this.value === null;
    const anchor = this.firstRadio();
    return {
      flags: { valueMissing: missing },
      message: missing ? this.locale.t('channel:required') : '',
      ...(anchor ? { anchor } : {}),
    };
  }

  protected formReset(): void {
    const initial = parseChannel(this.getAttribute('value'));
    this.value = initial && this.available.includes(initial) ? initial : null;
    // A reset forgets what was typed too: a number or address should not linger on a shared device.
    this.entries = FeedbackChannelPicker.emptyEntries();
    this.errors = [];
  }

  protected formRestore(state: string): void {
    const restored = parseChannel(state);
    if (restored && this.available.includes(restored)) this.value = restored;
  }

  private onChannelChange(event: Event): void {
    const channel = (event.target as HTMLInputElement).value as FeedbackChannel;
    this.value = channel;
    this.errors = [];
    this.showValidity = false;
    this.emitValueChange();
    this.dispatchEvent(new CustomEvent<ChannelChangeDetail>('channel-change', { detail: { channel }, bubbles: true, composed: true }));
  }

  private setEntry(channel: ContactChannel, change: Partial<Entry>): void {
    this.entries = { ...this.entries, [channel]: { ...this.entries[channel], ...change } };
  }

  /** Checks the chosen channel's fields and, when they are complete, sends the contact request to `endpoint`, as the button does. */
  send(): void {
    const channel = this.value;
    if (!this.endpoint || this.status === 'sending' || (channel !== 'sms' && channel !== 'email')) return;
    const { errors, address } = checkContactRequest(channel, this.entries[channel]);
    this.errors = errors;
    if (errors.length) {
      void this.updateComplete.then(() => this.summary?.focus());
      return;
    }
    this.sentAddress = this.entries[channel].address.trim();
    this.cancelState = 'idle';
    const payload = contactRequestPayload({ locale: this.locale.lang, channel, address });
    this.submission.submit(this.endpoint, payload);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.send();
  }

  /** GOV.UK's error summary links: focus the field, with its label in view, and leave the page address alone. */
  private onSummaryLink(event: Event, id: string): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!field) return;
    (field.closest('.field') ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }

  override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const done = this.status === 'sent' || this.status === 'queued' || this.status === 'failed';
    let content: TemplateResult;
    if (done) content = this.renderOutcome();
    else if (!this.available.length) content = html`<slot></slot>`;
    else content = html`${this.renderErrorSummary()}${this.renderChoice()}`;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>${content}${this.submission.liveRegion()}</div>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    const channel = this.value;
    if (!this.errors.length || (channel !== 'sms' && channel !== 'email')) return nothing;
    const { t } = this.locale;
    const organisation = this.organisationName;
    // GOV.UK's error summary: focused on a failed submit (the person's own action), and its
    // content in a role="alert" region, so screen readers that do not read a focused container
    // still announce the problem.
    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        <h2 class="error-summary__title">${t('channel:errorSummaryTitle')}</h2>
        <ul class="error-summary__list">
          ${this.errors.map(
            (error) => html`<li>
              <a class="target-link" href="#${channel}-${error.field}" @click=${(event: Event) => this.onSummaryLink(event, `${channel}-${error.field}`)}
                >${t(`channel:errors.${error.key}`, { organisation })}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderChoice(): TemplateResult {
    const { t } = this.locale;
    const missing = this.showValidity && this.required && this.value === null;
    return html`<fieldset
      part="fieldset"
      class=${missing ? 'group group--error' : 'group'}
      ?disabled=${this.isDisabled}
      aria-describedby="channel-hint${missing ? ' channel-error' : ''}"
    >
      <legend part="legend" class="legend">${t('channel:legend')}</legend>
      <p id="channel-hint" class="hint">${t('channel:hint')}</p>
      ${missing
        ? html`<p id="channel-error" class="error-message" part="error-message">
            <span class="visually-hidden">${t('common:errorPrefix')}</span> ${t('channel:required')}
          </p>`
        : nothing}
      <div class="options" part="options" @keydown=${onRadioArrowKey}>${this.available.map((channel) => this.renderOption(channel))}</div>
    </fieldset>`;
  }

  private renderOption(channel: FeedbackChannel): TemplateResult {
    const { t } = this.locale;
    const chosen = this.value === channel;
    const hintKey =
      channel === 'web' || channel === 'phone' ? channel : `${channel}${this.endpoint ? 'Request' : 'Link'}`;
    // GOV.UK's conditional reveal, without its aria-expanded: ARIA does not allow it on a radio
    // (axe's aria-allowed-attr), and Chromium drops it, so Chrome and TalkBack users heard nothing.
    // The revealed content comes straight after its radio in the reading order instead, so the
    // next thing a screen reader reads after choosing is what the choice showed. aria-controls is
    // allowed on any element and points to it.
    return html`<div class="option" part="option">
        <input
          type="radio"
          id="channel-${channel}"
          name="channel"
          .value=${channel}
          ?checked=${chosen}
          ${checkedState(chosen)}
          aria-describedby="channel-${channel}-hint"
          aria-controls="reveal-${channel}"
          @change=${this.onChannelChange}
        />
        <label for="channel-${channel}">${t(`channel:options.${channel}`)}</label>
        <p id="channel-${channel}-hint" class="hint option__hint">${t(`channel:optionHints.${hintKey}`)}</p>
      </div>
      <div id="reveal-${channel}" class="reveal" part="reveal" ?hidden=${!chosen}>${this.renderReveal(channel)}</div>`;
  }

  private renderReveal(channel: FeedbackChannel): TemplateResult {
    switch (channel) {
      case 'web':
        return this.renderWeb();
      case 'sms':
      case 'email':
        return this.endpoint ? this.renderRequest(channel) : this.renderMessageLink(channel);
      case 'phone':
        return this.renderPhone();
    }
  }

  private renderWeb(): TemplateResult {
    const href = this.webLink;
    return html`${href ? html`<a class="button" part="link" href=${href}>${this.locale.t('channel:webStart')}</a>` : nothing}
      <slot name="web"></slot>`;
  }

  /** The neutral subject an `sms:` or `mailto:` link fills in: only the `ref` of the page address, never anything about the crime. */
  private messageSubject(): string {
    const { ref } = readContext();
    return ref ? this.locale.t('channel:messageSubjectRef', { ref }) : this.locale.t('channel:messageSubject');
  }

  private renderMessageLink(channel: ContactChannel): TemplateResult {
    const { t } = this.locale;
    const subject = this.messageSubject();
    if (channel === 'sms') {
      const number = this.smsNumber!.trim();
      const href = smsHref(number, subject);
      // The body carries the page's `ref`, which a server render cannot see (pageAttribute).
      return html`<p><a class="action-link" part="link" href=${pageAttribute(href)}>${sentenceWithNumber(t('channel:smsLink', { number: IN_SENTENCE }), number)}</a></p>
        <p class="hint">${t('channel:smsLinkHint')}</p>`;
    }
    const address = this.mailbox!;
    return html`<p>
        <a class="action-link" part="link" href=${pageAttribute(`mailto:${address}?subject=${encodeURIComponent(subject)}`)}
          >${sentenceWithNumber(t('channel:emailLink', { address: IN_SENTENCE }), address)}</a
        >
      </p>
      <p class="hint">${t('channel:emailLinkHint')}</p>`;
  }

  private renderRequest(channel: ContactChannel): TemplateResult {
    const { t } = this.locale;
    const entry = this.entries[channel];
    const sending = this.status === 'sending';
    const disabled = this.isDisabled || sending;
    const organisation = this.organisationName;
    const errorOf = (field: Field) => this.errors.find((e) => e.field === field && this.value === channel);
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
          @change=${(e: Event) => this.setEntry(channel, { [field]: (e.target as HTMLInputElement).checked })}
        />
        <label for="${channel}-${field}">${label}</label>
        <p id="${channel}-${field}-hint" class="hint checkbox__hint">${hint}</p>
      </div>
    </div>`;
    const sms = channel === 'sms';
    return html`<form class="request" novalidate @submit=${this.onSubmit}>
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
          @input=${(e: Event) => this.setEntry(channel, { address: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${checkbox('safe', t('channel:safeLabel'), t(sms ? 'channel:safeHintSms' : 'channel:safeHintEmail'))}
      ${checkbox('consent', t(sms ? 'channel:consentSms' : 'channel:consentEmail', { organisation }), t('channel:consentHint', { organisation }))}
      <div class="button-group">
        <button type="submit" part="submit" class="button" ?disabled=${this.isDisabled} aria-disabled=${sending ? 'true' : 'false'}>
          ${t('channel:send')}
        </button>
        ${privacyLink(this.privacy, t)}
      </div>
      <p class="status" role="status">${sending ? t('channel:sending') : ''}</p>
    </form>`;
  }

  private renderPhone(): TemplateResult {
    const { t } = this.locale;
    const number = this.phoneNumber!.trim();
    return html`<p>
        <a class="action-link" part="link" href=${telHref(number)}>${sentenceWithNumber(t('channel:call', { number: IN_SENTENCE }), number)}</a>
      </p>
      ${this.hours ? this.renderHours(this.hours) : nothing}`;
  }

  private renderHours(hours: OpeningHours): TemplateResult {
    const { t, lang } = this.locale;
    const text = new HoursText(t, lang);
    return html`<div class="hours" part="hours">
      <h3 class="hours__heading">${t('channel:hoursHeading')}</h3>
      <dl class="hours__list">
        ${text.lines(hours).map((line) => html`<div class="hours__row"><dt>${line.days}</dt><dd>${line.times}</dd></div>`)}
      </dl>
      <p class="open-status" part="open-status">${text.status(hours, this.clock())}</p>
      <p class="hint">${t('channel:hoursNote')}</p>
    </div>`;
  }

  private renderOutcome(): TemplateResult {
    const { t } = this.locale;
    const organisation = this.organisationName;
    if (this.status === 'failed') {
      const number = this.phoneNumber?.trim() || getConfig().phones.nonEmergency;
      return html`<div class="panel panel--error" part="confirmation">
        <h2 class="panel__heading" tabindex="-1" data-focus-on-show>${t('channel:failedHeading')}</h2>
        <p>${t('channel:failedBody')}</p>
        <p>${sentenceWithNumber(t('channel:failedPhone', { number: IN_SENTENCE }), number, true)}</p>
      </div>`;
    }
    const email = this.value === 'email';
    const address = this.sentAddress;
    let heading: string;
    let body: Array<string | TemplateResult>;
    if (this.status === 'queued') {
      heading = t('channel:queuedHeading');
      body = this.submission.queuedSentences(t, this.locale.lang, 'channel:queuedBody');
    } else if (this.cancelState === 'cancelled') {
      heading = t('channel:cancelledHeading');
      body = [t('channel:cancelledBody')];
    } else {
      const when = whenSentence(t, this.locale.lang, this.followUp().sendAfter, new Date());
      heading = t(email ? 'channel:sentHeadingEmail' : 'channel:sentHeadingSms');
      body = [
        address
          ? sentenceWithNumber(t(email ? 'channel:sentBodyEmail' : 'channel:sentBodySms', { address: IN_SENTENCE }), address)
          : t(email ? 'channel:sentBodyEmailNoAddress' : 'channel:sentBodySmsNoAddress'),
        ...(when ? [when] : []),
        t('channel:sentSafety', { organisation }),
        t('channel:consentHint', { organisation }),
      ];
    }
    // One template for queued, sent and cancelled, so that the heading the person may be reading
    // stays the same node when a queued request is delivered.
    return html`<div class="panel" part="confirmation">
      <h2 class="panel__heading" tabindex="-1" data-focus-on-show>${heading}</h2>
      ${body.map((sentence) => html`<p>${sentence}</p>`)}
      ${this.status === 'sent' ? this.renderCancel() : nothing}
    </div>`;
  }

  /** What the endpoint's answer says about the delivered request. */
  private followUp(): FollowUp {
    return followUpFrom(this.submission.response, this.endpoint ?? '');
  }

  /**
   * "Cancel this request", where the receiver offers it, while the message waits: the person may
   * have asked on a phone someone else reads, or changed their mind.
   */
  private renderCancel(): TemplateResult | typeof nothing {
    const { t } = this.locale;
    const state = this.cancelState;
    if (state === 'cancelled' || !this.followUp().cancel) return nothing;
    if (state === 'too-late') return html`<p part="cancel-status" tabindex="-1" data-cancel-message>${t('channel:cancelTooLate')}</p>`;
    const busy = state === 'cancelling';
    return html`<button type="button" part="cancel" class="button button--secondary" aria-disabled=${busy ? 'true' : 'false'}
        @click=${this.onCancel}>${t(busy ? 'channel:cancelling' : 'channel:cancel')}</button>
      <p part="cancel-status" role="status">${state === 'failed' ? t('channel:cancelFailed') : ''}</p>`;
  }

  private async onCancel(): Promise<void> {
    const cancel = this.followUp().cancel;
    if (!cancel || this.cancelState === 'cancelling') return;
    this.cancelState = 'cancelling';
    this.cancelState = await cancelRequest(cancel);
    await this.updateComplete;
    // The button the person pressed has gone: their focus goes to what replaced it.
    if (this.cancelState === 'cancelled') this.renderRoot.querySelector<HTMLElement>('[data-focus-on-show]')?.focus();
    else if (this.cancelState === 'too-late') this.renderRoot.querySelector<HTMLElement>('[data-cancel-message]')?.focus();
  }
}
