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

/**
 * Starts `node demo/server/main.js` and resolves with its address once it listens.
 * @param {Record<string, string>} env
 */
function receiver(env) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /Demo: http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`receiver exited (${code}): ${out}`)));
  });
}

/**
 * Polls until `check` holds: the receiver is another process, so there is nothing to await.
 * Bounded (10 s), then fails.
 * @param {() => boolean | Promise<boolean>} check
 */
async function until(check) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('the receiver did not get there in 10 s');
}

test('kill -9 mid-send, then restart: Notify holds one message and the number is erased', async () => {
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
    const first = /** @type {{ child: import('node:child_process').ChildProcess, base: string }} */ (await receiver(env));
    const p = contactRequest();
    const res = await fetch(`${first.base}/api/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(p),
    });
    assert.equal(res.status, 201);
    await until(() => notify.notifications.length === 1);
    assert.equal((await state(p.id)).state, 'sending');
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const second = /** @type {{ child: import('node:child_process').ChildProcess, base: string }} */ (await receiver(env));
    await until(async () => (await state(p.id)).state === 'sent');
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
