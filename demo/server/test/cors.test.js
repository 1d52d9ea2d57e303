// @ts-check
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, raw, BEARER, json } from '../testing.js';

const ALLOWED = 'https://www.example.police.uk';
const DENIED = 'https://evil.example';

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
before(async () => {
  app = await start({ allowedOrigins: [ALLOWED, 'http://localhost:3000'] });
});
after(() => app.stop());

test('a configured origin may post, and may read Retry-After', async () => {
  const p = rating();
  const res = await app.post(p, { Origin: ALLOWED });
  assert.equal(res.status, 201);
  assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
  assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
  assert.match(res.headers.get('vary') ?? '', /Origin/);
  assert.equal(res.headers.get('access-control-allow-credentials'), null, 'credentials are never allowed');
  assert.equal((await app.rows(`id = '${p.id}'`)).length, 1);
});

test('another origin is refused with 403 and nothing is stored', async () => {
  const p = rating();
  const res = await app.post(p, { Origin: DENIED });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  assert.equal((await json(res)).error, 'origin_not_allowed');
  assert.equal((await app.rows(`id = '${p.id}'`)).length, 0);
  // Close look-alikes are other origins too.
  for (const origin of ['https://www.example.police.uk.evil.example', 'http://www.example.police.uk', 'null']) {
    assert.equal((await app.post(rating(), { Origin: origin })).status, 403, origin);
  }
});

test('same origin and requests without Origin need no configuration', async () => {
  const same = await raw(app.port, {
    method: 'POST',
    path: '/api/feedback',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${app.port}`, Host: `127.0.0.1:${app.port}` },
    body: JSON.stringify(rating()),
  });
  assert.equal(same.status, 201);
  assert.equal(same.headers['access-control-allow-origin'], undefined);
  const none = await raw(app.port, {
    method: 'POST',
    path: '/api/feedback',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rating()),
  });
  assert.equal(none.status, 201);
});

test('preflight from a configured origin: 204 with methods and headers', async () => {
  const res = await fetch(`${app.base}/api/feedback`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:3000',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,idempotency-key',
    },
  });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:3000');
  assert.equal(res.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
  assert.equal(res.headers.get('access-control-max-age'), '600');
  assert.match(res.headers.get('vary') ?? '', /Origin/);
});

test('preflight from another origin: 403 without CORS headers', async () => {
  const res = await fetch(`${app.base}/api/feedback`, {
    method: 'OPTIONS',
    headers: { Origin: DENIED, 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  assert.equal(res.headers.get('access-control-allow-methods'), null);
});

test('summary and export follow the same origin rules', async () => {
  const ok = await fetch(`${app.base}/api/summary`, { headers: { Origin: ALLOWED, ...BEARER } });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('access-control-allow-origin'), ALLOWED);
  assert.equal((await fetch(`${app.base}/api/summary`, { headers: { Origin: DENIED, ...BEARER } })).status, 403);
  assert.equal((await fetch(`${app.base}/api/export.csv`, { headers: { Origin: DENIED, ...BEARER } })).status, 403);
});

test('without ALLOWED_ORIGINS every cross-origin request is refused', async () => {
  const closed = await start();
  try {
    assert.equal((await closed.post(rating(), { Origin: ALLOWED })).status, 403);
    assert.equal((await closed.rows()).length, 0);
  } finally {
    await closed.stop();
  }
});
