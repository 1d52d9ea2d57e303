import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getConfig } from '../../config.js';
import type { TFunction } from '../i18n/i18n.js';
import { IN_SENTENCE } from '../i18n/in-sentence.js';
import { sentenceWithNumber } from '../phone.js';
import { delivery, type FeedbackSentDetail, type QueuedReason } from './delivery.js';
import { outboxMaxAge, type KeptIn } from './outbox.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';

/** What an element shows about sending. */
export type SubmissionStatus = 'idle' | 'sending' | 'sent' | 'queued' | 'failed';

/** An element that sends through {@link SubmissionController}: its `status` is the controller's to set. */
export interface SubmissionHost extends ReactiveControllerHost, HTMLElement {
  status: SubmissionStatus;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const OUTCOMES: readonly SubmissionStatus[] = ['sent', 'queued', 'failed'];

/** Words for what the live region says; each is called when it is needed, in the current language. */
export interface SubmissionWords {
  /** A payload this element sent, queued, then delivered later: "Your feedback has now been sent." */
  lateSent: () => string;
  /** A payload of this element's `kind` that an earlier page left waiting, delivered now. */
  earlierSent: () => string;
}

/** Earlier pages' payloads already announced, so that two elements of one kind do not both speak. */
const announcedEarlier = new Set<string>();

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** "7 days", "12 hours": the longest whole unit, in the person's language. */
function durationText(ms: number, lang: string): string {
  const units = [
    ['day', 24 * 60 * 60_000],
    ['hour', 60 * 60_000],
    ['minute', 60_000],
  ] as const;
  const [unit, size] = units.find(([, size]) => ms >= size) ?? units[2];
  const n = Math.max(1, Math.round(ms / size));
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
}

/**
 * Sending and its outcome, shared by every element that sends (`<rating-scale>`, the picker):
 * the call into the delivery pipeline, the `status` it sets, where focus goes, what the polite
 * live region says, and the truthful wording of a payload that waits.
 *
 * Focus moves to the outcome panel's heading (`[data-focus-on-show]`) only as the answer to the
 * person's own Send, and only if focus is still in the element (or was lost when the form gave
 * way to the panel). Anything later (a queued payload delivered when the browser is back online,
 * on a retry or after a reload) is announced through the live region, and focus stays where the
 * person put it (WCAG 3.2.2, 2.4.3).
 */
export class SubmissionController implements ReactiveController {
  /** Why the payload waits, once `queued`; `null` until the pipeline says. */
  reason: QueuedReason | null = null;
  /** Where the payload waits; `null` until something is sent. */
  keptIn: KeptIn | null = null;
  /** What the polite live region says now. */
  announcement = '';
  /** The endpoint's JSON answer once `sent` (null when it gave none): see `FeedbackSentDetail`. */
  response: unknown = null;

  private focusOnOutcome = false;
  private headingHadFocus = false;

  /** `kind` is the payload kind this element sends; `words` what the live region says. */
  constructor(
    private readonly host: SubmissionHost,
    private readonly kind: FeedbackPayload['kind'],
    private readonly words: SubmissionWords,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('feedback-sent', this.onEarlierSent);
  }

  hostDisconnected(): void {
    document.removeEventListener('feedback-sent', this.onEarlierSent);
  }

  /**
   * A payload an earlier page left in the outbox is delivered now (after a reload, back online):
   * the pipeline tells the document, not an element. Say so politely, so that the person does
   * not send it again, and leave focus alone.
   */
  private readonly onEarlierSent = (event: Event): void => {
    const { payload } = (event as CustomEvent<FeedbackSentDetail>).detail;
    if (event.target !== document || payload.kind !== this.kind || announcedEarlier.has(payload.id)) return;
    announcedEarlier.add(payload.id);
    this.announce(this.words.earlierSent());
  };

  /** Sends `payload` as the answer to the person's own action: the outcome will take focus. */
  submit(endpoint: string, payload: FeedbackPayload): void {
    this.focusOnOutcome = true;
    this.announcement = '';
    this.reason = null;
    this.response = null;
    delivery().submit(this.host, endpoint, payload, (state, info) => {
      this.keptIn = info.keptIn;
      if (info.reason) this.reason = info.reason;
      if (info.response !== undefined) this.response = info.response;
      if (state === 'cancelled') {
        this.focusOnOutcome = false;
        this.host.status = 'idle';
        return;
      }
      if (state === 'sent' && this.host.status === 'queued' && !this.focusOnOutcome) this.announcement = this.words.lateSent();
      this.host.status = state;
    });
  }

  hostUpdate(): void {
    const heading = this.heading();
    this.headingHadFocus = heading !== null && deepActiveElement() === heading;
  }

  hostUpdated(): void {
    if (!OUTCOMES.includes(this.host.status)) return;
    const heading = this.heading();
    if (this.focusOnOutcome) {
      this.focusOnOutcome = false;
      if (this.focusIsHere()) {
        heading?.focus();
      } else {
        // The person has moved on while it was sending: tell them, and leave focus alone.
        const panel = heading?.closest<HTMLElement>('[part~="confirmation"]') ?? heading;
        const words = panel?.innerText.replace(/\s+/g, ' ').trim() ?? '';
        // In an update of its own, after this one: the region must change after the panel is drawn.
        void this.host.updateComplete.then(() => this.announce(words));
      }
    } else if (this.headingHadFocus && heading && deepActiveElement() !== heading && this.focusIsHere()) {
      // The panel was redrawn under the person's focus: keep it on the heading, not on the page.
      heading.focus();
    }
  }

  /** The polite live region; render it always, so that screen readers are listening before it speaks. */
  liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /**
   * The sentences under a "not sent yet" heading: what happened (`offlineKey`, the element's own
   * wording for being offline, or the service not answering), then what is kept on the device and
   * for how long, or that nothing is.
   */
  queuedSentences(t: TFunction, lang: string, offlineKey: string): string[] {
    const happened = this.reason === null || this.reason === 'offline' ? t(offlineKey) : t('common:queuedService');
    const kept = this.keptIn ?? ({ local: 'device', session: 'tab', none: 'page' } as const)[getConfig().storage];
    const duration = durationText(outboxMaxAge(), lang);
    const keeping =
      kept === 'device'
        ? t('common:keptOnDevice', { duration })
        : kept === 'tab'
          ? t('common:keptInTab', { duration })
          : t('common:notKept');
    return [happened, keeping];
  }

  /**
   * The panel for a payload refused for good, in the element's `namespace` (its `failedHeading`,
   * `failedBody` and `failedPhone`): what happened, and `phone` to call instead. Its heading takes
   * focus as every outcome's does.
   */
  failedPanel(t: TFunction, namespace: string, phone: string): TemplateResult {
    return html`<div class="panel panel--error" part="confirmation">
      <h2 class="panel__heading" tabindex="-1" data-focus-on-show>${t(`${namespace}:failedHeading`)}</h2>
      <p>${t(`${namespace}:failedBody`)}</p>
      <p>${sentenceWithNumber(t(`${namespace}:failedPhone`, { number: IN_SENTENCE }), phone, true)}</p>
    </div>`;
  }

  private announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  private heading(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[data-focus-on-show]');
  }

  /** Focus is in this element, or nowhere (the button it was on has just been replaced). */
  private focusIsHere(): boolean {
    const active = deepActiveElement();
    if (!active || active === document.body || active === document.documentElement) return true;
    const root = this.host.renderRoot;
    return active === this.host || this.host.contains(active) || (root instanceof ShadowRoot && root.contains(active));
  }
}
