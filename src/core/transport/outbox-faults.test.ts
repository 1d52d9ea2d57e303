import { expect } from '@open-wc/testing';
import { configure } from '../../config.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import {
  breakStorage,
  fillLocalStorage,
  freshPage,
  recordFetches,
  removeLocalStorage,
  sendingTests,
  setOnline,
  undoFaults,
} from '../../test-support/storage-faults.js';
import { nextEvent } from '../../test-support/wait.js';
import { captureWarnings, warningsInEachTest } from '../../test-support/warnings.js';
import { Delivery, type DeliveryInfo, type DeliveryState } from './delivery.js';
import { ratingPayload } from '../../elements/rating-scale/rating-scale.payload.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';

// Every fault here is injected into the real browser (a full quota, a throwing method, a missing
// property, bytes written to storage), and every count comes from the test endpoint's own log.
// Time is each test's fake clock (sendingTests): a retry or an expiry happens when the test moves it.

const KEY = 'victim-care-elements:outbox';
const DAY = 24 * 60 * 60_000;
const payload = (comment = 'ok'): FeedbackPayload => ratingPayload({ locale: 'en', value: 4, max: 5, comment });

interface Run {
  states: string[];
  infos: DeliveryInfo[];
  settled: Promise<DeliveryState>;
}
/** Submits `p` through `d` and records every state until sent or failed. */
function submit(d: Delivery, origin: EventTarget, url: string, p: FeedbackPayload): Run {
  const states: string[] = [];
  const infos: DeliveryInfo[] = [];
  let done: (state: DeliveryState) => void = () => {};
  const settled = new Promise<DeliveryState>((resolve) => (done = resolve));
  d.submit(origin, url, p, (state, info) => {
    states.push(state);
    infos.push(info);
    if (state === 'sent' || state === 'failed') done(state);
  });
  return { states, infos, settled };
}

/** What the endpoint received: POSTs, distinct payloads stored, and repeats (the same id posted again). */
async function counts(endpoint: Awaited<ReturnType<typeof scriptedEndpoint>>) {
  const log = await endpoint.log();
  const keys = log.requests.map((r) => r.key);
  return { posts: keys.length, stored: log.stored.length, repeats: keys.length - new Set(keys).size };
}

/** The next page load (`next`, a fresh pipeline over the same storage) finds nothing to send. */
async function nextPageSendsNothing(next: Delivery): Promise<void> {
  const fetches = recordFetches();
  expect(next.outbox.entries()).to.deep.equal([]);
  await next.flush();
  expect(fetches).to.have.length(0);
}

