import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { getConfig } from '../../config.js';
import { oneOf } from '../../core/attributes.js';
import { FormControl, type ValidityReport } from '../../core/form/form-control.js';
import { privacyAddress } from '../../core/privacy-link.js';
import { delivery } from '../../core/transport/delivery.js';
import { CONTACT_REQUEST, contactRequestPayload } from './feedback-channel-picker.payload.js';
import { SubmissionController, type SubmissionStatus } from '../../core/transport/submission-controller.js';
import { warnOnce } from '../../core/warn.js';
import {
  DEFAULT_CHANNELS,
  parseChannel,
  workingChannels,
  type ChannelChangeDetail,
  type FeedbackChannel,
  type WorkingChannels,
} from './feedback-channel-picker.channels.js';
import { channelChoice } from './feedback-channel-picker.choice.js';
import { followUpFrom } from './feedback-channel-picker.follow-up.js';
import { OpeningHoursController } from './feedback-channel-picker.hours.js';
import { messageLink, phoneLink, webLink } from './feedback-channel-picker.links.js';
import { outcomePanel, RequestCancelController } from './feedback-channel-picker.outcome.js';
import { errorSummary, requestForm } from './feedback-channel-picker.request-form.js';
import { checkContactRequest, emptyEntries, type ContactChannel, type Entry, type FieldError } from './feedback-channel-picker.request.js';
import { styles } from './feedback-channel-picker.styles.js';
import { addEnglish } from '../../core/i18n/english.js';
import channel from '../../locales/en.json?ns=channel';

addEnglish({ channel });

export type { ChannelChangeDetail, FeedbackChannel } from './feedback-channel-picker.channels.js';

const TAG = 'feedback-channel-picker';

