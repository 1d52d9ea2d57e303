// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, BEARER, json } from '../testing.js';
import { createRateLimiter, clientKey } from '../rate-limit.js';

test('over the per-client limit: 429 with Retry-After, nothing stored, other routes unaffected', async (t) => {
  let clock = Date.parse('2025-03-01T12:00:00Z');
  const app = await start({ rateLimitPerMinute: 3, now: () => new Date(clock) });
  t.after(() => app.stop());

  for (let i = 0; i < 3; i++) assert.equal((await app.post(rating())).status, 201);
  const refused = await app.post(rating());
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('retry-after'), '20', 'one token every 20 s at 3 per minute');
  assert.equal((await json(refused)).error, 'rate_limited');
  assert.equal((await app.rows()).length, 3);

  // Bad requests spend tokens too.
  clock += 20_000;
  assert.equal((await app.post('{')).status, 400);
  assert.equal((await app.post(rating())).status, 429);

  // Reading the summary is not limited.
  assert.equal((await fetch(`${app.base}/api/summary`, { headers: BEARER })).status, 200);

  // A minute later the bucket is full again.
  clock += 60_000;
  for (let i = 0; i < 3; i++) assert.equal((await app.post(rating())).status, 201);
  assert.equal((await app.post(rating())).status, 429);
  assert.equal((await app.rows()).length, 6);
});

test('token bucket: refills continuously, keys are independent, 0 turns it off', () => {
  let t = 0;
  const limiter = createRateLimiter({ perMinute: 2, now: () => t });
  assert.deepEqual(limiter.take('a'), { ok: true });
  assert.deepEqual(limiter.take('a'), { ok: true });
  assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 30 });
  assert.deepEqual(limiter.take('b'), { ok: true }, 'another client has its own bucket');
  t += 10_000;
  assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 20 });
  t += 20_000;
  assert.deepEqual(limiter.take('a'), { ok: true });

  const off = createRateLimiter({ perMinute: 0 });
  for (let i = 0; i < 1000; i++) assert.equal(off.take('a').ok, true);
  assert.equal(off.size, 0);
});

test('token bucket forgets clients whose bucket has refilled', () => {
  let t = 0;
  const limiter = createRateLimiter({ perMinute: 10, now: () => t, maxClients: 3 });
  for (const k of ['a', 'b', 'c']) limiter.take(k);
  assert.equal(limiter.size, 3);
  t += 61_000;
  limiter.take('d');
  assert.equal(limiter.size, 1);
});

test('client key: IPv4, IPv4-mapped IPv6, and IPv6 by /64', () => {
  assert.equal(clientKey('192.0.2.1'), '192.0.2.1');
  assert.equal(clientKey('::ffff:192.0.2.1'), '192.0.2.1');
  assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
  assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(clientKey('::1'), '0:0:0:0::/64');
  assert.equal(clientKey(undefined), 'unknown');
});
