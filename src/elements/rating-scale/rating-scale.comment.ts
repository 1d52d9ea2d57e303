import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { pageClock, type Clock } from '../../core/clock.js';
import { formatNumber } from '../../core/i18n/intl-locale.js';
import type { LocaleController } from '../../core/i18n/locale-controller.js';

/** How long typing must pause before screen readers hear the count. */
const ANNOUNCE_AFTER_MS = 1000;

/** What the comment box is drawn with, besides what the person typed. */
export interface CommentView {
  /** Show the "too long" error (after a Send with too much text). */
  showError: boolean;
  disabled: boolean;
}

/**
 * The optional comment and GOV.UK's character count: what the person has typed, how many
 * characters are left or too many, shown at once and spoken only once typing pauses.
 */
export class CommentController implements ReactiveController {
  /** What the person has typed. */
  text = '';
  /** What the polite count region says: the count as it was when typing last paused. */
  private announcement = '';
  private announceTimer?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: LocaleController,
    private readonly max: number,
    /** What the pause is timed on: the page's clock; tests give a fake one. */
    private readonly clock: Clock = pageClock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clock.clearTimeout(this.announceTimer);
  }

  /** More than the payload may carry. */
  get tooLong(): boolean {
    return this.text.length > this.max;
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.host.requestUpdate();
    // The visible count updates at once; screen readers hear it only once typing pauses,
    // as GOV.UK's character count does, so it does not talk over every keystroke.
    this.clock.clearTimeout(this.announceTimer);
    this.announceTimer = this.clock.setTimeout(() => {
      this.announcement = this.countText();
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  };

  private countText(): string {
    const { t, lang } = this.locale;
    const left = this.max - this.text.length;
    const n = formatNumber(Math.abs(left), lang);
    return left >= 0 ? t('common:charactersRemaining', { count: left, n }) : t('common:charactersTooMany', { count: -left, n });
  }

  /** The label, the hint not to include personal details, the error, the box and its count. */
  render({ showError, disabled }: CommentView): TemplateResult {
    const { t, lang } = this.locale;
    const tooLong = showError && this.tooLong;
    return html`<div class=${tooLong ? 'field field--error' : 'field'}>
      <label class="label" for="comment">${t('rating:commentLabel')}</label>
      <p id="comment-hint" class="hint">${t('rating:commentHint')}</p>
      ${
        tooLong
          ? html`<p id="comment-error" class="error-message" part="error-message">
            <span class="visually-hidden">${t('common:errorPrefix')}</span>
            ${t('rating:commentTooLong', { max: formatNumber(this.max, lang) })}
          </p>`
          : nothing
      }
      <textarea
        id="comment"
        part="comment"
        name="comment"
        rows="5"
        spellcheck="true"
        autocomplete="off"
        .value=${this.text}
        ?disabled=${disabled}
        aria-invalid=${tooLong ? 'true' : 'false'}
        aria-describedby="comment-hint ${tooLong ? 'comment-error ' : ''}comment-count"
        @input=${this.onInput}
      ></textarea>
      <p id="comment-count" part="count" class=${this.tooLong ? 'count count--over' : 'hint count'}>${this.countText()}</p>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
