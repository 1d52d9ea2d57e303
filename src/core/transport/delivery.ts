import { getConfig } from '../../config.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import type { FeedbackPayload } from './payload.js';
import { backoffDelay, sendOnce } from './sender.js';

/** Where a payload's delivery stands, as an element shows it. */
export type DeliveryState = 'sending' | 'sent' | 'queued' | 'failed' | 'cancelled';

/** Why a payload is waiting in the outbox. */
export type QueuedReason = 'offline' | 'network' | 'server' | 'rate-limited';

/** `detail` of `feedback-submit`: cancel the event to send `payload` yourself. */
export interface FeedbackSubmitDetail { payload: FeedbackPayload; endpoint: string }
/** `detail` of `feedback-sent`. */
export interface FeedbackSentDetail { payload: FeedbackPayload; status: number }
/** `detail` of `feedback-queued`. */
export interface FeedbackQueuedDetail { payload: FeedbackPayload; reason: QueuedReason }
/** `detail` of `feedback-error`: the receiver refused the payload for good. */
export interface FeedbackErrorDetail { payload: FeedbackPayload; status: number }

declare global {
  interface HTMLElementEventMap {
    'feedback-submit': CustomEvent<FeedbackSubmitDetail>;
    'feedback-sent': CustomEvent<FeedbackSentDetail>;
    'feedback-queued': CustomEvent<FeedbackQueuedDetail>;
    'feedback-error': CustomEvent<FeedbackErrorDetail>;
  }
}

type StateListener = (state: DeliveryState) => void;

interface Tracked {
  origin: EventTarget;
  onState?: StateListener;
  attempts: number;
  queued: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  const event = new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
  // An element taken out of the page cannot be heard; tell the document instead.
  const where = target instanceof Node && !target.isConnected ? document : target;
  return where.dispatchEvent(event);
}

/**
 * The one pipeline every element sends through: announce (`feedback-submit`, cancelable), keep in
 * the outbox, POST with retries, then `feedback-sent`, `feedback-queued` or `feedback-error`.
 * Payloads left in the outbox by an earlier page are sent when the library loads, when the browser
 * comes back online and when the page becomes visible again.
 */
export class Delivery {
  readonly outbox: Outbox;
  private readonly tracked = new Map<string, Tracked>();
  private readonly inFlight = new Set<string>();

  constructor(outbox = new Outbox(() => getConfig().storage)) {
    this.outbox = outbox;
  }

  /**
   * Sends `payload` to `endpoint` on behalf of `origin` (the element whose events these are).
   * `onState` hears every change of state, including a late `sent` after `queued`.
   */
  submit(origin: EventTarget, endpoint: string, payload: FeedbackPayload, onState?: StateListener): DeliveryState {
    if (!emit<FeedbackSubmitDetail>(origin, 'feedback-submit', { payload, endpoint }, true)) {
      onState?.('cancelled');
      return 'cancelled';
    }
    // Stored before the first attempt, so that closing the tab mid-request loses nothing.
    this.outbox.put({ endpoint, payload });
    this.tracked.set(payload.id, { origin, onState, attempts: 0, queued: false });
    onState?.('sending');
    void this.attempt({ endpoint, payload });
    return 'sending';
  }

  /** Tries every waiting payload now, whatever its backoff. */
  flush(): void {
    for (const entry of this.outbox.entries()) {
      const tracked = this.tracked.get(entry.payload.id);
      if (tracked?.timer) clearTimeout(tracked.timer);
      void this.attempt(entry);
    }
  }

  /** Stops every retry and forgets every waiting payload (used by quick exit). */
  clear(): void {
    this.stop();
    this.outbox.clear();
  }

  /** Stops retrying in this page, leaving the outbox for the next page load (as closing the tab does). */
  stop(): void {
    for (const tracked of this.tracked.values()) clearTimeout(tracked.timer);
    this.tracked.clear();
  }

  private track(id: string): Tracked {
    let tracked = this.tracked.get(id);
    if (!tracked) {
      tracked = { origin: document, attempts: 0, queued: false };
      this.tracked.set(id, tracked);
    }
    return tracked;
  }

  private async attempt(entry: OutboxEntry): Promise<void> {
    const { payload } = entry;
    const id = payload.id;
    if (this.inFlight.has(id)) return;
    const tracked = this.track(id);
    if (!navigator.onLine) {
      this.queue(tracked, payload, 'offline');
      return; // The `online` event flushes.
    }
    this.inFlight.add(id);
    try {
      await withLock(id, async () => {
        // Another tab, or an earlier attempt racing this one, may have delivered it already.
        if (!this.outbox.has(id)) return;
        const result = await sendOnce(entry.endpoint, payload);
        tracked.attempts += 1;
        if (result.outcome === 'delivered') {
          this.finish(id);
          emit<FeedbackSentDetail>(tracked.origin, 'feedback-sent', { payload, status: result.status });
          tracked.onState?.('sent');
        } else if (result.outcome === 'refused') {
          this.finish(id);
          emit<FeedbackErrorDetail>(tracked.origin, 'feedback-error', { payload, status: result.status });
          tracked.onState?.('failed');
        } else {
          if (tracked.attempts >= getConfig().retry.attemptsBeforeQueued) {
            const reason: QueuedReason =
              result.status === null ? 'network' : result.status === 429 ? 'rate-limited' : 'server';
            this.queue(tracked, payload, reason);
          }
          const delay = backoffDelay(tracked.attempts, result.retryAfterMs);
          tracked.timer = setTimeout(() => void this.attempt(entry), delay);
        }
      });
    } finally {
      this.inFlight.delete(id);
    }
  }

  private queue(tracked: Tracked, payload: FeedbackPayload, reason: QueuedReason): void {
    if (tracked.queued) return;
    tracked.queued = true;
    emit<FeedbackQueuedDetail>(tracked.origin, 'feedback-queued', { payload, reason });
    tracked.onState?.('queued');
  }

  private finish(id: string): void {
    this.outbox.remove(id);
    const tracked = this.tracked.get(id);
    if (tracked?.timer) clearTimeout(tracked.timer);
    this.tracked.delete(id);
  }
}

/** Runs `task` holding a lock named for `id` across tabs, where the browser has Web Locks. */
async function withLock(id: string, task: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return task();
  await navigator.locks.request(`victim-care-elements:${id}`, { ifAvailable: true }, async (lock) => {
    if (lock) await task(); // No lock: another tab is sending this one right now.
  });
}

let shared: Delivery | undefined;

/** The page's one delivery pipeline, created (and the outbox flushed) on first use. */
export function delivery(): Delivery {
  if (!shared) {
    const instance = new Delivery();
    shared = instance;
    addEventListener('online', () => instance.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') instance.flush();
    });
    // After the first paint, not in its way: the first localStorage read in a page can take
    // milliseconds. (A hidden tab has no frames; it flushes when it becomes visible.)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => instance.flush()));
    else setTimeout(() => instance.flush());
  }
  return shared;
}
