import { getConfig } from '../../config.js';
import { pageClock, type Clock } from '../clock.js';
import { Outbox, type KeptIn, type OutboxEntry } from './outbox.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { backoffDelay, sendOnce } from './sender.js';

/** Where a payload's delivery stands, as an element shows it. */
export type DeliveryState = 'sending' | 'sent' | 'queued' | 'failed' | 'cancelled';

/** Why a payload is waiting in the outbox. */
export type QueuedReason = 'offline' | 'network' | 'server' | 'rate-limited';

/** `detail` of `feedback-submit`: cancel the event to send `payload` yourself. */
export interface FeedbackSubmitDetail {
  payload: FeedbackPayload;
  endpoint: string;
}
/**
 * `detail` of `feedback-sent`. `response` is the endpoint's JSON answer (parsed; `null` when it
 * sent none, or it was not JSON): the reference receiver's says when a requested link will be
 * sent and how to cancel the request.
 */
export interface FeedbackSentDetail {
  payload: FeedbackPayload;
  status: number;
  response: unknown;
}
/**
 * `detail` of `feedback-queued`. `keptIn` says where the payload waits: `device` (localStorage),
 * `tab` (sessionStorage) or `page` (memory only: storage is off, missing, full or failing).
 */
export interface FeedbackQueuedDetail {
  payload: FeedbackPayload;
  reason: QueuedReason;
  keptIn: KeptIn;
}
/** `detail` of `feedback-error`: the receiver refused the payload for good. */
export interface FeedbackErrorDetail {
  payload: FeedbackPayload;
  status: number;
}

declare global {
  interface HTMLElementEventMap {
    'feedback-submit': CustomEvent<FeedbackSubmitDetail>;
    'feedback-sent': CustomEvent<FeedbackSentDetail>;
    'feedback-queued': CustomEvent<FeedbackQueuedDetail>;
    'feedback-error': CustomEvent<FeedbackErrorDetail>;
  }
}

/** What an element needs to word a state truthfully. */
export interface DeliveryInfo {
  /** Why it waits (with `queued`). */
  reason?: QueuedReason;
  /** Where it waits, from the moment it was handed over. */
  keptIn: KeptIn;
  /** The endpoint's JSON answer (with `sent` from this page's own POST); see {@link FeedbackSentDetail}. */
  response?: unknown;
}

type StateListener = (state: DeliveryState, info: DeliveryInfo) => void;

interface Tracked {
  origin: EventTarget;
  onState?: StateListener;
  keptIn: KeptIn;
  attempts: number;
  queued: boolean;
  timer?: unknown;
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
  /** Attempts under way, by payload id, each until its retry (if any) is scheduled. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Payloads whose POST is on the wire right now. */
  private readonly requesting = new Set<string>();

  /** What retries, request timeouts and the outbox's expiry are timed on. */
  private readonly clock: Clock;

  /** `outbox` defaults to one in the storage `configure()` says, on the same `clock`; tests give a fake clock. */
  constructor({ outbox, clock = pageClock }: { outbox?: Outbox; clock?: Clock } = {}) {
    this.clock = clock;
    this.outbox = outbox ?? new Outbox(() => getConfig().storage, clock);
  }

  /**
   * Sends `payload` to `endpoint` on behalf of `origin` (the element whose events these are).
   * `onState` hears every change of state, including a late `sent` after `queued`.
   */
  submit(origin: EventTarget, endpoint: string, payload: FeedbackPayload, onState?: StateListener): DeliveryState {
    if (!emit<FeedbackSubmitDetail>(origin, 'feedback-submit', { payload, endpoint }, true)) {
      onState?.('cancelled', { keptIn: 'page' });
      return 'cancelled';
    }
    // Stored before the first attempt, so that closing the tab mid-request loses nothing. If
    // storage cannot keep it, memory does, and this page delivers it all the same.
    const keptIn = this.outbox.put({ endpoint, payload });
    this.tracked.set(payload.id, { origin, onState, keptIn, attempts: 0, queued: false });
    onState?.('sending', { keptIn });
    void this.attempt({ endpoint, payload });
    return 'sending';
  }

  /** Tries every waiting payload now, whatever its backoff; resolves when every attempt under way is over. */
  flush(): Promise<void> {
    for (const entry of this.outbox.entries()) {
      this.clock.clearTimeout(this.tracked.get(entry.payload.id)?.timer);
      void this.attempt(entry);
    }
    return Promise.all(this.inFlight.values()).then(() => undefined);
  }

  /** Stops every retry and forgets every waiting payload (used by quick exit). */
  clear(): void {
    this.stop();
    this.outbox.clear();
  }

  /**
   * The page is going away (`pagehide`). Every POST is made with `keepalive`, so a request in
   * flight is completed by the browser, and if the page lives on (back-forward cache) its answer
   * still removes the payload from the outbox. What cannot be known is an answer that arrives
   * after the page is gone: that payload stays in the outbox and a later page sends it again with
   * the same id (the receiver answers 200 and stores nothing twice). Payloads only memory holds
   * would die with the page: each is written to storage once more, and if storage still refuses,
   * sent one last time with `keepalive`.
   */
  pageHide(): void {
    for (const entry of this.outbox.pageOnlyEntries()) {
      const id = entry.payload.id;
      if (this.requesting.has(id)) continue; // On the wire with keepalive: the browser completes it.
      const keptIn = this.outbox.put(entry);
      const tracked = this.track(id);
      tracked.keptIn = keptIn;
      if (keptIn !== 'page' || !navigator.onLine) continue;
      this.clock.clearTimeout(tracked.timer);
      // No lock: nothing but this page knows of the payload, and the request must start now,
      // before the page is torn down.
      void this.inFlightWhile(entry, tracked, () => this.send(entry, tracked));
    }
  }

