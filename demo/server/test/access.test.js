// @ts-check
// Access to the results: every route refused without the right role or token; sign-in with
// CSRF, lockout and cookie attributes; API tokens; the Host check against DNS rebinding.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, contactRequest, raw, BEARER, TEST_TOKEN, json } from '../testing.js';
import { configFromEnv, parseTokens } from '../config.js';

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
let clock = new Date('2026-02-02T10:00:00.000Z');
before(async () => {
  app = await start({ now: () => clock, minGroupSize: 1 });
});
after(() => app.stop());

/** Every route that reveals results or changes staff state, with what it needs. */
const ROUTES = [
  { method: 'GET', path: '/api/summary', allowed: ['analyst', 'reviewer', 'sender', 'token'] },
  { method: 'GET', path: '/api/export.csv', allowed: ['analyst', 'reviewer', 'sender', 'token'] },
  { method: 'GET', path: '/results.html', allowed: ['analyst', 'reviewer', 'sender'] },
  { method: 'GET', path: '/results.js', allowed: ['analyst', 'reviewer', 'sender'] },
  { method: 'GET', path: '/results/summary.js', allowed: ['analyst', 'reviewer', 'sender'] },
  { method: 'GET', path: '/api/comments', allowed: ['reviewer'] },
  { method: 'GET', path: '/api/contact-requests', allowed: ['sender'] },
  { method: 'POST', path: '/api/links', allowed: ['officer', 'analyst', 'reviewer', 'sender'], body: { officer: 'OWN', unit: 'HV' } },
  { method: 'POST', path: '/api/comments/00000000-0000-4000-8000-000000000000/reviewed', allowed: ['reviewer'], body: {}, missing: 404 },
];