/** What the element shows about sending a contact request. */
export type ChannelPickerStatus = SubmissionStatus;

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
 *
 * @prop value - The chosen channel (`web`, `sms`, `email` or `phone`); `null` when nothing is chosen. The
 * attribute sets the initial (and reset) value. `''`, `null` and `undefined` (what Vue's `v-model`
 * and Angular's `ngModel` write for an empty model) all mean nothing chosen.
 */
export class FeedbackChannelPicker extends FormControl<FeedbackChannel> {
  static override styles = styles;

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

  @state() private entries: Record<ContactChannel, Entry> = emptyEntries();
  @state() private errors: FieldError[] = [];

  @query('.error-summary') private summary?: HTMLElement;

  /** The channels that can work, in the order asked for, and what their links go to. */
  private working: WorkingChannels = { channels: [], webLink: null, smsDigits: null, mailbox: null };
  private privacy: string | null = null;
  /** The number or address as the person typed it, for the confirmation (the payload has it normalised). */
  private sentAddress?: string;
  /** The phone line's opening hours, redrawn each minute. */
  private readonly hours = new OpeningHoursController(this, TAG);
  /** "Cancel this request" in the confirmation, where the receiver offers it. */
  private readonly cancel = new RequestCancelController(this);
  /** Made when the element connects: a server render (Lit SSR) constructs elements without a DOM. */
  private slotWatcher?: MutationObserver;
  /** Sending, focus after Send, the polite announcement of a late delivery: shared with `<rating-scale>`. */
  private readonly submission = new SubmissionController(this, CONTACT_REQUEST.kind, {
    lateSent: () => this.locale.t('channel:sentLater'),
    earlierSent: () => this.locale.t('channel:earlierSent'),
  });

  constructor() {
    super();
    this.name = 'channel';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.onPageShow);
    // A host may add or remove its slot="web" content later; whether `web` can work depends on it.
    this.slotWatcher ??= new MutationObserver(() => this.requestUpdate());
    this.slotWatcher.observe(this, { childList: true, subtree: true, attributeFilter: ['slot'] });
    if (this.endpoint) delivery(); // Sends anything an earlier page left in the outbox.
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.onPageShow);
    this.slotWatcher?.disconnect();
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
    if (changed.has('phoneHours')) this.hours.read(this.phoneHours);
    // A server render cannot see the element's children: `web` without `web-href` is taken to have
    // its slot="web" content, as the documented pattern does (the browser checks again).
    this.working = workingChannels(TAG, this, () => isServer || this.querySelector(':scope > [slot="web"]') !== null);
    if (this.value !== null && !this.offers(this.value)) {
      warnOnce(
        `<${TAG}> value="${this.value}" is not one of the channels offered (${this.available.join(', ') || 'none'}); nothing is chosen.`,
      );
      this.value = null;
    }
    if (this.endpoint && !this.organisation?.trim() && this.available.some((c) => c === 'sms' || c === 'email')) {
      warnOnce(
        `<${TAG} endpoint="${this.endpoint}"> has no organisation: the consent to be contacted names "${this.locale.t('channel:organisationFallback')}". Set organisation to name who will contact the person.`,
      );
    }
  }

  /** The channels that can work, in the order asked for. */
  private get available(): FeedbackChannel[] {
    return this.working.channels;
  }

  /** Who will make contact, isolated so a name in another script (or ending in a bracket) keeps its order inside the sentence. */
  private get organisationName(): string {
    return `\u2068${this.organisation?.trim() || this.locale.t('channel:organisationFallback')}\u2069`;
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

  protected validityReport(): ValidityReport {
    const missing = this.required && this.value === null;
    const anchor = this.firstRadio();
    return {
      flags: { valueMissing: missing },
      message: missing ? this.locale.t('channel:required') : '',
      ...(anchor ? { anchor } : {}),
    };
  }

  protected readValue(next: unknown): FeedbackChannel | null {
    return parseChannel(typeof next === 'string' ? next : null);
  }

  protected offers(channel: FeedbackChannel): boolean {
    return this.available.includes(channel);
  }

  protected override formReset(): void {
    // A reset forgets what was typed too: a number or address should not linger on a shared device.
    this.entries = emptyEntries();
    this.errors = [];
  }

  private readonly onChannelChange = (event: Event): void => {
    const channel = (event.target as HTMLInputElement).value as FeedbackChannel;
    this.value = channel;
    this.errors = [];
    this.showValidity = false;
    this.emitValueChange();
    this.dispatchEvent(new CustomEvent<ChannelChangeDetail>('channel-change', { detail: { channel }, bubbles: true, composed: true }));
  };

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
    this.cancel.reset();
    const payload = contactRequestPayload({ locale: this.locale.lang, channel, address });
    this.submission.submit(this.endpoint, payload);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.send();
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
    if (channel !== 'sms' && channel !== 'email') return nothing;
    return errorSummary({ t: this.locale.t, channel, errors: this.errors, organisation: this.organisationName });
  }

  private renderChoice(): TemplateResult {
    return channelChoice({
      t: this.locale.t,
      channels: this.available,
      value: this.value,
      missing: this.showValidity && this.required && this.value === null,
      disabled: this.isDisabled,
      requests: Boolean(this.endpoint),
      onChange: this.onChannelChange,
      reveal: (channel) => this.renderReveal(channel),
    });
  }

  private renderReveal(channel: FeedbackChannel): TemplateResult {
    const { t } = this.locale;
    switch (channel) {
      case 'web':
        return webLink(t, this.working);
      case 'sms':
      case 'email':
        return this.endpoint ? this.renderRequest(channel) : messageLink(t, channel, this.working, this.smsNumber ?? '');
      case 'phone':
        return phoneLink(t, this.phoneNumber ?? '', this.hours.render(t, this.locale.lang, this.clock()));
    }
  }

  private renderRequest(channel: ContactChannel): TemplateResult {
    return requestForm({
      t: this.locale.t,
      channel,
      entry: this.entries[channel],
      errors: this.value === channel ? this.errors : [],
      disabled: this.isDisabled,
      sending: this.status === 'sending',
      organisation: this.organisationName,
      privacy: this.privacy,
      setEntry: (change: Partial<Entry>) => this.setEntry(channel, change),
      onSubmit: (event: SubmitEvent) => this.onSubmit(event),
    });
  }

  private renderOutcome(): TemplateResult {
    const { t, lang } = this.locale;
    return outcomePanel({
      t,
      lang,
      status: this.status,
      email: this.value === 'email',
      address: this.sentAddress,
      organisation: this.organisationName,
      phone: this.phoneNumber?.trim() || getConfig().phones.nonEmergency,
      submission: this.submission,
      followUp: followUpFrom(this.submission.response, this.endpoint ?? ''),
      cancel: this.cancel,
    });
  }
}
