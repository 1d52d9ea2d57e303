// @ts-check
// The receiver's process killed with SIGKILL while Notify has the message but has not answered:
// after the restart the job is reconciled with Notify (by the request id as its reference) and
// no second message is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contactRequest, databaseEnv, databaseOptions, dropSchema, schemaFor, TEST_DATABASE_URL } from '../testing.js';
import { startNotifyStub, API_KEY, SMS_TEMPLATE } from '../testing-notify.js';
import { openDatabase } from '../sql.js';

const MAIN = new URL('../main.js', import.meta.url).pathname;

const LISTENING = /Demo: http:\/\/localhost:(\d+)\//;

/**
 * Starts `node demo/server/main.js` and resolves once it listens, with its address and `said`,
 * which resolves once the receiver has written a line that matches: it is another process, so
 * its log is what the test can await.
 * @param {Record<string, string>} env
 */
async function receiver(env) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  /** @type {Error | null} */
  let exited = null;
  /** @type {{ pattern: RegExp, resolve: () => void, reject: (err: Error) => void }[]} */
  const awaiting = [];
  const settle = () => {
    for (const a of [...awaiting]) {
      if (!a.pattern.test(out) && !exited) continue;
      awaiting.splice(awaiting.indexOf(a), 1);
      if (a.pattern.test(out)) a.resolve();
      else a.reject(/** @type {Error} */ (exited));
    }
  };
  child.stdout?.on('data', (c) => {
    out += c;
    settle();
  });
  child.on('exit', (code) => {
    exited = new Error(`receiver exited (${code}): ${out}`);
    settle();
  });
  /**
   * @param {RegExp} pattern
   * @returns {Promise<void>}
   */
  const said = (pattern) =>
    new Promise((resolve, reject) => {
      awaiting.push({ pattern, resolve, reject });
      settle();
    });
  await said(LISTENING);
  return { child, base: `http://127.0.0.1:${LISTENING.exec(out)?.[1]}`, said };
}

test('kill -9 mid-send, then restart: Notify holds one message and the number is erased', { timeout: 60_000 }, async () => {
  const notify = await startNotifyStub();
  const dataDir = await mkdtemp(join(tmpdir(), 'vce-crash-'));
  const env = {
    ...databaseEnv(dataDir),
    NOTIFY_API_KEY: API_KEY,
    NOTIFY_BASE_URL: notify.base,
    NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
    SEND_INTERVAL_SECONDS: '1',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  // The test reads the receiver's database through a connection of its own (creating the
  // PostgreSQL schema the receiver will use).
  const db = await openDatabase({ dataDir, ...databaseOptions(dataDir) });
  const state = async (/** @type {string} */ id) =>
    /** @type {any} */ (
      await db.get(`SELECT j.state, f.contact_address AS address FROM contact_jobs j JOIN feedback f ON f.id = j.id WHERE j.id = ?`, [id])
    );
  try {
    notify.hangNext();
    const first = await receiver(env);
    const p = contactRequest();
    const res = await fetch(`${first.base}/api/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(p),
    });
    assert.equal(res.status, 201);
    await notify.received(1);
    assert.equal(notify.notifications.length, 1);
    assert.equal((await state(p.id)).state, 'sending');
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const second = await receiver(env);
    // The restarted worker asks Notify (by the request id as its reference) and finds the message.
    await second.said(new RegExp(`contact: request ${p.id} interrupted mid-send: notify has it, sent`));
    assert.equal((await state(p.id)).state, 'sent');
    assert.equal((await state(p.id)).address, null);
    assert.equal(notify.sends.length, 1, 'one POST /v2/notifications/sms in all');
    assert.equal(notify.notifications.length, 1);
    const exitedAgain = new Promise((r) => second.child.once('exit', r));
    second.child.kill('SIGTERM');
    await exitedAgain;
  } finally {
    await notify.stop();
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
    if (TEST_DATABASE_URL) await dropSchema(schemaFor(dataDir));
  }
});