describe('transport: the outbox under storage faults', () => {
  const warnings = warningsInEachTest();
  const env = sendingTests({ baseDelay: 20, maxDelay: 200, attemptsBeforeQueued: 1, timeout: 2000 });
  afterEach(() => expect(warnings).to.deep.equal([]));

  it('storage full (a real QuotaExceededError): sent once from memory, status ends sent', async () => {
    fillLocalStorage();
    const endpoint = await scriptedEndpoint(['201']);
    const p = payload();
    const run = submit(env.page(), env.origin, endpoint.url, p);
    expect(run.infos[0].keptIn).to.equal('page'); // The person will be told it is not on the device.
    expect(await run.settled).to.equal('sent');
    expect(run.states).to.deep.equal(['sending', 'sent']);
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
    expect(localStorage.getItem(KEY)).to.equal(null);
    await nextPageSendsNothing(env.page());
  });

  it('storage full and the service down at first: queued in memory, retried, delivered once', async () => {
    fillLocalStorage();
    const endpoint = await scriptedEndpoint(['503', '201']);
    const queued = nextEvent<CustomEvent>(env.origin, 'feedback-queued');
    const run = submit(env.page(), env.origin, endpoint.url, payload());
    expect((await queued).detail).to.include({ reason: 'server', keptIn: 'page' });
    expect(await env.clock.runNext()).to.be.within(10, 20); // The retry, after its backoff.
    expect(await run.settled).to.equal('sent');
    expect(run.states).to.deep.equal(['sending', 'queued', 'sent']);
    // Two POSTs, one answered 503: one payload stored, nothing repeated after it was stored.
    expect(await counts(endpoint)).to.deep.equal({ posts: 2, stored: 1, repeats: 1 });
    expect((await endpoint.log()).requests.map((r) => r.step)).to.deep.equal(['503', '201']);
    await nextPageSendsNothing(env.page());
  });

  for (const method of ['setItem', 'getItem'] as const) {
    it(`${method} throwing: sent once from memory, status ends sent, nothing left for the next page`, async () => {
      breakStorage(method);
      const endpoint = await scriptedEndpoint(['201']);
      const run = submit(env.page(), env.origin, endpoint.url, payload());
      expect(run.infos[0].keptIn).to.equal('page');
      expect(await run.settled).to.equal('sent');
      expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
      undoFaults(); // The next page has working storage; it must not find the payload there.
      await nextPageSendsNothing(env.page());
    });
  }

  it('getItem throwing: entries earlier pages saved are not overwritten by this page', async () => {
    const earlier = payload('from an earlier page');
    localStorage.setItem(KEY, JSON.stringify([{ endpoint: `${location.origin}/nowhere`, payload: earlier }]));
    breakStorage('getItem');
    const endpoint = await scriptedEndpoint(['201']);
    const run = submit(env.page(), env.origin, endpoint.url, payload());
    expect(await run.settled).to.equal('sent');
    undoFaults();
    expect(JSON.parse(localStorage.getItem(KEY)!).map((e: { payload: FeedbackPayload }) => e.payload.id)).to.deep.equal([earlier.id]);
  });

  it('removeItem throwing: delivered once, and the next page does not send it again', async () => {
    breakStorage('removeItem');
    const endpoint = await scriptedEndpoint(['201']);
    const run = submit(env.page(), env.origin, endpoint.url, payload());
    expect(run.infos[0].keptIn).to.equal('device'); // setItem works: it was on the device until delivered.
    expect(await run.settled).to.equal('sent');
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
    await nextPageSendsNothing(env.page()); // The acknowledgement was written as an empty list instead.
  });

  it('removeItem and setItem both throwing after the payload was stored: this page never sends it twice', async () => {
    const endpoint = await scriptedEndpoint(['hold']);
    const d = env.page();
    const run = submit(d, env.origin, endpoint.url, payload());
    expect(run.infos[0].keptIn).to.equal('device');
    await endpoint.received(1);
    breakStorage('removeItem');
    breakStorage('setItem'); // Storage breaks while the request is in flight: the outbox cannot forget it.
    await endpoint.release();
    expect(await run.settled).to.equal('sent');
    const fetches = recordFetches();
    await d.flush(); // online / visibilitychange in the same page
    expect(fetches).to.have.length(0);
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
  });

  it('localStorage missing (reading it throws): sent once from memory', async () => {
    // A page whose storage is blocked from the start, the library loaded there after the fault
    // (WebKit's compiled code in this page could otherwise keep reading the storage it read before).
    const fresh = await freshPage<[typeof import('./delivery.js'), typeof import('./outbox.js')]>(
      (view) => removeLocalStorage(view),
      '/src/core/transport/delivery.ts',
      '/src/core/transport/outbox.ts',
    );
    const [{ Delivery: FreshDelivery }, { Outbox: FreshOutbox }] = fresh.modules;
    const d = env.keep(new FreshDelivery({ outbox: new FreshOutbox(() => 'local', env.clock), clock: env.clock }));
    const endpoint = await scriptedEndpoint(['201']);
    const run = submit(d, fresh.document.body, endpoint.url, payload());
    expect(run.infos[0].keptIn).to.equal('page');
    expect(await run.settled).to.equal('sent');
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
  });

  it("storage: 'none' and 'session' say where the payload is kept", async () => {
    const endpoint = await scriptedEndpoint(['201']);
    for (const [storage, keptIn] of [
      ['none', 'page'],
      ['session', 'tab'],
      ['local', 'device'],
    ] as const) {
      configure({ storage });
      const d = env.keep(new Delivery({ clock: env.clock }));
      const run = submit(d, env.origin, endpoint.url, payload());
      expect(run.infos[0].keptIn).to.equal(keptIn);
      expect(await run.settled).to.equal('sent');
    }
    expect(await counts(endpoint)).to.deep.equal({ posts: 3, stored: 3, repeats: 0 });
  });
});

