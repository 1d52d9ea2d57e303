import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { checkedState } from '../../core/hydration-safe.js';
import { integerInRange, oneOf } from '../../core/attributes.js';
import { FormControl, type ValidityReport } from '../../core/form/form-control.js';
import { onRadioArrowKey } from '../../core/form/radio-arrows.js';
import { privacyAddress, privacyLink } from '../../core/privacy-link.js';
import { delivery } from '../../core/transport/delivery.js';
import { COMMENT_MAX, RATING, ratingPayload } from './rating-scale.payload.js';
import { SubmissionController, type SubmissionStatus } from '../../core/transport/submission-controller.js';
import { warnOnce } from '../../core/warn.js';
import { CommentController } from './rating-scale.comment.js';
import { outcomePanel } from './rating-scale.outcome.js';
import { styles } from './rating-scale.styles.js';
import { addEnglish } from '../../core/i18n/english.js';
import rating from '../../locales/en.json?ns=rating';

addEnglish({ rating });

const TAG = 'rating-scale';

/** What the element shows about sending. */
export type RatingStatus = SubmissionStatus;
const DEFAULT_MAX = 5;

/**
 * The 1 to 5 question a victim answers after meeting an officer: native radios in a fieldset,
 * the question as the legend, every point labelled in words (GOV.UK's wording), nothing chosen
 * until the person chooses. A form control in a host `<form>`; with `endpoint`, a complete
 * feedback form that sends the rating and an optional comment and never loses them.
 *
 * @tagname rating-scale
 * @summary Rate the service received, from 1 to 5.
 *
 * @fires input - The person chose a rating, or a form reset or restore changed it; fired once, before `change`, with `value` already updated.
 * @fires change - The person chose a rating, or a form reset or restore changed it; fired once, after `input`. Read `value` from the element.
 * @fires {CustomEvent<FeedbackSubmitDetail>} feedback-submit - Before sending; cancel it to send `detail.payload` yourself.
 * @fires {CustomEvent<FeedbackSentDetail>} feedback-sent - The endpoint accepted the feedback.
 * @fires {CustomEvent<FeedbackQueuedDetail>} feedback-queued - Not delivered yet: saved in the outbox and retried.
 * @fires {CustomEvent<FeedbackErrorDetail>} feedback-error - The endpoint refused the feedback for good (a 4xx other than 408 and 429).
 *
 * @slot - Fallback content shown until the element loads, e.g. a link to the force's feedback page.
 *
 * @csspart base - The wrapper of everything the element draws; carries `lang` and `dir`.
 * @csspart fieldset - The fieldset around the radios.
 * @csspart legend - The question.
 * @csspart options - The list of radios.
 * @csspart option - One radio with its label.
 * @csspart error-message - The message shown when a required rating is missing or the comment is too long.
 * @csspart comment - The comment box.
 * @csspart count - The character count under the comment box.
 * @csspart submit - The "Send feedback" button.
 * @csspart confirmation - The panel shown after sending (sent, queued or failed).
 * @csspart signposting - Support information shown after a rating of 1 or 2.
 * @csspart privacy-link - "How we use your information", beside the Send button when the comment box is offered and `privacy-href` is set.
 *
 * @prop value - The chosen rating, from 1 to `max`; `null` when nothing is chosen. The attribute sets the
 * initial (and reset) value. `''`, `null` and `undefined` (what Vue's `v-model` and Angular's
 * `ngModel` write for an empty model) all mean nothing chosen; a numeric string is read as its number.
 */
export class RatingScale extends FormControl<number> {
  static override styles = styles;

  /** Number of points on the scale, 3 to 10. With 5, each point has GOV.UK's words; otherwise the two ends do. Other values warn once and use 5. */
  @property({ type: Number }) max = DEFAULT_MAX;

  /** The rating can be read and focused but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Replaces the default question. Shown as plain text. */
  @property() question?: string;

  /** Where to POST the rating (JSON, schema `victim-feedback/1`). Without it the element is only a form control. */
  @property() endpoint?: string;

  /** `optional` shows a comment box with the send button; `off` sends the rating alone. */
  @property() comment: 'optional' | 'off' = 'optional';
  /** `comment` as used: an unknown value warns once and is `optional`. */
  private commentUsed: 'optional' | 'off' = 'optional';

  /** The host's own phone line, offered after a low rating and when sending fails. */
  @property({ attribute: 'phone-number' }) phoneNumber?: string;

  /** The host's privacy notice (http(s) or relative), linked as "How we use your information" beside the Send button when the comment box is offered. Other addresses warn once and are not linked. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /**
   * Where sending stands: `idle`, `sending`, `sent`, `queued` (saved, will retry) or `failed`
   * (refused for good). Set by the element as it sends; reflected, so a host can style by it.
   * Setting it yourself only changes what is shown (for previews), never sends anything.
   */
  @property({ reflect: true }) status: RatingStatus = 'idle';

  @query('input[type="radio"]') private firstRadio?: HTMLInputElement;
  @query('textarea') private textarea?: HTMLTextAreaElement;
  private scaleMax = DEFAULT_MAX;
  /** Sending, focus after Send, the polite announcement of a late delivery: shared with the picker. */
  private readonly submission = new SubmissionController(this, RATING.kind, {
    lateSent: () => this.locale.t('rating:sentLater'),
    earlierSent: () => this.locale.t('rating:earlierSent'),
  });
  private privacy: string | null = null;
  /** The comment box and its character count. */
  private readonly commentBox = new CommentController(this, this.locale, COMMENT_MAX);