  /** Stops retrying in this page, leaving the outbox for the next page load (as closing the tab does). */
  stop(): void {
    for (const tracked of this.tracked.values()) this.clock.clearTimeout(tracked.timer);
    this.tracked.clear();
  }

  private track(id: string): Tracked {
    let tracked = this.tracked.get(id);
    if (!tracked) {
      tracked = { origin: document, keptIn: this.outbox.keptIn(id) ?? 'page', attempts: 0, queued: false };
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
    await this.inFlightWhile(entry, tracked, () => withLock(id, () => this.send(entry, tracked)));
  }

  /**
   * Runs `sending` with the payload marked in flight, then schedules the retry it asks for. Only
   * then: a retry that fell due while the attempt was still finishing (releasing its lock) would
   * be taken for that attempt and dropped. None after `stop()` or once the payload is done.
   */
  private inFlightWhile(entry: OutboxEntry, tracked: Tracked, sending: () => Promise<number | null | undefined>): Promise<void> {
    const id = entry.payload.id;
    const runAndSchedule = async () => {
      let retryIn: number | null | undefined;
      try {
        retryIn = await sending();
      } finally {
        if (this.inFlight.get(id) === run) this.inFlight.delete(id); // (pagehide may have started another)
      }
      if (typeof retryIn === 'number' && this.tracked.get(id) === tracked) this.retryLater(entry, tracked, retryIn);
    };
    const run = runAndSchedule();
    this.inFlight.set(id, run);
    return run;
  }

  /**
   * One POST and what follows from its answer: the wait before the next attempt, or null when
   * there is none. Never throws, so no state is left at `sending`.
   */
  private async send(entry: OutboxEntry, tracked: Tracked): Promise<number | null> {
    const { payload } = entry;
    const id = payload.id;
    if (this.requesting.has(id)) return null; // Already on the wire from this page.
    // Another tab, or an earlier attempt racing this one, may have delivered it already; or it expired.
    if (!this.outbox.has(id)) {
      if (this.tracked.get(id) === tracked) {
        // Gone from the outbox by another tab's hand: delivered there (or emptied by quick exit).
        this.finish(id);
        tracked.onState?.('sent', { keptIn: tracked.keptIn });
      }
      return null;
    }
    try {
      this.requesting.add(id);
      const result = await sendOnce(entry.endpoint, payload, this.clock).finally(() => this.requesting.delete(id));
      tracked.attempts += 1;
      if (result.outcome === 'delivered') {
        this.finish(id);
        emit<FeedbackSentDetail>(tracked.origin, 'feedback-sent', { payload, status: result.status, response: result.response });
        tracked.onState?.('sent', { keptIn: tracked.keptIn, response: result.response });
        return null;
      } else if (result.outcome === 'refused') {
        this.finish(id);
        emit<FeedbackErrorDetail>(tracked.origin, 'feedback-error', { payload, status: result.status });
        tracked.onState?.('failed', { keptIn: tracked.keptIn });
        return null;
      } else {
        if (tracked.attempts >= getConfig().retry.attemptsBeforeQueued) {
          const reason: QueuedReason = !navigator.onLine
            ? 'offline'
            : result.status === null
              ? 'network'
              : result.status === 429
                ? 'rate-limited'
                : 'server';
          this.queue(tracked, payload, reason);
        }
        return backoffDelay(tracked.attempts, result.retryAfterMs);
      }
    } catch {
      // Something unforeseen (a host's fetch wrapper throwing, say): try again later rather than stick.
      return backoffDelay(Math.max(1, tracked.attempts), null);
    }
  }

  private retryLater(entry: OutboxEntry, tracked: Tracked, delay: number): void {
    this.clock.clearTimeout(tracked.timer);
    tracked.timer = this.clock.setTimeout(() => void this.attempt(entry), delay);
  }

  private queue(tracked: Tracked, payload: FeedbackPayload, reason: QueuedReason): void {
    if (tracked.queued) return;
    tracked.queued = true;
    emit<FeedbackQueuedDetail>(tracked.origin, 'feedback-queued', { payload, reason, keptIn: tracked.keptIn });
    tracked.onState?.('queued', { reason, keptIn: tracked.keptIn });
  }

  private finish(id: string): void {
    this.outbox.remove(id);
    const tracked = this.tracked.get(id);
    this.clock.clearTimeout(tracked?.timer);
    this.tracked.delete(id);
  }
}

/**
 * Runs `task` holding a lock named for `id` across tabs, where the browser has Web Locks, and
 * gives what it returns; `undefined` when another tab holds the lock (that tab is sending it).
 */
async function withLock<T>(id: string, task: () => Promise<T>): Promise<T | undefined> {
  let ran = false;
  try {
    if (!('locks' in navigator)) throw new Error('no Web Locks');
    return await navigator.locks.request(`victim-care-elements:${id}`, { ifAvailable: true }, async (lock) => {
      if (!lock) return undefined; // Another tab is sending this one right now.
      ran = true;
      return task();
    });
  } catch {
    // No Web Locks, or locks refused (an opaque origin, a sandboxed frame): send without one.
    return ran ? undefined : task();
  }
}

let shared: Delivery | undefined;

/** The page's one delivery pipeline, created (and the outbox flushed) on first use. */
export function delivery(): Delivery {
  if (!shared) {
    const instance = new Delivery();
    shared = instance;
    addEventListener('online', () => void instance.flush());
    addEventListener('pagehide', () => instance.pageHide());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void instance.flush();
    });
    // After the first paint, not in its way: the first localStorage read in a page can take
    // milliseconds. (A hidden tab has no frames; it flushes when it becomes visible.)
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => void instance.flush()));
    else setTimeout(() => void instance.flush());
  }
  return shared;
}
