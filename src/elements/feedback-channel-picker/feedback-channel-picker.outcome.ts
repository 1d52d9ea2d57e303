import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { IN_SENTENCE } from '../../core/i18n/in-sentence.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { sentenceWithNumber } from '../../core/phone.js';
import type { SubmissionController, SubmissionStatus } from '../../core/transport/submission-controller.js';
import { cancelRequest, whenSentence, type CancelOutcome, type FollowUp } from './feedback-channel-picker.follow-up.js';

/** Where cancelling the delivered request stands. */
export type CancelState = 'idle' | 'cancelling' | CancelOutcome;

/**
 * "Cancel this request", where the receiver offers it, while the message waits: the person may
 * have asked on a phone someone else reads, or changed their mind. Owns where cancelling stands
 * and moves focus, after the person's own press, to what replaced the button.
 */
export class RequestCancelController implements ReactiveController {
  state: CancelState = 'idle';

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new request: nothing cancelled yet. */
  reset(): void {
    this.set('idle');
  }

  private set(state: CancelState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  async cancel(cancel: FollowUp['cancel']): Promise<void> {
    if (!cancel || this.state === 'cancelling') return;
    this.set('cancelling');
    this.set(await cancelRequest(cancel));
    await this.host.updateComplete;
    // The button the person pressed has gone: their focus goes to what replaced it.
    const root = this.host.renderRoot;
    if (this.state === 'cancelled') root.querySelector<HTMLElement>('[data-focus-on-show]')?.focus();
    else if (this.state === 'too-late') root.querySelector<HTMLElement>('[data-cancel-message]')?.focus();
  }

  /** The button, or what came of pressing it; nothing where the receiver offers no cancelling. */
  render(t: TFunction, followUp: FollowUp): TemplateResult | typeof nothing {
    const state = this.state;
    if (state === 'cancelled' || !followUp.cancel) return nothing;
    if (state === 'too-late') return html`<p part="cancel-status" tabindex="-1" data-cancel-message>${t('channel:cancelTooLate')}</p>`;
    const busy = state === 'cancelling';
    return html`<button type="button" part="cancel" class="button button--secondary" aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.cancel(followUp.cancel)}>${t(busy ? 'channel:cancelling' : 'channel:cancel')}</button>
      <p part="cancel-status" role="status">${state === 'failed' ? t('channel:cancelFailed') : ''}</p>`;
  }
}

/** What the panel after sending a contact request is drawn from. */
export interface OutcomeView {
  t: TFunction;
  lang: string;
  status: SubmissionStatus;
  email: boolean;
  /** The number or address as the person typed it. */
  address: string | undefined;
  organisation: string;
  /** The line offered when sending failed for good. */
  phone: string;
  submission: SubmissionController;
  followUp: FollowUp;
  cancel: RequestCancelController;
}

/** The panel shown once a contact request is sent, queued, refused or cancelled. */
export function outcomePanel(view: OutcomeView): TemplateResult {
  const { t, lang, status, email, address, organisation } = view;
  if (status === 'failed') return view.submission.failedPanel(t, 'channel', view.phone);
  let heading: string;
  let body: Array<string | TemplateResult>;
  if (status === 'queued') {
    heading = t('channel:queuedHeading');
    body = view.submission.queuedSentences(t, lang, 'channel:queuedBody');
  } else if (view.cancel.state === 'cancelled') {
    heading = t('channel:cancelledHeading');
    body = [t('channel:cancelledBody')];
  } else {
    const when = whenSentence(t, lang, view.followUp.sendAfter, new Date());
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
    ${status === 'sent' ? view.cancel.render(t, view.followUp) : nothing}
  </div>`;
}
