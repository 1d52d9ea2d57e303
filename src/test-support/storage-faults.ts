import { configure, resetConfig, type RetryOptions } from '../config.js';
import { Delivery } from '../core/transport/delivery.js';
import { Outbox } from '../core/transport/outbox.js';
import { FakeClock } from './fake-clock.js';

/**
 * Faults injected into the browser's storage and network state, each undone by the function it
 * returns (or by `undoFaults()` in an afterEach). Nothing here simulates a result: the library
 * meets a real QuotaExceededError, a real throwing method, a real missing property.
 * `sendingTests()` sets up and undoes it all for a suite of sending tests.
 */
const undo: Array<() => void> = [];

/** Fills localStorage until the browser refuses with its own QuotaExceededError. */
export function fillLocalStorage(): void {
  let chunk = 'x'.repeat(1024 * 1024);
  let n = 0;
  while (chunk.length >= 16) {
    try {
      localStorage.setItem(`fault:fill:${n}`, chunk);
      n += 1;
    } catch (error) {
      if (!(error instanceof DOMException) || error.name !== 'QuotaExceededError') throw error;
      chunk = chunk.slice(chunk.length / 2);
    }
  }
  undo.push(() => {
    for (let i = 0; i < n; i += 1) localStorage.removeItem(`fault:fill:${i}`);
  });
}

/** Makes `Storage.prototype[method]` throw, as a browser with broken storage does. */
export function breakStorage(method: 'getItem' | 'setItem' | 'removeItem', name = 'SecurityError'): void {
  const original = Storage.prototype[method];
  Object.defineProperty(Storage.prototype, method, {
    configurable: true,
    writable: true,
    value() {
      throw new DOMException(`${method} refused (injected fault)`, name);
    },
  });
  undo.push(() => Object.defineProperty(Storage.prototype, method, { configurable: true, writable: true, value: original }));
}

/**
 * Makes reading `localStorage` throw in `target` (this page by default), as storage blocked by
 * privacy settings does. WebKit's optimising compiler can go on reading the real storage in code
 * that already ran in the page, so inject it into a fresh page before the library loads there
 * (`freshPage` below) when that code has run before.
 */
export function removeLocalStorage(target: Window = window): void {
  const own = Object.getOwnPropertyDescriptor(target, 'localStorage');
  Object.defineProperty(target, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('localStorage is not available (injected fault)', 'SecurityError');
    },
  });
  undo.push(() => {
    if (own) Object.defineProperty(target, 'localStorage', own);
    else delete (target as { localStorage?: Storage }).localStorage;
  });
}

/**
 * An empty same-origin page (a hidden frame) in which `before` injects its faults, then `modules`
 * are imported afresh, so the library's code meets the fault the first time it runs. Removed by
 * `undoFaults()`.
 */
export async function freshPage<M extends unknown[]>(
  before: (view: Window) => void,
  ...modules: string[]
): Promise<{ view: Window; document: Document; modules: M }> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  undo.push(() => frame.remove());
  await loaded;
  const view = frame.contentWindow!;
  before(view);
  // `import()` run by the frame's own realm: its own module map, so nothing is shared with this page.
  const load = (view as Window & { Function: FunctionConstructor }).Function('src', 'return import(src)') as (
    src: string,
  ) => Promise<unknown>;
  return { view, document: frame.contentDocument!, modules: (await Promise.all(modules.map(load))) as M };
}

/** Makes `navigator.onLine` say `online`; `online` also dispatches the window event the browser would. */
export function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  if (!undo.includes(restoreOnline)) undo.push(restoreOnline);
  if (online) dispatchEvent(new Event('online'));
}
function restoreOnline(): void {
  delete (navigator as { onLine?: boolean }).onLine;
}

/** Records the `init` of every `fetch` while installed. */
export function recordFetches(): RequestInit[] {
  const seen: RequestInit[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    seen.push(init ?? {});
    return original.call(window, input, init);
  };
  undo.push(() => (window.fetch = original));
  return seen;
}

/** Undoes every fault injected so far, newest first. */
export function undoFaults(): void {
  while (undo.length) undo.pop()!();
}

/** What `sendingTests()` gives each test. */
export interface SendingTest {
  /** An element in the page, new for each test, that the pipelines' events are dispatched on. */
  readonly origin: HTMLElement;
  /** This test's time, new for each test: no retry, timeout or expiry happens until the test moves it. */
  readonly clock: FakeClock;
  /** One page's pipeline over the browser's real localStorage, on `clock`; a second call is the next page load. */
  page(): Delivery;
  /** Stops `pipeline` after the test, like those `page()` makes. */
  keep<T extends { stop(): void }>(pipeline: T): T;
}

/**
 * The set-up every suite of sending tests shares, for the `describe` it is called in: before each
 * test, `retry` configured (if given), a fresh `origin` and `clock`; after each, every pipeline
 * made or kept stopped, every fault undone, both storages emptied and the configuration reset.
 */
export function sendingTests(retry?: Partial<RetryOptions>): SendingTest {
  let origin: HTMLElement;
  let clock: FakeClock;
  const pipelines: Array<{ stop(): void }> = [];
  const test: SendingTest = {
    get origin() {
      return origin;
    },
    get clock() {
      return clock;
    },
    page: () => test.keep(new Delivery({ outbox: new Outbox(() => 'local', clock), clock })),
    keep(pipeline) {
      pipelines.push(pipeline);
      return pipeline;
    },
  };
  beforeEach(() => {
    if (retry) configure({ retry });
    origin = document.createElement('div');
    document.body.append(origin);
    clock = new FakeClock();
  });
  afterEach(() => {
    for (const pipeline of pipelines.splice(0)) pipeline.stop();
    undoFaults();
    origin.remove();
    localStorage.clear();
    sessionStorage.clear();
    resetConfig();
  });
  return test;
}
