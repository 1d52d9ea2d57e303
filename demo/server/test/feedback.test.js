// @ts-check
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, contactRequest, raw, json } from '../testing.js';

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
before(async () => {
  app = await start();
});
after(() => app.stop());

/**
 * Asserts that a request is refused with `status` and that nothing was stored.
 * @param {Response} res
 * @param {number} status
 * @param {string} error
 */
async function refused(res, status, error) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const body = await json(res);
  assert.equal(body.error, error);
  assert.equal(typeof body.message, 'string');
  return body;
}

describe('POST /api/feedback', () => {
  test('stores a rating once: 201 the first time, 200 for a repeat, one row', async () => {
    const p = rating();
    const first = await app.post(p, { 'Idempotency-Key': p.id });
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { id: p.id, status: 'created' });
    const again = await app.post(p, { 'Idempotency-Key': p.id });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: p.id, status: 'duplicate' });

    const rows = await app.rows(`id = '${p.id}'`);
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.equal(row.kind, 'rating');
    assert.equal(row.created_at, p.createdAt);
    assert.equal(row.locale, 'en-GB');
    assert.equal(row.rating_value, 4);
    assert.equal(row.rating_max, 5);
    assert.equal(row.comment, 'The officer listened.');
    assert.equal(row.officer, '1234');
    assert.equal(row.unit, 'HV');
    assert.equal(row.ref, 'AB/123/25');
    assert.equal(row.src, 'qr');
    assert.ok(Math.abs(Date.parse(row.received_at) - Date.now()) < 60_000, 'received_at is the server time');
    assert.equal(row.contact_address, null);
  });

  test('stores nothing about the client: no IP address or user agent column', async () => {
    const p = rating();
    const res = await app.post(p, { 'User-Agent': 'UniqueAgent/9.9', 'X-Forwarded-For': '203.0.113.7' });
    assert.equal(res.status, 201);
    const row = (await app.rows(`id = '${p.id}'`))[0];
    assert.deepEqual(Object.keys(row).sort(), [
      'comment',
      'contact_address',
      'contact_channel',
      'contact_consent',
      'contact_safe',
      'created_at',
      'id',
      'kind',
      'locale',
      'officer',
      'rating_max',
      'rating_value',
      'received_at',
      'ref',
      'reviewed_at',
      'reviewed_by',
      'src',
      'unit',
      'verified',
    ]);
    const text = JSON.stringify(row);
    assert.ok(!text.includes('UniqueAgent') && !text.includes('203.0.113.7') && !text.includes('127.0.0.1'));
  });

  test('the first write wins: a repeat id with other content is a 200 and changes nothing', async () => {
    const p = rating({ rating: { value: 5, max: 5 } });
    assert.equal((await app.post(p)).status, 201);
    assert.equal((await app.post({ ...p, rating: { value: 1, max: 5 } })).status, 200);
    assert.equal((await app.rows(`id = '${p.id}'`))[0].rating_value, 5);
  });

  test('20 concurrent identical posts store exactly one row', async () => {
    const p = rating();
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.post(p, { 'Idempotency-Key': p.id })));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(18).fill(200), 201].sort());
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal((await app.rows(`id = '${p.id}'`)).length, 1);
  });

  test('stores a contact request with its channel, address, safe and consent', async () => {
    const p = contactRequest();
    assert.equal((await app.post(p)).status, 201);
    const row = (await app.rows(`id = '${p.id}'`))[0];
    assert.equal(row.kind, 'contact-request');
    assert.equal(row.contact_channel, 'sms');
    assert.equal(row.contact_address, '+447700900123');
    assert.equal(row.contact_safe, 1);
    assert.equal(row.contact_consent, 1);
    assert.equal(row.rating_value, null);
    assert.equal(row.unit, 'HV');
    assert.equal(row.officer, null);
  });

  test('accepts a rating without comment or context, and application/json; charset=utf-8', async () => {
    const { comment, context, ...p } = rating();
    const res = await app.post(p, { 'Content-Type': 'application/json; charset=UTF-8' });
    assert.equal(res.status, 201);
    assert.equal((await app.rows(`id = '${p.id}'`))[0].comment, null);
  });
});