describe('who may read what', () => {
  /** @type {Record<string, { headers: Record<string, string>, csrf: string, name: string }>} */
  const as = {};
  before(async () => {
    for (const role of /** @type {const} */ (['officer', 'analyst', 'reviewer', 'sender'])) as[role] = await app.signIn(role);
    assert.equal((await app.post(app.signed({ context: { officer: '1', unit: 'HV' } }))).status, 201);
    assert.equal((await app.post(contactRequest())).status, 201);
  });

  /**
   * @param {typeof ROUTES[number]} route
   * @param {Record<string, string>} headers
   * @param {string} [csrf]
   * @param {string} [name]
   */
  const call = (route, headers, csrf, name) =>
    fetch(`${app.base}${route.path}`, {
      method: route.method,
      redirect: 'manual',
      headers: { ...headers, ...(route.body ? { 'Content-Type': 'application/json' } : {}), ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
      body: route.body ? JSON.stringify({ ...route.body, ...(route.body.officer ? { officer: name } : {}) }) : undefined,
    });

  for (const route of ROUTES) {
    test(`${route.method} ${route.path}: 401 without credentials, 403 for other roles, allowed for ${route.allowed.join(', ')}`, async () => {
      const anonymous = await call(route, {});
      assert.equal(anonymous.status, 401, 'no credentials');
      const body = await anonymous.text();
      assert.ok(!body.includes('The officer listened.') && !body.includes('+447700900123'));
      if (route.path === '/results.html') {
        assert.match(anonymous.headers.get('content-type') ?? '', /^text\/html/);
        assert.match(body, /npm run receiver:user -- add NAME --role analyst/, 'the page says how to get an account');
      }
      assert.equal((await call(route, { Authorization: 'Bearer wrong-token-wrong-token-wrong-token-x' })).status, 401, 'a wrong token');
      const token = await call(route, BEARER);
      assert.equal(
        token.status,
        route.allowed.includes('token') ? 200 : route.path.endsWith('.html') || route.path.endsWith('.js') ? 401 : 403,
        'API token',
      );
      for (const [role, who] of Object.entries(as)) {
        const res = await call(route, who.headers, who.csrf, who.name);
        const expected = route.allowed.includes(role) ? (route.missing ?? 200) : 403;
        assert.equal(res.status, expected, role);
      }
    });
  }

  test('the sender sees the number of a waiting request; nobody else does', async () => {
    const res = await fetch(`${app.base}/api/contact-requests`, { headers: as.sender.headers });
    /** @type {{ waiting: { address: string | null }[] }} */
    const body = await json(res);
    assert.equal(body.waiting[0].address, '+447700900123');
    for (const role of ['analyst', 'reviewer']) {
      const summary = await (await fetch(`${app.base}/api/summary`, { headers: as[role].headers })).text();
      assert.ok(!summary.includes('+447700900123'), role);
    }
  });

  test('state changes need the session CSRF token and a same-origin Origin', async () => {
    const id = (await app.rows(`comment IS NOT NULL`))[0].id;
    const path = `/api/comments/${id}/reviewed`;
    const post = (/** @type {Record<string, string>} */ headers) =>
      fetch(`${app.base}${path}`, {
        method: 'POST',
        headers: { ...as.reviewer.headers, 'Content-Type': 'application/json', ...headers },
        body: '{}',
      });
    assert.equal((await post({})).status, 403, 'no token');
    assert.equal((await post({ 'X-CSRF-Token': 'x'.repeat(32) })).status, 403, 'a wrong token');
    assert.equal((await post({ 'X-CSRF-Token': as.analyst.csrf })).status, 403, "another session's token");
    assert.equal((await post({ 'X-CSRF-Token': as.reviewer.csrf, Origin: 'https://evil.example' })).status, 403, 'another origin');
    assert.equal((await app.rows(`id = '${id}'`))[0].reviewed_at, null, 'nothing changed');
    assert.equal((await post({ 'X-CSRF-Token': as.reviewer.csrf, Origin: app.base })).status, 200);
    assert.equal((await app.rows(`id = '${id}'`))[0].reviewed_by, as.reviewer.name);
  });
});

describe('sign-in', () => {
  test('cookies: HttpOnly, SameSite=Strict, not Secure on localhost; the session is stored hashed', async () => {
    const page = await fetch(`${app.base}/signin`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('set-cookie') ?? '', /^vce_signin=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
    const who = await app.signIn('analyst');
    const token = who.cookie.split('=')[1];
    const stored = await app.rows('1 = 1', 'staff_sessions');
    assert.ok(stored.length > 0);
    assert.ok(!JSON.stringify(stored).includes(token), 'only a hash of the session token is stored');
    assert.ok(!JSON.stringify(await app.rows('1 = 1', 'staff_users')).includes(who.password), 'no password stored');
    assert.match((await app.rows(`name = '${who.name}'`, 'staff_users'))[0].password_hash, /^scrypt\$/);
  });

  test('the sign-in form needs its CSRF cookie; a wrong password says the same as an unknown name', async () => {
    await app.server.accounts.add('form.user', 'analyst', 'a long enough password');
    const form = (/** @type {Record<string, string>} */ fields, cookie = 'vce_signin=abc') =>
      fetch(`${app.base}/signin`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
        body: new URLSearchParams(fields),
      });
    assert.equal((await form({ name: 'form.user', password: 'a long enough password', csrf: 'xyz' })).status, 403, 'login CSRF');
    const wrong = await (await form({ name: 'form.user', password: 'nope', csrf: 'abc' })).text();
    const unknown = await (await form({ name: 'nobody', password: 'nope', csrf: 'abc' })).text();
    const message = (/** @type {string} */ html) => /<a href="#name">([^<]*)<\/a>/.exec(html)?.[1];
    assert.equal(message(wrong), message(unknown));
    const ok = await form({ name: 'form.user', password: 'a long enough password', csrf: 'abc', next: 'https://evil.example/' });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/results.html', 'never an address from the request');
  });

  test('5 wrong passwords lock the account for 15 minutes, even against the right one', async () => {
    await app.server.accounts.add('lock.me', 'reviewer', 'the right password');
    const t0 = clock;
    for (let i = 0; i < 5; i++)
      assert.deepEqual(await app.server.accounts.verify('lock.me', 'wrong', clock), { ok: false, locked: i === 4 });
    assert.deepEqual(await app.server.accounts.verify('lock.me', 'the right password', clock), { ok: false, locked: true });
    clock = new Date(t0.getTime() + 14 * 60_000);
    assert.equal((await app.server.accounts.verify('lock.me', 'the right password', clock)).ok, false);
    clock = new Date(t0.getTime() + 16 * 60_000);
    assert.equal((await app.server.accounts.verify('lock.me', 'the right password', clock)).ok, true);
    clock = t0;
  });

  test('sign-out ends the session', async () => {
    const who = await app.signIn('analyst');
    const out = await fetch(`${app.base}/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...who.headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: who.csrf }),
    });
    assert.equal(out.status, 303);
    assert.equal((await fetch(`${app.base}/api/summary`, { headers: who.headers })).status, 401);
  });

  test('behind https: the cookies are Secure and __Host- prefixed', async () => {
    const secure = await start({ publicOrigins: ['https://feedback.example.police.uk'] });
    try {
      const res = await raw(secure.port, { path: '/signin', headers: { Host: 'feedback.example.police.uk' } });
      assert.equal(res.status, 200);
      assert.match(
        String(res.headers['set-cookie']),
        /^__Host-vce_signin=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure$/,
      );
    } finally {
      await secure.stop();
    }
  });
});

describe('API tokens', () => {
  test('RESULTS_API_TOKENS: each at least 32 characters, or the receiver does not start', () => {
    assert.deepEqual(parseTokens(`${TEST_TOKEN}, ${'b'.repeat(32)}`), [TEST_TOKEN, 'b'.repeat(32)]);
    assert.throws(() => parseTokens(`${TEST_TOKEN},short`), /token 2 has 5 characters; each needs at least 32/);
    assert.throws(() => configFromEnv({ RESULTS_API_TOKENS: 'x'.repeat(31) }), /at least 32/);
  });
});

describe('the Host header', () => {
  test('DNS rebinding: Host attacker.example with a matching Origin is refused, and nothing is stored', async () => {
    const p = rating();
    const headers = { Host: 'attacker.example', Origin: 'http://attacker.example', 'Content-Type': 'application/json' };
    const post = await raw(app.port, { method: 'POST', path: '/api/feedback', headers, body: JSON.stringify(p) });
    assert.equal(post.status, 421);
    assert.equal((await app.rows(`id = '${p.id}'`)).length, 0);
    for (const path of ['/api/summary', '/api/export.csv', '/results.html', '/', '/healthz']) {
      const res = await raw(app.port, {
        path,
        headers: {
          Host: `attacker.example:${app.port}`,
          Origin: `http://attacker.example:${app.port}`,
          Authorization: BEARER.Authorization,
        },
      });
      assert.equal(res.status, 421, path);
    }
  });

  test('by default: 127.0.0.1, localhost and [::1] with the port it listens on', async () => {
    for (const host of [`127.0.0.1:${app.port}`, `localhost:${app.port}`, `LOCALHOST:${app.port}`, `[::1]:${app.port}`]) {
      assert.equal((await raw(app.port, { path: '/healthz', headers: { Host: host } })).status, 200, host);
    }
    for (const host of ['127.0.0.1', `127.0.0.1:${app.port + 1}`, `evil.localhost.example:${app.port}`]) {
      assert.equal((await raw(app.port, { path: '/healthz', headers: { Host: host } })).status, 421, host);
    }
  });

  test('with PUBLIC_ORIGINS only those hosts are answered, and only those origins are same-origin', async () => {
    const pub = await start({ publicOrigins: ['https://feedback.example.police.uk'] });
    try {
      assert.equal((await raw(pub.port, { path: '/healthz', headers: { Host: 'feedback.example.police.uk' } })).status, 200);
      assert.equal((await raw(pub.port, { path: '/healthz', headers: { Host: `127.0.0.1:${pub.port}` } })).status, 421);
      const same = await raw(pub.port, {
        method: 'POST',
        path: '/api/feedback',
        headers: { Host: 'feedback.example.police.uk', Origin: 'https://feedback.example.police.uk', 'Content-Type': 'application/json' },
        body: JSON.stringify(rating()),
      });
      assert.equal(same.status, 201);
      const spoofed = await raw(pub.port, {
        method: 'POST',
        path: '/api/feedback',
        headers: { Host: 'feedback.example.police.uk', Origin: 'http://feedback.example.police.uk', 'Content-Type': 'application/json' },
        body: JSON.stringify(rating()),
      });
      assert.equal(spoofed.status, 403, 'same host, other scheme: not same origin');
    } finally {
      await pub.stop();
    }
  });
});
