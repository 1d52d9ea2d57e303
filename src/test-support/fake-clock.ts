import type { Clock } from '../core/clock.js';

interface Timer {
  id: number;
  due: number;
  delay: number;
  callback: () => void;
}

/**
 * A {@link Clock} that stands still until the test moves it: retries, request timeouts and
 * expiry happen when `advance()` passes them, never on the wall clock. What the pipeline has
 * scheduled can be read (`pending()`) or awaited (`nextTimer()`), so a test asserts a delay
 * instead of measuring one.
 */
export class FakeClock implements Clock {
  private time: number;
  private lastId = 0;
  private timers: Timer[] = [];
  /** Request timeouts, soonest first. */
  private signals: Array<{ due: number; controller: AbortController }> = [];
  private waiting: Array<() => void> = [];

  /** Starts at `start` (the real time now, by default, so that payloads made now are fresh). */
  constructor(start = Date.now()) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const delay = Math.max(0, ms);
    const timer = { id: (this.lastId += 1), due: this.time + delay, delay, callback };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.due - b.due || a.id - b.id);
    for (const wake of this.waiting.splice(0)) wake();
    return timer.id;
  }

  clearTimeout(timer: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== timer);
  }

  timeoutSignal(ms: number): AbortSignal {
    const controller = new AbortController();
    this.signals.push({ due: this.time + ms, controller });
    this.signals.sort((a, b) => a.due - b.due);
    return controller.signal;
  }

  /** How long until each waiting timer is due, soonest first (request timeouts are not timers). */
  pending(): number[] {
    return this.timers.map((t) => t.due - this.time);
  }

  /** Resolves with the delay the soonest waiting timer was set for, once one is set. */
  async nextTimer(): Promise<number> {
    while (!this.timers.length) await new Promise<void>((wake) => this.waiting.push(wake));
    return this.timers[0].delay;
  }

  /** Waits for the next timer and moves time on to it, so that it runs; resolves with its delay. */
  async runNext(): Promise<number> {
    const delay = await this.nextTimer();
    this.advance(this.timers[0].due - this.time);
    return delay;
  }

  /**
   * Moves time on by `ms`, running every timer that falls due on the way, in order, each at its
   * own time, and aborting every request whose timeout passes.
   */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const timer = this.timers[0];
      const signal = this.signals[0];
      if (signal && signal.due <= end && (!timer || signal.due <= timer.due)) {
        this.signals.shift();
        this.time = signal.due;
        signal.controller.abort(new DOMException('The request timed out (fake clock).', 'TimeoutError'));
      } else if (timer && timer.due <= end) {
        this.timers.shift();
        this.time = timer.due;
        timer.callback();
      } else break;
    }
    this.time = end;
  }
}