describe('refusals store nothing', () => {
  /** @type {number} */
  let before;
  const count = async () => (await app.rows()).length;
  test.beforeEach(async () => {
    before = await count();
  });
  test.afterEach(async () => {
    assert.equal(await count(), before, 'nothing was stored');
  });

  test('malformed JSON: 400', async () => {
    await refused(await app.post('{"schema": "victim-feedback/1", '), 400, 'malformed_json');
    await refused(await app.post(''), 400, 'malformed_json');
  });

  test('body that is not UTF-8: 400', async () => {
    const bytes = Buffer.concat([Buffer.from('{"comment":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await raw(app.port, {
      method: 'POST',
      path: '/api/feedback',
      headers: { 'Content-Type': 'application/json' },
      body: bytes,
    });
    assert.equal(res.status, 400);
    assert.equal(JSON.parse(res.body).error, 'malformed_json');
  });

  test('wrong content type: 415', async () => {
    const body = JSON.stringify(rating());
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ]) {
      await refused(await app.post(body, { 'Content-Type': type }), 415, 'unsupported_media_type');
    }
    const res = await raw(app.port, { method: 'POST', path: '/api/feedback', body });
    assert.equal(res.status, 415, 'no content type');
  });

  test('compressed body: 415', async () => {
    await refused(await app.post(rating(), { 'Content-Encoding': 'gzip' }), 415, 'unsupported_media_type');
  });

  test('body over 16 KiB: 413, with Content-Length', async () => {
    const p = rating({ comment: 'x'.repeat(17 * 1024) });
    const res = await app.post(p);
    await refused(res, 413, 'payload_too_large');
  });

  test('body over 16 KiB: 413, chunked without Content-Length, reading stops early', async () => {
    const chunk = 'a'.repeat(4096);
    const res = await raw(app.port, {
      method: 'POST',
      path: '/api/feedback',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      chunks: ['{"comment":"', ...Array(6).fill(chunk), '"}'],
    });
    assert.equal(res.status, 413);
    assert.equal(res.headers.connection, 'close');
    assert.equal(JSON.parse(res.body).error, 'payload_too_large');
  });

  test('a declared Content-Length over 16 KiB is refused before the body is sent', async () => {
    const { request } = await import('node:http');
    const res = await new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: app.port,
          method: 'POST',
          path: '/api/feedback',
          headers: { 'Content-Type': 'application/json', 'Content-Length': 50 * 1024 * 1024 },
        },
        resolve,
      );
      req.on('error', reject);
      // Only the first bytes of the 50 MiB announced; the answer must come anyway.
      req.write('{"comment":"');
    });
    assert.equal(res.statusCode, 413);
    res.resume();
  });

  test('a body of exactly 16 KiB is read (and judged on its content)', async () => {
    const p = rating();
    let text = JSON.stringify(p);
    text = text + ' '.repeat(16 * 1024 - Buffer.byteLength(text));
    assert.equal(Buffer.byteLength(text), 16 * 1024);
    const res = await app.post(text);
    assert.equal(res.status, 201);
    before += 1; // this one is stored
  });

  test('schema violations: 422 naming the fields', async () => {
    const body = await refused(
      await app.post(rating({ rating: { value: 0, max: 11 }, locale: 'not a locale', extra: 1 })),
      422,
      'invalid_payload',
    );
    assert.deepEqual([...(body.fields ?? [])].sort(), ['/extra', '/locale', '/rating/max', '/rating/value']);
    assert.ok(body.problems?.every((p) => typeof p.field === 'string' && typeof p.problem === 'string'));
    assert.match(body.message, /\/rating\/value/);
  });

  /** @type {[string, Record<string, unknown>, string[]][]} */
  const cases = [
    ['id not a uuid', { id: 'abc' }, ['/id']],
    ['id a uuid but not v4', { id: '123e4567-e89b-12d3-a456-426614174000' }, ['/id']],
    ['missing id', { id: undefined }, ['/id']],
    ['unknown kind', { kind: 'complaint' }, ['/kind']],
    ['createdAt not UTC', { createdAt: '2025-01-15T10:30:00+01:00' }, ['/createdAt']],
    ['createdAt not a date', { createdAt: '2025-02-30T10:30:00Z' }, ['/createdAt']],
    ['locale too long', { locale: 'en-' + 'abcdefgh-'.repeat(4) + 'x' }, ['/locale']],
    ['rating value above max', { rating: { value: 5, max: 4 } }, ['/rating/value']],
    ['rating value not an integer', { rating: { value: 2.5, max: 5 } }, ['/rating/value']],
    ['rating missing for kind rating', { rating: undefined }, ['/rating']],
    ['unknown field in rating', { rating: { value: 3, max: 5, weight: 2 } }, ['/rating/weight']],
    ['comment over 1250 characters', { comment: 'é'.repeat(1251) }, ['/comment']],
    ['contact on a rating', { contact: { channel: 'sms', address: '+447700900123', safe: true, consent: true } }, ['/contact']],
    ['unknown context field', { context: { officer: '1', postcode: 'SW1A 1AA' } }, ['/context/postcode']],
    ['context value too long', { context: { unit: 'u'.repeat(65) } }, ['/context/unit']],
    ['context value not a string', { context: { officer: 1234 } }, ['/context/officer']],
    ['missing schema', { schema: undefined }, ['/schema']],
  ];
  for (const [name, overrides, fields] of cases) {
    test(`422: ${name}`, async () => {
      const p = JSON.parse(JSON.stringify(rating(overrides)));
      const body = await refused(await app.post(p), 422, 'invalid_payload');
      assert.deepEqual(body.fields, fields);
    });
  }

  test('422: contact request without consent, with a rating and a comment', async () => {
    const p = contactRequest({
      contact: { channel: 'pigeon', address: '', safe: true, consent: false },
      rating: { value: 3, max: 5 },
      comment: 'hi',
    });
    const body = await refused(await app.post(p), 422, 'invalid_payload');
    assert.deepEqual([...(body.fields ?? [])].sort(), ['/comment', '/contact/address', '/contact/channel', '/contact/consent', '/rating']);
  });

  test('422: a JSON value that is not an object', async () => {
    for (const text of ['[]', '"victim-feedback/1"', '42', 'null']) {
      await refused(await app.post(text), 422, 'invalid_payload');
    }
  });

  test('unknown schema version: 422 unsupported_schema', async () => {
    for (const schema of ['victim-feedback/2', 'victim-feedback/0', 42]) {
      const body = await refused(await app.post(rating({ schema })), 422, 'unsupported_schema');
      assert.deepEqual(body.fields, ['/schema']);
      assert.deepEqual(body.supported, ['victim-feedback/1']);
    }
  });

  test('Idempotency-Key that is not the payload id: 422', async () => {
    const p = rating();
    const body = await refused(
      await app.post(p, { 'Idempotency-Key': '0f8fad5b-d9cb-469f-a165-70867728950e' }),
      422,
      'idempotency_key_mismatch',
    );
    assert.deepEqual(body.fields, ['/id']);
  });

  test('other methods: 405 with Allow', async () => {
    const res = await fetch(`${app.base}/api/feedback`, { method: 'PUT', body: '{}' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST, OPTIONS');
    const get = await fetch(`${app.base}/api/feedback`);
    assert.equal(get.status, 405);
  });

  test('unknown API route: 404 JSON', async () => {
    const res = await fetch(`${app.base}/api/nothing`);
    assert.equal(res.status, 404);
    assert.equal((await json(res)).error, 'not_found');
  });
});
