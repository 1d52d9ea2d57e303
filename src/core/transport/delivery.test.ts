import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../config.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { recordFetches, sendingTests } from '../../test-support/storage-faults.js';
import { nextEvent } from '../../test-support/wait.js';
import { Delivery } from './delivery.js';
import { ratingPayload } from '../../elements/rating-scale/rating-scale.payload.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { backoffDelay, parseRetryAfter } from './sender.js';

const payload = (): FeedbackPayload => ratingPayload({ locale: 'en', value: 4, max: 5, comment: 'ok' });

// Every pipeline here is on a fake clock: a retry happens when the test moves the clock, and the
// test reads the delay it was scheduled for instead of timing it.
describe('transport: delivery against a real HTTP endpoint', () => {
  const env = sendingTests({ baseDelay: 20, maxDelay: 200, attemptsBeforeQueued: 2, timeout: 2000 });
  const pipeline = () => env.page();

  it('delivers a 201 once, with the Idempotency-Key, and empties the outbox', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const d = pipeline();
    const p = payload();
    const sent = nextEvent<CustomEvent>(env.origin, 'feedback-sent');
    expect(d.submit(env.origin, endpoint.url, p)).to.equal('sending');
    expect(d.outbox.has(p.id)).to.be.true; // Kept before the first attempt.
    expect((await sent).detail.status).to.equal(201);
    const log = await endpoint.log();
    expect(log.requests.map((r) => r.key)).to.deep.equal([p.id]);
    expect(log.stored).to.deep.equal([p]);
    expect(d.outbox.entries()).to.deep.equal([]);
  });

  it('retries a 503 with the same id until a 201', async () => {
    const endpoint = await scriptedEndpoint(['503', '503', '201']);
    const d = pipeline();
    const p = payload();
    const states: string[] = [];
    const sent = nextEvent(env.origin, 'feedback-sent');
    d.submit(env.origin, endpoint.url, p, (s) => states.push(s));
    // Backoff from baseDelay 20 ms, doubling, with equal jitter: 10-20 ms, then 20-40 ms.
    expect(await env.clock.runNext()).to.be.within(10, 20);
    expect(await env.clock.runNext()).to.be.within(20, 40);
    await sent;
    const log = await endpoint.log();
    expect(log.requests.map((r) => [r.step, r.key])).to.deep.equal([
      ['503', p.id],
      ['503', p.id],
      ['201', p.id],
    ]);
    expect(log.stored).to.have.length(1);
    // Two failed attempts (attemptsBeforeQueued) tell the person it is saved; delivery follows.
    expect(states).to.deep.equal(['sending', 'queued', 'sent']);
    expect(env.clock.pending()).to.deep.equal([]);
  });

  it('waits at least as long as Retry-After says after a 429', async () => {
    const endpoint = await scriptedEndpoint(['429:1', '201']);
    const d = pipeline();
    const sent = nextEvent(env.origin, 'feedback-sent');
    d.submit(env.origin, endpoint.url, payload());
    // baseDelay is 20 ms, so only Retry-After can explain a retry scheduled a second ahead.
    expect(await env.clock.nextTimer()).to.be.at.least(1000);
    env.clock.advance(999);
    expect(env.clock.pending()).to.deep.equal([1]); // Not yet.
    expect((await endpoint.log()).requests).to.have.length(1);
    env.clock.advance(1);
    await sent;
    expect((await endpoint.log()).requests).to.have.length(2);
  });

  it('fails at once on a 400, with no retry, and forgets the payload', async () => {
    const endpoint = await scriptedEndpoint(['400', '201']);
    const d = pipeline();
    const p = payload();
    const failed = nextEvent<CustomEvent>(env.origin, 'feedback-error');
    d.submit(env.origin, endpoint.url, p);
    expect((await failed).detail.status).to.equal(400);
    expect(env.clock.pending()).to.deep.equal([]); // No retry is scheduled...
    const fetches = recordFetches();
    env.clock.advance(10_000); // ...and none happens after several backoff delays.
    await d.flush(); // Nothing waits in the outbox to be sent either.
    expect(fetches).to.have.length(0);
    expect((await endpoint.log()).requests).to.have.length(1);
    expect(d.outbox.has(p.id)).to.be.false;
  });

  it('keeps a payload through an outage and a page reload, then delivers it once', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    const first = pipeline();
    const p = payload();
    const queued = nextEvent<CustomEvent>(env.origin, 'feedback-queued');
    first.submit(env.origin, endpoint.url, p);
    await env.clock.runNext(); // The retry after the first failure; the second is queued.
    expect((await queued).detail.reason).to.equal('network');
    first.stop(); // The tab closes mid-retry.
    expect(JSON.parse(localStorage.getItem('victim-care-elements:outbox')!)[0].payload.id).to.equal(p.id);

    await endpoint.script(['201']);
    const second = pipeline(); // The next page load, with a pipeline of its own over the same storage.
    const sent = nextEvent<CustomEvent>(document, 'feedback-sent');
    void second.flush();
    expect((await sent).detail.payload.id).to.equal(p.id);
    const log = await endpoint.log();
    expect(log.stored).to.deep.equal([p]);
    expect(localStorage.getItem('victim-care-elements:outbox')).to.equal(null);
  });

  it('stores nothing twice when a retry races a late success', async () => {
    // The first request is stored but still unanswered when the client gives up on it (its
    // timeout passes); the retry with the same id gets the de-duplicating receiver's 200.
    const endpoint = await scriptedEndpoint(['hold', '201']);
    const d = pipeline();
    const p = payload();
    let sentCount = 0;
    env.origin.addEventListener('feedback-sent', () => (sentCount += 1));
    const sent = nextEvent<CustomEvent>(env.origin, 'feedback-sent');
    d.submit(env.origin, endpoint.url, p);
    await endpoint.received(1); // Stored; its answer is held back.
    env.clock.advance(2000); // The request's timeout: the client gives up on it.
    expect(await env.clock.runNext()).to.be.within(10, 20); // Retried as a network failure.
    expect((await sent).detail.status).to.equal(200);
    await endpoint.release(); // The first answer comes too, late.
    await d.flush(); // Nothing is left to send.
    const log = await endpoint.log();
    expect(log.stored).to.have.length(1);
    // The first request and one retry, both with the same key.
    expect(log.requests.map((r) => [r.step, r.key])).to.deep.equal([
      ['hold', p.id],
      ['201', p.id],
    ]);
    expect(sentCount).to.equal(1);
  });

  it('lets the host take over by cancelling feedback-submit', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const d = pipeline();
    env.origin.addEventListener('feedback-submit', (e) => e.preventDefault());
    expect(d.submit(env.origin, endpoint.url, payload())).to.equal('cancelled');
    expect(d.outbox.entries()).to.deep.equal([]);
    expect((await endpoint.log()).requests).to.have.length(0);
  });

  it('keeps the outbox in sessionStorage or only in memory when configured', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    for (const storage of ['session', 'none'] as const) {
      configure({ storage });
      const d = env.keep(new Delivery({ clock: env.clock }));
      const queued = nextEvent(env.origin, 'feedback-queued');
      const p = payload();
      d.submit(env.origin, endpoint.url, p);
      await env.clock.runNext(); // The second failure is queued.
      await queued;
      expect(localStorage.getItem('victim-care-elements:outbox')).to.equal(null);
      expect(sessionStorage.getItem('victim-care-elements:outbox') !== null).to.equal(storage === 'session');
      expect(d.outbox.has(p.id)).to.be.true;
      d.clear();
      expect(d.outbox.has(p.id)).to.be.false;
    }
  });
});

describe('transport: retry timing rules', () => {
  afterEach(() => resetConfig());

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).to.equal(5000);
    expect(parseRetryAfter('soon')).to.equal(null);
    expect(parseRetryAfter(null)).to.equal(null);
  });

  it('backs off exponentially with jitter, capped, never under Retry-After', () => {
    configure({ retry: { baseDelay: 1000, maxDelay: 8000 } });
    expect(backoffDelay(1, null, () => 0)).to.equal(500);
    expect(backoffDelay(1, null, () => 1)).to.equal(1000);
    expect(backoffDelay(3, null, () => 1)).to.equal(4000);
    expect(backoffDelay(10, null, () => 1)).to.equal(8000);
    expect(backoffDelay(1, 30000, () => 1)).to.equal(30000);
  });
});
