import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../config.js';
import { scriptedEndpoint } from '../../test-support/endpoint.js';
import { nextEvent, sleep } from '../../test-support/wait.js';
import { Delivery } from './delivery.js';
import { Outbox } from './outbox.js';
import { ratingPayload } from '../../elements/rating-scale/rating-scale.payload.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { backoffDelay, parseRetryAfter } from './sender.js';

const payload = (): FeedbackPayload => ratingPayload({ locale: 'en', value: 4, max: 5, comment: 'ok' });
let pipelines: Delivery[] = [];
const pipeline = () => {
  const d = new Delivery(new Outbox(() => 'local'));
  pipelines.push(d);
  return d;
};

describe('transport: delivery against a real HTTP endpoint', () => {
  let origin: HTMLElement;
  beforeEach(() => {
    configure({ retry: { baseDelay: 20, maxDelay: 200, attemptsBeforeQueued: 2, timeout: 2000 } });
    origin = document.createElement('div');
    document.body.append(origin);
  });
  afterEach(() => {
    for (const d of pipelines) d.stop();
    pipelines = [];
    origin.remove();
    localStorage.clear();
    resetConfig();
  });

  it('delivers a 201 once, with the Idempotency-Key, and empties the outbox', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const d = pipeline();
    const p = payload();
    const sent = nextEvent<CustomEvent>(origin, 'feedback-sent');
    expect(d.submit(origin, endpoint.url, p)).to.equal('sending');
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
    const sent = nextEvent(origin, 'feedback-sent');
    d.submit(origin, endpoint.url, p, (s) => states.push(s));
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
  });

  it('waits at least as long as Retry-After says after a 429', async () => {
    const endpoint = await scriptedEndpoint(['429:1', '201']);
    const d = pipeline();
    const sent = nextEvent(origin, 'feedback-sent');
    const started = performance.now();
    d.submit(origin, endpoint.url, payload());
    await sent;
    // baseDelay is 20 ms, so only Retry-After can explain a wait of a second.
    expect(performance.now() - started).to.be.at.least(1000);
    expect((await endpoint.log()).requests).to.have.length(2);
  });

  it('fails at once on a 400, with no retry, and forgets the payload', async () => {
    const endpoint = await scriptedEndpoint(['400', '201']);
    const d = pipeline();
    const p = payload();
    const failed = nextEvent<CustomEvent>(origin, 'feedback-error');
    d.submit(origin, endpoint.url, p);
    expect((await failed).detail.status).to.equal(400);
    await sleep(150); // Longer than several backoff delays: a retry would have happened by now.
    expect((await endpoint.log()).requests).to.have.length(1);
    expect(d.outbox.has(p.id)).to.be.false;
  });

  it('keeps a payload through an outage and a page reload, then delivers it once', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    const first = pipeline();
    const p = payload();
    const queued = nextEvent<CustomEvent>(origin, 'feedback-queued');
    first.submit(origin, endpoint.url, p);
    expect((await queued).detail.reason).to.equal('network');
    first.stop(); // The tab closes mid-retry.
    expect(JSON.parse(localStorage.getItem('victim-care-elements:outbox')!)[0].payload.id).to.equal(p.id);

    await endpoint.script(['201']);
    const second = pipeline(); // The next page load, with a pipeline of its own over the same storage.
    const sent = nextEvent<CustomEvent>(document, 'feedback-sent');
    second.flush();
    expect((await sent).detail.payload.id).to.equal(p.id);
    const log = await endpoint.log();
    expect(log.stored).to.deep.equal([p]);
    expect(localStorage.getItem('victim-care-elements:outbox')).to.equal(null);
  });

  it('stores nothing twice when a retry races a late success', async () => {
    // The first request is stored but answered after the client gave up on it; the retry with
    // the same id gets the de-duplicating receiver's 200.
    configure({ retry: { timeout: 150 } });
    const endpoint = await scriptedEndpoint(['slow:400', '201']);
    const d = pipeline();
    const p = payload();
    let sentCount = 0;
    origin.addEventListener('feedback-sent', () => (sentCount += 1));
    const sent = nextEvent<CustomEvent>(origin, 'feedback-sent');
    d.submit(origin, endpoint.url, p);
    expect((await sent).detail.status).to.equal(200);
    await sleep(500); // Let the slow first answer arrive too.
    d.flush(); // Nothing is left to send.
    await sleep(100);
    const log = await endpoint.log();
    expect(log.stored).to.have.length(1);
    // At least the slow first request and one retry; on a loaded machine the retry may time out
    // too and be tried again. Every attempt carries the same key.
    expect(log.requests.length).to.be.at.least(2);
    expect(new Set(log.requests.map((r) => r.key))).to.deep.equal(new Set([p.id]));
    expect(sentCount).to.equal(1);
  });

  it('lets the host take over by cancelling feedback-submit', async () => {
    const endpoint = await scriptedEndpoint(['201']);
    const d = pipeline();
    origin.addEventListener('feedback-submit', (e) => e.preventDefault());
    expect(d.submit(origin, endpoint.url, payload())).to.equal('cancelled');
    expect(d.outbox.entries()).to.deep.equal([]);
    expect((await endpoint.log()).requests).to.have.length(0);
  });

  it('keeps the outbox in sessionStorage or only in memory when configured', async () => {
    const endpoint = await scriptedEndpoint(['down']);
    for (const storage of ['session', 'none'] as const) {
      configure({ storage });
      const d = new Delivery();
      pipelines.push(d);
      const queued = nextEvent(origin, 'feedback-queued');
      const p = payload();
      d.submit(origin, endpoint.url, p);
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
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now())).to.be.within(3000, 5000);
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