describe('transport: what the outbox reads back', () => {
  const env = sendingTests();

  const entry = (endpoint: string, p: unknown) => ({ endpoint, payload: p });

  it('drops text that is not JSON, and deletes it from the device', async () => {
    localStorage.setItem(KEY, '{"endpoint": "/x", "payload": ');
    const fetches = recordFetches();
    const d = env.page();
    await d.flush();
    expect(fetches).to.have.length(0);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('drops entries of the wrong shape, another schema, unsafe addresses or too large, and sends the one good entry once', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const url = new URL(endpoint.url, location.href).href;
    const good = payload('good');
    const bad: unknown[] = [
      'a string',
      null,
      { payload: payload() }, // no endpoint
      entry(url, { ...payload(), schema: 'victim-feedback/2' }),
      entry(url, { ...payload(), id: 'not-a-uuid' }),
      entry(url, { ...payload(), secret: 'a field the contract does not list' }),
      entry(url, { ...payload(), rating: { value: 9, max: 5 } }),
      entry(url, { ...payload(), comment: 'x'.repeat(5000) }), // oversize
      entry(url, { ...payload(), createdAt: 'yesterday' }),
      entry('javascript:alert(1)', payload()),
      entry('https://user:password@example.org/api', payload()),
      { ...entry(url, payload()), extra: true },
    ];
    localStorage.setItem(KEY, JSON.stringify([...bad, entry(url, good)]));
    const d = env.page();
    expect(d.outbox.entries().map((e) => e.payload.id)).to.deep.equal([good.id]);
    // Dropped from the device at once, not only skipped.
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(1);
    const sent = nextEvent<CustomEvent>(document, 'feedback-sent');
    void d.flush();
    expect((await sent).detail.payload.id).to.equal(good.id);
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
    expect((await endpoint.log()).stored).to.deep.equal([good]);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('deletes entries older than 7 days without sending them', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const url = new URL(endpoint.url, location.href).href;
    const old = { ...payload('from 2019'), createdAt: '2019-05-01T10:00:00.000Z' };
    const eightDays = { ...payload('eight days'), createdAt: new Date(env.clock.now() - 8 * DAY).toISOString() };
    const sixDays = { ...payload('six days'), createdAt: new Date(env.clock.now() - 6 * DAY).toISOString() };
    localStorage.setItem(KEY, JSON.stringify([entry(url, old), entry(url, eightDays), entry(url, sixDays)]));
    const d = env.page();
    const sent = nextEvent<CustomEvent>(document, 'feedback-sent');
    void d.flush();
    expect((await sent).detail.payload.id).to.equal(sixDays.id);
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps entries only as long as configure({ outboxMaxAge }) says', () => {
    configure({ outboxMaxAge: 60 * 60_000 });
    const twoHours = { ...payload(), createdAt: new Date(env.clock.now() - 2 * 60 * 60_000).toISOString() };
    const halfHour = { ...payload(), createdAt: new Date(env.clock.now() - 30 * 60_000).toISOString() };
    localStorage.setItem(KEY, JSON.stringify([entry(`${location.origin}/x`, twoHours), entry(`${location.origin}/x`, halfHour)]));
    expect(
      env
        .page()
        .outbox.entries()
        .map((e) => e.payload.id),
    ).to.deep.equal([halfHour.id]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(1);
  });

  it('warns once and keeps 7 days when outboxMaxAge is not a positive number', () => {
    const warnings = captureWarnings();
    try {
      configure({ outboxMaxAge: -1 });
      const sixDays = { ...payload(), createdAt: new Date(env.clock.now() - 6 * DAY).toISOString() };
      localStorage.setItem(KEY, JSON.stringify([entry(`${location.origin}/x`, sixDays)]));
      expect(env.page().outbox.entries()).to.have.length(1);
      expect(env.page().outbox.entries()).to.have.length(1);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      'victim-care-elements: configure({ outboxMaxAge: -1 }) is not a positive number of milliseconds; 7 days is used.',
    ]);
  });

  it('a payload waiting offline expires on a fake clock: deleted, never sent', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const d = env.page();
    setOnline(false);
    const run = submit(d, env.origin, endpoint.url, payload());
    expect(run.states).to.deep.equal(['sending', 'queued']);
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    env.clock.advance(7 * DAY + 60_000);
    const fetches = recordFetches();
    setOnline(true);
    await d.flush();
    expect(fetches).to.have.length(0);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(await counts(endpoint)).to.deep.equal({ posts: 0, stored: 0, repeats: 0 });
  });
});

describe('transport: the page going away mid-request', () => {
  const env = sendingTests();

  it('completes a request in flight at pagehide (keepalive), and the next page does not send it again', async () => {
    const endpoint = await scriptedEndpoint(['hold']);
    const fetches = recordFetches();
    const d = env.page();
    const run = submit(d, env.origin, endpoint.url, payload());
    await endpoint.received(1); // The POST is on its way; its answer is held back.
    expect(fetches.map((init) => init.keepalive)).to.deep.equal([true]);
    d.pageHide(); // What the page's pagehide listener calls.
    await endpoint.release();
    expect(await run.settled).to.equal('sent'); // The answer arrives after pagehide, and is recorded.
    expect(localStorage.getItem(KEY)).to.equal(null);
    undoFaults();
    await nextPageSendsNothing(env.page());
    expect(await counts(endpoint)).to.deep.equal({ posts: 1, stored: 1, repeats: 0 });
  });

  it('at pagehide, a payload only memory holds is sent at once with keepalive instead of waiting for its retry', async () => {
    fillLocalStorage();
    configure({ retry: { attemptsBeforeQueued: 1 } });
    const endpoint = await scriptedEndpoint(['503', '201']);
    const d = env.page();
    const queued = nextEvent<CustomEvent>(env.origin, 'feedback-queued');
    const run = submit(d, env.origin, endpoint.url, payload());
    expect((await queued).detail.keptIn).to.equal('page');
    await env.clock.nextTimer(); // Its retry is scheduled, on a clock that does not move...
    const fetches = recordFetches();
    d.pageHide(); // ...so only pagehide can explain the next POST.
    expect(fetches.map((init) => init.keepalive)).to.deep.equal([true]);
    expect(await run.settled).to.equal('sent');
    expect(await counts(endpoint)).to.deep.equal({ posts: 2, stored: 1, repeats: 1 });
  });

  /** Loads the fixture page in a frame (same origin, same storage) and waits for its script. */
  async function framePage(): Promise<HTMLIFrameElement & { contentWindow: Window & { submitRating(url: string): string } }> {
    const frame = document.createElement('iframe');
    const ready = new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame.contentWindow && event.data?.ready) {
          removeEventListener('message', onMessage);
          resolve();
        }
      };
      addEventListener('message', onMessage);
    });
    frame.src = '/src/test-support/fixtures/outbox-page.html';
    document.body.append(frame);
    await ready;
    return frame as never;
  }

  it('a page that really dies mid-request: stored once; the next page, not knowing, posts it once more and is answered 200', async () => {
    const endpoint = await scriptedEndpoint(['hold', '201']);
    const first = await framePage();
    const id = first.contentWindow.submitRating(endpoint.url);
    await endpoint.received(1); // The POST reached the endpoint; its answer is held back.
    first.remove(); // pagehide, then the document is gone before the answer comes back.
    expect(JSON.parse(localStorage.getItem(KEY)!)[0].payload.id).to.equal(id);

    const sent = new Promise<string>((resolve) => addEventListener('message', (e) => e.data?.sent && resolve(e.data.sent)));
    const second = await framePage(); // The next visit: its pipeline flushes the outbox on load.
    expect(await sent).to.equal(id);
    second.remove();
    await endpoint.release(); // The first page's answer, to nobody.
    // What cannot be known when a page dies is the answer; the receiver's de-duplication covers it.
    expect(await counts(endpoint)).to.deep.equal({ posts: 2, stored: 1, repeats: 1 });
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});