  constructor() {
    super();
    this.name = 'rating';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.endpoint) delivery(); // Sends anything an earlier page left in the outbox.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('max')) this.scaleMax = integerInRange(TAG, 'max', this.max, 3, 10, DEFAULT_MAX);
    if (changed.has('status')) this.status = oneOf(TAG, 'status', this.status, ['idle', 'sending', 'sent', 'queued', 'failed'], 'idle');
    if (changed.has('comment')) this.commentUsed = oneOf(TAG, 'comment', this.comment, ['optional', 'off'], 'optional');
    if (changed.has('privacyHref')) this.privacy = privacyAddress(TAG, this.privacyHref);
    if ((changed.has('value') || changed.has('max')) && this.value !== null && !this.offers(this.value)) {
      warnOnce(`<${TAG}> value="${String(this.value)}" is not a whole number from 1 to ${this.scaleMax}; nothing is chosen.`);
      this.value = null;
    }
  }

  protected readValue(next: unknown): number | null {
    if (typeof next === 'number') return next;
    if (typeof next !== 'string' || next.trim() === '') return null;
    const number = Number(next);
    return Number.isFinite(number) ? number : Number.NaN;
  }

  protected offers(value: number): boolean {
    return Number.isInteger(value) && value >= 1 && value <= this.scaleMax;
  }

  /** Moves focus to the chosen radio, or the first one. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLInputElement>('input:checked') ?? this.firstRadio)?.focus(options);
  }

  protected validityReport(): ValidityReport {
    const missing = this.required && this.value === null;
    return {
      flags: { valueMissing: missing },
      message: missing ? this.locale.t('rating:required') : '',
      ...(this.firstRadio ? { anchor: this.firstRadio } : {}),
    };
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.value = Number(input.value);
    this.showValidity = false;
    this.emitValueChange();
  }

  private onRadioClick(event: Event): void {
    // Native radios have no read-only state. Cancelling the click (which arrow keys and Space
    // also raise) keeps the radios focusable and readable while the value stays as it is.
    if (this.readonly) event.preventDefault();
  }

  /** Sends the chosen rating (and comment) to `endpoint`, as the Send button does. */
  send(): void {
    if (!this.endpoint || this.status === 'sending') return;
    if (this.value === null) {
      this.showValidity = true;
      void this.updateComplete.then(() => this.firstRadio?.focus());
      return;
    }
    if (this.commentUsed !== 'off' && this.commentBox.tooLong) {
      this.showValidity = true;
      void this.updateComplete.then(() => this.textarea?.focus());
      return;
    }
    const payload = ratingPayload({
      locale: this.locale.lang,
      value: this.value,
      max: this.scaleMax,
      ...(this.commentUsed !== 'off' ? { comment: this.commentBox.text } : {}),
    });
    this.submission.submit(this.endpoint, payload);
  }

  private labelFor(point: number): string {
    const { t } = this.locale;
    if (this.scaleMax === DEFAULT_MAX) return t(`rating:labels.${point}`);
    if (point === 1) return t('rating:lowEnd', { value: point });
    if (point === this.scaleMax) return t('rating:highEnd', { value: point });
    return t('rating:point', { value: point });
  }

  override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const done = this.status === 'sent' || this.status === 'queued' || this.status === 'failed';
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      ${done ? this.renderOutcome() : this.renderForm()} ${this.submission.liveRegion()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { t } = this.locale;
    const sending = this.status === 'sending';
    const missing = this.showValidity && this.value === null && (this.required || Boolean(this.endpoint));
    const points = Array.from({ length: this.scaleMax }, (_, i) => i + 1);
    return html`
      <fieldset
        part="fieldset"
        class=${missing ? 'group group--error' : 'group'}
        ?disabled=${this.isDisabled}
        role=${this.readonly ? 'radiogroup' : nothing}
        aria-readonly=${this.readonly ? 'true' : nothing}
        aria-describedby=${missing ? 'rating-error' : this.readonly ? 'readonly-hint' : nothing}
      >
        <legend part="legend" class="legend">${this.question || t('rating:question')}</legend>
        ${this.readonly ? html`<p id="readonly-hint" class="hint">${t('rating:readonly')}</p>` : nothing}
        ${
          missing
            ? html`<p id="rating-error" class="error-message" part="error-message">
              <span class="visually-hidden">${t('common:errorPrefix')}</span> ${t('rating:required')}
            </p>`
            : nothing
        }
        <div class="options" part="options" @keydown=${onRadioArrowKey}>
          ${points.map(
            (point) => html`<div class="option" part="option">
              <input
                type="radio"
                id="point-${point}"
                name="rating"
                .value=${String(point)}
                ?checked=${this.value === point}
                ${checkedState(this.value === point)}
                @change=${this.onChange}
                @click=${this.onRadioClick}
              />
              <label for="point-${point}">${this.labelFor(point)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      ${this.endpoint ? this.renderSending(sending) : nothing}
    `;
  }

  private renderSending(sending: boolean): TemplateResult {
    const { t } = this.locale;
    const withComment = this.commentUsed !== 'off';
    return html`
      ${withComment ? this.commentBox.render({ showError: this.showValidity, disabled: this.isDisabled || sending }) : nothing}
      <div class="button-group">
        <button
          type="button"
          part="submit"
          class="button"
          ?disabled=${this.isDisabled}
          aria-disabled=${sending ? 'true' : 'false'}
          @click=${this.send}
        >
          ${t('rating:send')}
        </button>
        ${withComment ? privacyLink(this.privacy, t) : nothing}
      </div>
      <p class="status" role="status">${sending ? t('rating:sending') : ''}</p>
    `;
  }

  private renderOutcome(): TemplateResult {
    const { t, lang } = this.locale;
    return outcomePanel({ t, lang, status: this.status, value: this.value, phoneNumber: this.phoneNumber, submission: this.submission });
  }
}
