// @ts-check
// Trust in the figures: signed officer links, unverified ratings never counted for an officer,
// weeks by the receiver's clock, units from UNITS_FILE, text that is not text refused; and the
// service habits: /healthz, the request log, TRUST_PROXY.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, rating, BEARER, json } from '../testing.js';
import { parseUnits, loadUnits } from '../units.js';
import { isoWeek } from '../summary.js';

const UNITS = [
  { code: 'HB', name: 'Hackney Safer Neighbourhoods B', borough: 'Hackney' },
  { code: 'HV', name: 'Hackney Victim Care', borough: 'Hackney' },
  { code: 'IS', name: 'Islington Safer Neighbourhoods A', borough: 'Islington' },
];

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
let clock = new Date('2026-03-04T09:00:00.000Z');
/** @type {string[]} */
const logLines = [];
before(async () => {
  app = await start({ now: () => clock, minGroupSize: 1, units: UNITS, log: (l) => logLines.push(l) });
});
after(() => app.stop());

/**
 * @param {string} [query]
 * @returns {Promise<import('../testing.js').SummaryAnswer>}
 */
const summary = (query = '') => json(fetch(`${app.base}/api/summary${query}`, { headers: BEARER }));

describe('signed officer links', () => {
  test('a rating for an officer without a valid signature is kept, unverified, and never counts for the officer', async () => {
    const forged = [
      rating({ context: { officer: '7001', unit: 'HB' } }), // no signature
      rating({ context: { officer: '7001', unit: 'HB', sig: app.server.links.sign('7002', 'HB') } }), // another officer's
      rating({ context: { officer: '7001', unit: 'HB', sig: app.server.links.sign('7001', 'HV') } }), // another unit's
      rating({ context: { officer: '7001', unit: 'HB', sig: 'A'.repeat(22) } }),
    ];
    for (const p of forged) assert.equal((await app.post({ ...p, rating: { value: 1, max: 5 } })).status, 201);
    for (const p of forged) assert.equal((await app.rows(`id = '${p.id}'`))[0].verified, 0);
    let s = await summary('?unit=HB');
    assert.equal(s.overall.count, 0, 'not in the unit either');
    s = await summary();
    assert.ok(!s.byOfficer.groups.some((g) => g.key === '7001'));
    assert.ok(s.verified.unverified >= 4);

    const real = app.signed({ context: { officer: '7001', unit: 'HB' }, rating: { value: 5, max: 5 } });
    assert.equal((await app.post(real)).status, 201);
    assert.equal((await app.rows(`id = '${real.id}'`))[0].verified, 1);
    s = await summary();
    const officer = s.byOfficer.groups.find((g) => g.key === '7001');
    assert.deepEqual([officer?.count, officer?.mean], [1, 5], 'only the signed rating counts');
    assert.ok(s.recognition.some((r) => r.officer === '7001'));
    assert.ok(s.byBorough.groups.some((g) => g.key === 'Hackney'));
  });

  test('POST /api/links signs for staff; an officer account only for itself; only listed units', async () => {
    const sign = async (/** @type {any} */ who, /** @type {any} */ body) =>
      fetch(`${app.base}/api/links`, {
        method: 'POST',
        headers: { ...who.headers, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const analyst = await app.signIn('analyst');
    const res = await sign(analyst, { officer: ' 4521 ', unit: 'HB' });
    assert.equal(res.status, 200);
    /** @type {{ officer: string, unit: string, sig: string }} */
    const { officer, unit, sig } = await json(res);
    assert.deepEqual([officer, unit], ['4521', 'HB'], 'trimmed as the elements trim the context');
    assert.equal(sig, app.server.links.sign('4521', 'HB'));
    const bad = await sign(analyst, { officer: '4521', unit: 'Hackney Safer Neighbourhoods B' });
    assert.equal(bad.status, 422);
    assert.deepEqual((await json(bad)).fields, ['/unit']);
    assert.equal((await sign(analyst, { officer: 'x'.repeat(65), unit: 'HB' })).status, 422);

    const officerAccount = await app.signIn('officer', '4521');
    assert.equal((await sign(officerAccount, { officer: '4521', unit: 'HB' })).status, 200);
    assert.equal((await sign(officerAccount, { officer: '9999', unit: 'HB' })).status, 403);
    assert.equal(
      (
        await fetch(`${app.base}/api/links`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"officer":"1","unit":"HB"}',
        })
      ).status,
      401,
    );
  });

  test('GET /api/units gives the list for the officer page', async () => {
    /** @type {{ units: import('../units.js').Unit[] }} */
    const body = await json(fetch(`${app.base}/api/units`));
    assert.deepEqual(body.units, UNITS);
  });
});

describe('weeks come from the receiver clock', () => {
  test('a back-dated createdAt lands in the week it was received', async () => {
    clock = new Date('2026-03-11T12:00:00.000Z'); // ISO week 2026-W11
    const p = app.signed({ createdAt: '2020-01-01T00:00:00.000Z', context: { officer: '8001', unit: 'IS' } });
    assert.equal((await app.post(p)).status, 201);
    const s = await summary('?from=2026-03-09&to=2026-03-15');
    assert.deepEqual(
      s.byWeek.groups.map((g) => g.key),
      ['2026-W11'],
    );
    assert.equal(s.overall.count, 1);
    const all = await summary();
    assert.ok(!all.byWeek.groups.some((g) => g.key.startsWith('2020')));
    clock = new Date('2026-03-04T09:00:00.000Z');
  });

  test('ISO weeks at the turn of the year', () => {
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
    assert.equal(isoWeek('2026-03-11'), '2026-W11');
  });
});

describe('by channel and language; comment review', () => {
  test('channels and languages are counted; comments are queued for reviewers, masked', async () => {
    const c = clock;
    for (const [src, locale] of [
      ['sms', 'cy'],
      ['email', 'pl-PL'],
      ['web', 'ar'],
      ['telegram', 'en-GB'],
    ]) {
      const p = rating({ locale, context: { src }, comment: `From ${src}: call 07700 900456 or me@example.org` });
      assert.equal((await app.post(p)).status, 201);
    }
    const s = await summary();
    const channels = s.byChannel.groups.map((g) => g.key);
    for (const k of ['sms', 'email', 'web', 'other']) assert.ok(channels.includes(k), k);
    const languages = s.byLanguage.groups.map((g) => g.key);
    for (const k of ['cy', 'pl', 'ar', 'en']) assert.ok(languages.includes(k), k);
    assert.ok(s.contactRequests, 'contact request counts are in the summary');

    const reviewer = await app.signIn('reviewer');
    /** @typedef {{ comments: import('../testing.js').CommentAnswer[] }} Comments */
    /** @type {Comments} */
    const queue = await json(fetch(`${app.base}/api/comments`, { headers: reviewer.headers }));
    const sms = queue.comments.find((x) => x.comment.startsWith('From sms'));
    assert.ok(sms);
    assert.equal(sms.comment, 'From sms: call [phone number removed] or [email address removed]');
    assert.ok(!JSON.stringify(queue).includes('07700 900456'));
    const done = await fetch(`${app.base}/api/comments/${sms.id}/reviewed`, {
      method: 'POST',
      headers: { ...reviewer.headers, 'X-CSRF-Token': reviewer.csrf, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(done.status, 200);
    /** @type {Comments} */
    const after = await json(fetch(`${app.base}/api/comments`, { headers: reviewer.headers }));
    assert.ok(!after.comments.some((x) => x.id === sms.id));
    /** @type {Comments} */
    const reviewed = await json(fetch(`${app.base}/api/comments?reviewed=1`, { headers: reviewer.headers }));
    assert.ok(reviewed.comments.some((x) => x.id === sms.id && x.reviewedBy === reviewer.name));
    clock = c;
  });
});

describe('text that is not text', () => {
  /** @type {[string, string, (p: object) => string][]} */
  const cases = [
    [
      'a lone surrogate in the comment',
      '/comment',
      (p) => JSON.stringify(p).replace('"The officer listened."', '"The officer \\ud800 listened."'),
    ],
    ['a lone low surrogate in the officer', '/context/officer', (p) => JSON.stringify(p).replace('"1234"', '"12\\udc0034"')],
    ['NUL in the comment', '/comment', (p) => JSON.stringify(p).replace('"The officer listened."', '"The officer\\u0000 listened."')],
    ['NUL in the locale', '/locale', (p) => JSON.stringify(p).replace('"en-GB"', '"en\\u0000GB"')],
  ];
  for (const [name, field, text] of cases) {
    test(`${name}: 422 naming ${field}, nothing stored`, async () => {
      const p = rating();
      const res = await app.post(text(p));
      assert.equal(res.status, 422);
      const body = await json(res);
      assert.equal(body.error, 'invalid_text');
      assert.deepEqual(body.fields, [field]);
      assert.match(body.message, new RegExp(field.replaceAll('/', '\\/')));
      assert.equal((await app.rows(`id = '${p.id}'`)).length, 0);
    });
  }
  test('a pair of surrogates (an emoji) is text', async () => {
    const p = rating({ comment: 'Thank you 🙏' });
    assert.equal((await app.post(p)).status, 201);
    assert.equal((await app.rows(`id = '${p.id}'`))[0].comment, 'Thank you 🙏');
  });
});

describe('units file', () => {
  test('JSON or CSV with code, name, borough; mistakes stop the start', async () => {
    assert.deepEqual(parseUnits(JSON.stringify(UNITS)), [...UNITS]);
    assert.deepEqual(
      parseUnits('\uFEFFcode,name,borough\r\nIS,Islington Safer Neighbourhoods A,Islington\nHB,"Hackney Safer Neighbourhoods B",Hackney\n'),
      [UNITS[0], UNITS[2]],
    );
    assert.throws(() => parseUnits('code,name\nHB,x'), /header must be code,name,borough/);
    assert.throws(() => parseUnits('[{"code":"HB","name":"x"}]'), /needs a code, a name and a borough/);
    assert.throws(() => parseUnits('[{"code":"HB","name":"x","borough":"y"},{"code":"HB","name":"z","borough":"y"}]'), /listed twice/);
    const dir = await mkdtemp(join(tmpdir(), 'vce-units-'));
    try {
      await writeFile(join(dir, 'units.csv'), 'code,name,borough\nHB,Hackney B,Hackney\n');
      assert.deepEqual(loadUnits(join(dir, 'units.csv')), [{ code: 'HB', name: 'Hackney B', borough: 'Hackney' }]);
      assert.throws(() => loadUnits(join(dir, 'missing.json')), /cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('service habits', () => {
  test('GET /healthz: 200 while the database answers, 503 when it does not', async () => {
    const h = await start();
    const res = await fetch(`${h.base}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok', database: 'ok' });
    await h.server.store.close(); // the database goes away under the running server
    const down = await fetch(`${h.base}/healthz`);
    assert.equal(down.status, 503);
    await h.stop();
  });

  test('one JSON log line per request: method, route pattern, status, ms; no query, id, body or address', async () => {
    logLines.length = 0;
    const p = rating({ comment: 'secret words' });
    await app.post(p);
    await fetch(`${app.base}/api/summary?unit=HB&from=2026-01-01`, { headers: BEARER });
    await fetch(`${app.base}/api/comments/${p.id}/reviewed`, { method: 'POST' });
    await fetch(`${app.base}/officer.html?officer=4521`);
    assert.equal(logLines.length, 4);
    const lines = logLines.map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => [l.method, l.route, l.status]),
      [
        ['POST', '/api/feedback', 201],
        ['GET', '/api/summary', 200],
        ['POST', '/api/comments/:id/reviewed', 401],
        ['GET', '(static)', 200],
      ],
    );
    for (const l of lines) assert.deepEqual(Object.keys(l).sort(), ['at', 'method', 'ms', 'route', 'status']);
    const text = logLines.join('\n');
    for (const secret of [p.id, 'secret words', 'HB', '4521', '127.0.0.1', 'Bearer']) assert.ok(!text.includes(secret), secret);
  });

  test('TRUST_PROXY: rate limited by the address the proxy saw; without it, X-Forwarded-For is ignored', async () => {
    const behind = await start({ rateLimitPerMinute: 2, trustProxy: 1 });
    const direct = await start({ rateLimitPerMinute: 2 });
    try {
      const post = (/** @type {Awaited<ReturnType<typeof start>>} */ a, /** @type {string} */ xff) =>
        a.post(rating(), { 'X-Forwarded-For': xff });
      for (const a of [behind, direct]) {
        assert.equal((await post(a, '203.0.113.1')).status, 201);
        assert.equal((await post(a, '203.0.113.1')).status, 201);
        assert.equal((await post(a, '203.0.113.1')).status, 429);
      }
      // A spoofed first hop does not help: the proxy's own entry (the last) is used.
      assert.equal((await post(behind, '198.51.100.9, 203.0.113.2')).status, 201, 'another client behind the proxy');
      assert.equal((await post(behind, '198.51.100.10, 203.0.113.1')).status, 429);
      assert.equal((await post(direct, '203.0.113.2')).status, 429, 'the header means nothing without TRUST_PROXY');
    } finally {
      await behind.stop();
      await direct.stop();
    }
  });
});
