// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, rating, contactRequest, TEST_DATABASE_URL } from '../testing.js';

const DAY = 24 * 60 * 60 * 1000;

test('comments and contact addresses older than RETENTION_DAYS are removed at start', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'vce-retention-'));
  t.after(() => rm(dataDir, { recursive: true, force: true }));

  // Received 400 days ago (the receiver's clock decides, not createdAt).
  const old = await start({ dataDir, now: () => new Date(Date.now() - 400 * DAY) });
  const oldRating = rating({ comment: 'old words' });
  const oldContact = contactRequest();
  assert.equal((await old.post(oldRating)).status, 201);
  assert.equal((await old.post(oldContact)).status, 201);
  await old.stop();

  // Received 100 days ago: kept.
  const recent = await start({ dataDir, now: () => new Date(Date.now() - 100 * DAY) });
  const recentRating = rating({ comment: 'recent words', createdAt: new Date(Date.now() - 500 * DAY).toISOString() });
  assert.equal((await recent.post(recentRating)).status, 201);
  assert.equal((await recent.rows(`id = '${oldRating.id}'`))[0].comment, 'old words', 'not yet expired with 365 days at that time');
  await recent.stop();

  // A start today with the default 365 days removes what is older.
  const today = await start({ dataDir });
  t.after(() => today.stop());
  const [o] = await today.rows(`id = '${oldRating.id}'`);
  assert.equal(o.comment, null);
  assert.equal(o.rating_value, 4, 'the rating itself is kept');
  const [c] = await today.rows(`id = '${oldContact.id}'`);
  assert.equal(c.contact_address, null);
  assert.equal(c.contact_channel, 'sms');
  assert.equal((await today.rows(`id = '${recentRating.id}'`))[0].comment, 'recent words');

  // Nor is the text left in SQLite's files (secure_delete, WAL checkpointed). PostgreSQL keeps
  // old row versions until VACUUM: docs/receiver.md says to run autovacuum (the default).
  if (!TEST_DATABASE_URL) {
    for (const file of ['feedback.db', 'feedback.db-wal']) {
      const bytes = await readFile(join(dataDir, file)).catch(() => Buffer.alloc(0));
      assert.equal(bytes.indexOf('old words'), -1, file);
      assert.equal(bytes.indexOf('+447700900123'), -1, file);
    }
    assert.notEqual((await readFile(join(dataDir, 'feedback.db'))).length, 0);
  }

  // The export shows no trace of it.
  const csv = await (await fetch(`${today.base}/api/export.csv`, { headers: (await today.signIn('reviewer')).headers })).text();
  assert.ok(!csv.includes('old words'));
  assert.ok(csv.includes('recent words'));
});

test('retention runs again on its timer and with RETENTION_DAYS', async (t) => {
  let clock = Date.parse('2025-01-01T00:00:00Z');
  // The receiver's timers, run by hand: each fires when the test says, and is awaited.
  /** @type {Map<number, () => Promise<unknown>>} */
  const timers = new Map();
  /** @type {import('../schedule.js').Schedule} */
  const schedule = (intervalMs, task) => {
    timers.set(intervalMs, task);
    return () => timers.delete(intervalMs);
  };
  const app = await start({ retentionDays: 30, now: () => new Date(clock), retentionIntervalMs: 20, schedule });
  t.after(() => app.stop());
  const retention = timers.get(20);
  assert.ok(retention, 'retention is scheduled every retentionIntervalMs');
  const p = rating({ comment: 'thirty days' });
  assert.equal((await app.post(p)).status, 201);

  clock += 29 * DAY;
  await retention();
  assert.equal((await app.rows(`id = '${p.id}'`))[0].comment, 'thirty days');

  clock += 2 * DAY;
  await retention();
  assert.equal((await app.rows(`id = '${p.id}'`))[0].comment, null);

  await app.server.closeStore();
  assert.equal(timers.has(20), false, 'closing the receiver stops it');
});

test('purgeExpired(at) reports what it removed', async (t) => {
  const app = await start({ now: () => new Date('2025-01-01T00:00:00Z') });
  t.after(() => app.stop());
  assert.equal((await app.post(rating())).status, 201);
  assert.equal((await app.post(rating({ comment: undefined }))).status, 201);
  assert.equal((await app.post(contactRequest())).status, 201);
  assert.deepEqual(await app.server.purgeExpired(new Date('2025-12-31T00:00:00Z')), { comments: 0, addresses: 0 });
  assert.deepEqual(await app.server.purgeExpired(new Date('2026-01-02T00:00:00Z')), { comments: 1, addresses: 1 });
  assert.deepEqual(await app.server.purgeExpired(new Date('2026-01-03T00:00:00Z')), { comments: 0, addresses: 0 });
});
