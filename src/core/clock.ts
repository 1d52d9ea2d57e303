/**
 * The time the sending pipeline reads and schedules on: the outbox's expiry, retry backoff and each
 * request's timeout. The page's own by default; tests give a fake one
 * (src/test-support/fake-clock.ts) and move it themselves, so that nothing waits on the wall clock.
 */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** Runs `callback` once, `ms` from now, as `setTimeout`; the handle is for {@link Clock.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer from {@link Clock.setTimeout}; anything else (undefined) is ignored. */
  clearTimeout(timer: unknown): void;
  /** A signal that aborts with a `TimeoutError` `ms` from now, as `AbortSignal.timeout()`. */
  timeoutSignal(ms: number): AbortSignal;
}

/** The page's clock. */
export const pageClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as number | undefined),
  timeoutSignal: (ms) => AbortSignal.timeout(ms),
};
