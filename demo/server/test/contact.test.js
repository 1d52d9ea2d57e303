// @ts-check
// Sending feedback links: GOV.UK Notify (a local server that answers as Notify's API documents)
// and SMTP (a real local SMTP server), with faults injected: provider 5xx, 429, 400, down,
// restart, a crash mid-send; erasure, expiry, cancellation and the daily cap.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { start, contactRequest, BEARER, TEST_DATABASE_URL, json } from '../testing.js';
import { startNotifyStub, API_KEY, SMS_TEMPLATE, EMAIL_TEMPLATE, SMS_TEMPLATE_CY } from '../testing-notify.js';
import { contactFromEnv } from '../config.js';
import { nextSendTime, parseSendHours } from '../contact/send-hours.js';
import { feedbackLink, createWorker } from '../contact/worker.js';
import { notifyProvider } from '../contact/providers.js';

const HOUR = 60 * 60 * 1000;

/**
 * @typedef {import('../testing.js').StoredRequest} StoredRequest
 * @typedef {{ request: Required<import('../testing.js').RequestStatus> }} Waiting the answer for a request that waits
 * @typedef {import('../testing.js').SummaryAnswer} SummaryAnswer
 */

/** A clock the test moves by hand. */
function clock(iso = '2026-03-10T10:00:00.000Z') {
  let t = new Date(iso);
  return {
    now: () => t,
    /** @param {number} ms */
    advance(ms) {
      t = new Date(t.getTime() + ms);
    },
  };
}

/**
 * @param {string} base the stub's address
 * @param {Record<string, string>} [env]
 */
const notifyConfig = (base, env = {}) =>
  contactFromEnv({
    NOTIFY_API_KEY: API_KEY,
    NOTIFY_BASE_URL: base,
    NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
    NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
    FEEDBACK_URL: 'https://feedback.example.police.uk/give-feedback',
    ORGANISATION_NAME: 'Example Police',
    ...env,
  });

/** @param {Awaited<ReturnType<typeof start>>} app @param {string} id */
const job = async (app, id) => {
  const rows = await app.rows(`id = '${id}'`);
  const j = await app.server.queue.get(id);
  return {
    address: rows[0]?.contact_address ?? null,
    state: j?.state,
    attempts: j?.attempts,
    error: j && (await app.server.store.db.get('SELECT last_error FROM contact_jobs WHERE id = ?', [id])),
  };
};

describe('GOV.UK Notify', () => {
  /** @type {Awaited<ReturnType<typeof startNotifyStub>>} */
  let notify;
  before(async () => {
    notify = await startNotifyStub();
  });
  after(() => notify.stop());

  /** @param {ReturnType<typeof clock>} c @param {Record<string, string>} [env] */
  const startWith = (c, env) => start({ now: c.now, contact: notifyConfig(notify.base, env), workerIntervalMs: 0, random: () => 0.5 });

  test('a text-message request is sent once, with the typed number in E.164 and a link with src=sms; then the number is erased', async () => {
    const c = clock();
    const app = await startWith(c);
    const before = notify.notifications.length;
    const p = contactRequest({ context: { officer: '4521', unit: 'HB' } });
    const res = await app.post(p);
    assert.equal(res.status, 201);
    /** @type {Waiting} */
    const body = await json(res);
    assert.equal(body.request.state, 'waiting');
    assert.equal(body.request.sendAfter, c.now().toISOString());
    assert.match(body.request.cancel.token, /^[\w-]{32}$/);

    await app.server.worker.runOnce();
    const sent = notify.notifications.slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].type, 'sms');
    assert.equal(sent[0].to, '+447700900123');
    assert.equal(sent[0].reference, p.id);
    assert.equal(sent[0].template_id, SMS_TEMPLATE);
    assert.deepEqual(Object.keys(sent[0].personalisation).sort(), ['link', 'organisation']);
    assert.equal(sent[0].personalisation.organisation, 'Example Police');
    const link = new URL(sent[0].personalisation.link);
    assert.equal(link.origin + link.pathname, 'https://feedback.example.police.uk/give-feedback');
    assert.deepEqual(Object.fromEntries(link.searchParams), { officer: '4521', unit: 'HB', src: 'sms' });

    assert.deepEqual((await job(app, p.id)).address, null);
    assert.equal((await job(app, p.id)).state, 'sent');
    assert.equal((await app.server.store.db.get('SELECT COUNT(*) AS n FROM feedback WHERE contact_address IS NOT NULL'))?.n, 0);

    // The browser retries the same request: still one message.
    const again = await app.post(p);
    assert.equal(again.status, 200);
    assert.equal(/** @type {StoredRequest} */ (await json(again)).request.state, 'sent');
    await app.server.worker.runOnce();
    assert.equal(notify.notifications.length - before, 1);
    await app.stop();
  });

  test('an email request goes to the email template; a Welsh request to the Welsh template', async () => {
    const c = clock();
    const app = await startWith(c, { NOTIFY_SMS_TEMPLATE_ID_CY: SMS_TEMPLATE_CY });
    const before = notify.notifications.length;
    const email = contactRequest({ locale: 'en-GB', contact: { channel: 'email', address: 'sam@example.org', safe: true, consent: true } });
    const welsh = contactRequest({ locale: 'cy' });
    await app.post(email);
    await app.post(welsh);
    await app.server.worker.runOnce();
    const sent = notify.notifications.slice(before);
    assert.equal(sent.length, 2);
    const byRef = Object.fromEntries(sent.map((n) => [n.reference, n]));
    assert.equal(byRef[email.id].type, 'email');
    assert.equal(byRef[email.id].template_id, EMAIL_TEMPLATE);
    assert.equal(new URL(byRef[email.id].personalisation.link).searchParams.get('src'), 'email');
    assert.equal(byRef[welsh.id].template_id, SMS_TEMPLATE_CY);
    await app.stop();
  });

  for (const [status, retryAfter] of /** @type {const} */ ([
    [500, undefined],
    [503, undefined],
    [429, '120'],
  ])) {
    test(`Notify ${status}: the request waits, is tried again after the backoff, and is sent once`, async () => {
      const c = clock();
      const app = await startWith(c);
      const before = notify.notifications.length;
      const sendsBefore = notify.sends.length;
      notify.failNext(status, status === 429 ? 'Exceeded send limits (250) for today' : 'Internal server error', retryAfter);
      const p = contactRequest();
      await app.post(p);
      await app.server.worker.runOnce();
      assert.equal((await job(app, p.id)).state, 'waiting');
      assert.equal((await job(app, p.id)).address, '+447700900123', 'kept until it is sent');
      assert.equal(notify.notifications.length - before, 0);

      // Not before the wait: 30 s (jitter fixed at 0), or Retry-After's 120 s.
      c.advance(25_000);
      await app.server.worker.runOnce();
      assert.equal(notify.sends.length - sendsBefore, 1);
      c.advance(retryAfter ? 100_000 : 10_000);
      await app.server.worker.runOnce();
      assert.equal(notify.sends.length - sendsBefore, 2);
      assert.equal(notify.notifications.length - before, 1);
      assert.equal((await job(app, p.id)).state, 'sent');
      assert.equal((await job(app, p.id)).address, null);
      await app.stop();
    });
  }

  test("Notify 400: not tried again; the provider's message is kept and the number erased", async () => {
    const c = clock();
    const app = await startWith(c);
    const sendsBefore = notify.sends.length;
    notify.failNext(400, "Can't send to this recipient using a team-only API key");
    const p = contactRequest();
    await app.post(p);
    await app.server.worker.runOnce();
    c.advance(24 * HOUR);
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - sendsBefore, 1);
    const j = await job(app, p.id);
    assert.equal(j.state, 'failed');
    assert.equal(j.address, null);
    assert.match(j.error?.last_error, /BadRequestError: Can't send to this recipient/);
    await app.stop();
  });

  test('Notify down (connection refused): the request waits and goes when it is back', async () => {
    const c = clock();
    const down = await startNotifyStub();
    const base = down.base;
    await down.stop();
    const app = await start({ now: c.now, contact: notifyConfig(base), workerIntervalMs: 0, random: () => 0.5 });
    const p = contactRequest();
    await app.post(p);
    await app.server.worker.runOnce();
    assert.equal((await job(app, p.id)).state, 'waiting');
    assert.match((await job(app, p.id)).error?.last_error, /network/);
    await app.stop(true);

    // The receiver restarts pointing at a Notify that answers: the waiting request is sent.
    const before = notify.notifications.length;
    c.advance(HOUR);
    const again = await start({ now: c.now, dataDir: app.dataDir, contact: notifyConfig(notify.base), workerIntervalMs: 0 });
    await again.server.worker.runOnce();
    assert.equal(notify.notifications.length - before, 1);
    assert.equal(notify.notifications.at(-1)?.reference, p.id);
    assert.equal((await job(again, p.id)).state, 'sent');
    await again.stop();
  });

  test('a request stored while nothing could send it is sent after a restart with Notify configured', async () => {
    const c = clock();
    const app = await start({ now: c.now, workerIntervalMs: 0 });
    assert.match(app.server.contactNotice ?? '', /text message and email requests are stored but not sent/);
    const p = contactRequest();
    /** @type {StoredRequest} */
    const res = await json(app.post(p));
    assert.equal(res.request.sendAfter, null, 'the browser is not promised a time');
    await app.server.worker.runOnce();
    assert.equal((await job(app, p.id)).state, 'waiting');
    /** @type {SummaryAnswer} */
    const summary = await json(fetch(`${app.base}/api/summary`, { headers: BEARER }));
    assert.equal(summary.contactRequests.waiting, 1);
    assert.deepEqual(summary.contactRequests.channels, []);
    await app.stop(true);

    const before = notify.notifications.length;
    const again = await start({ now: c.now, dataDir: app.dataDir, contact: notifyConfig(notify.base), workerIntervalMs: 0 });
    assert.equal(again.server.contactNotice, null);
    await again.server.worker.runOnce();
    assert.equal(notify.notifications.length - before, 1);
    await again.stop();
  });

  test('a crash mid-send (the answer never came) does not send a second message after the restart', { timeout: 30_000 }, async () => {
    const c = clock();
    const app = await startWith(c);
    const before = notify.notifications.length;
    notify.hangNext();
    const p = contactRequest();
    await app.post(p);
    // The worker's send never completes: as if the process were killed now. (A real kill -9 of the process is in crash.test.js.)
    void app.server.worker.runOnce();
    await notify.received(before + 1);
    assert.equal(notify.notifications.length - before, 1);
    assert.equal((await job(app, p.id)).state, 'sending');
    await app.kill();

    const restarted = await start({ now: c.now, dataDir: app.dataDir, contact: notifyConfig(notify.base), workerIntervalMs: 0 });
    await restarted.server.worker.runOnce();
    await restarted.server.worker.runOnce();
    assert.equal(notify.notifications.length - before, 1, 'Notify holds one message for the request');
    assert.equal((await job(restarted, p.id)).state, 'sent');
    assert.equal((await job(restarted, p.id)).address, null);
    await restarted.stop();
  });

  test('a job left sending that Notify never received is sent once after the restart', async () => {
    const c = clock();
    const app = await startWith(c);
    const p = contactRequest();
    await app.post(p);
    // As if the process died between claiming the job and reaching Notify.
    await app.server.store.db.run(`UPDATE contact_jobs SET state = 'sending' WHERE id = ?`, [p.id]);
    await app.stop(true);
    const before = notify.notifications.length;
    const restarted = await start({ now: c.now, dataDir: app.dataDir, contact: notifyConfig(notify.base), workerIntervalMs: 0 });
    await restarted.server.worker.runOnce();
    assert.equal(notify.notifications.length - before, 1);
    assert.equal((await job(restarted, p.id)).state, 'sent');
    await restarted.stop();
  });

  test('an unsent request older than 72 hours is erased and counted as expired', async () => {
    const c = clock();
    const app = await start({ now: c.now, workerIntervalMs: 0 });
    const p = contactRequest();
    await app.post(p);
    c.advance(71 * HOUR);
    await app.server.worker.runOnce();
    assert.equal((await job(app, p.id)).state, 'waiting');
    c.advance(2 * HOUR);
    await app.server.worker.runOnce();
    assert.deepEqual([(await job(app, p.id)).state, (await job(app, p.id)).address], ['expired', null]);
    /** @type {SummaryAnswer} */
    const summary = await json(fetch(`${app.base}/api/summary`, { headers: BEARER }));
    assert.equal(summary.contactRequests.expired, 1);
    await app.stop();
  });

  test("the confirmation's token cancels a waiting request; nothing is sent and the number is erased", async () => {
    const c = clock();
    const app = await start({ now: c.now, contact: notifyConfig(notify.base, { SEND_HOURS: '08:00-20:00' }), workerIntervalMs: 0 });
    c.advance(12 * HOUR); // 22:00 in London: waits for the morning
    const p = contactRequest();
    /** @type {Waiting} */
    const { request } = await json(app.post(p));
    assert.equal(request.sendAfter, '2026-03-11T08:00:00.000Z');
    const cancel = (/** @type {unknown} */ token) =>
      fetch(`${app.base}${request.cancel.href}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });

    assert.equal((await cancel('x'.repeat(32))).status, 404);
    assert.equal((await cancel(undefined)).status, 404);
    assert.equal((await job(app, p.id)).state, 'waiting');
    const ok = await cancel(request.cancel.token);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { id: p.id, state: 'cancelled' });
    assert.deepEqual([(await job(app, p.id)).state, (await job(app, p.id)).address], ['cancelled', null]);

    const before = notify.sends.length;
    c.advance(12 * HOUR);
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - before, 0);
    // Cancelling twice is no error: the request stays cancelled.
    assert.equal((await cancel(request.cancel.token)).status, 200);
    await app.stop();
  });

  test('after sending, cancelling answers 409: already sent', async () => {
    const c = clock();
    const app = await startWith(c);
    const p = contactRequest();
    /** @type {Waiting} */
    const { request } = await json(app.post(p));
    await app.server.worker.runOnce();
    const res = await fetch(`${app.base}${request.cancel.href}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: request.cancel.token }),
    });
    assert.equal(res.status, 409);
    assert.equal((await json(res)).error, 'not_waiting');
    await app.stop();
  });

  test('SEND_HOURS: a request at night waits for the morning', async () => {
    const c = clock('2026-07-01T21:30:00.000Z'); // 22:30 in London (BST)
    const app = await startWith(c, { SEND_HOURS: '08:00-20:00' });
    const before = notify.sends.length;
    /** @type {Waiting} */
    const { request } = await json(app.post(contactRequest()));
    assert.equal(request.sendAfter, '2026-07-02T07:00:00.000Z');
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - before, 0);
    c.advance(9.5 * HOUR);
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - before, 1);
    await app.stop();
  });

  test('at most 3 messages to one number in 24 hours; the fourth is capped and erased', async () => {
    const c = clock();
    const app = await startWith(c, { CONTACT_DAILY_CAP: '3' });
    const before = notify.notifications.length;
    const ids = [];
    for (const address of ['+447700900999', '+44 7700 900999', '+447700900999', '+447700900999']) {
      const p = contactRequest({ contact: { channel: 'sms', address, safe: true, consent: true } });
      ids.push(p.id);
      await app.post(p);
      await app.server.worker.runOnce();
      c.advance(60_000);
    }
    assert.equal(notify.notifications.length - before, 3);
    assert.deepEqual(
      (await Promise.all(ids.map((id) => job(app, id)))).map((j) => j.state),
      ['sent', 'sent', 'sent', 'capped'],
    );
    assert.equal((await job(app, ids[3])).address, null);
    // A day later the same number may ask again.
    c.advance(24 * HOUR);
    const later = contactRequest({ contact: { channel: 'sms', address: '+447700900999', safe: true, consent: true } });
    await app.post(later);
    await app.server.worker.runOnce();
    assert.equal((await job(app, later.id)).state, 'sent');
    await app.stop();
  });

  test('at most SEND_CONCURRENCY messages are in flight at once', async () => {
    const c = clock();
    const app = await startWith(c, { SEND_CONCURRENCY: '2' });
    const before = notify.sends.length;
    for (let i = 0; i < 5; i++) {
      await app.post(contactRequest({ contact: { channel: 'sms', address: `+4477009001${10 + i}`, safe: true, consent: true } }));
    }
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - before, 2);
    await app.server.worker.runOnce();
    await app.server.worker.runOnce();
    assert.equal(notify.sends.length - before, 5);
    await app.stop();
  });

  test('two senders on one database claim each job once: 30 requests, 30 messages, none twice', async () => {
    const c = clock();
    const env = { SEND_CONCURRENCY: '50', CONTACT_DAILY_CAP: '1000' };
    const first = await startWith(c, env);
    // On PostgreSQL a second receiver on the same schema, as a second instance behind a load
    // balancer would be (FOR UPDATE SKIP LOCKED). SQLite serves one process: there the second
    // sender is a second worker on the same queue, racing through the same claim transaction.
    const second = TEST_DATABASE_URL
      ? await start({ now: c.now, dataDir: first.dataDir, contact: notifyConfig(notify.base, env), workerIntervalMs: 0, random: () => 0.5 })
      : null;
    const otherWorker =
      second?.server.worker ??
      createWorker({
        queue: first.server.queue,
        providers: [notifyProvider(/** @type {any} */ (notifyConfig(notify.base, env).notify))],
        now: c.now,
        organisation: 'Example Police',
        feedbackUrl: () => 'https://feedback.example.police.uk/',
        concurrency: 50,
        dailyCap: 1000,
      });
    const before = notify.notifications.length;
    const sendsBefore = notify.sends.length;
    const ids = [];
    for (let i = 0; i < 30; i++) {
      const p = contactRequest({ contact: { channel: 'sms', address: `+4477009002${10 + i}`, safe: true, consent: true } });
      ids.push(p.id);
      assert.equal((await first.post(p)).status, 201);
    }
    await Promise.all([first.server.worker.runOnce(), otherWorker.runOnce(), first.server.worker.runOnce(), otherWorker.runOnce()]);
    const references = notify.notifications.slice(before).map((n) => n.reference);
    assert.equal(notify.sends.length - sendsBefore, 30, 'one POST per request');
    assert.deepEqual([...references].sort(), [...ids].sort(), 'each request sent once');
    await second?.stop(true);
    await first.stop();
  });
});

describe('SMTP', () => {
  /** @type {{ from: string, to: string[], raw: string }[]} */
  const mail = [];
  /** @type {SMTPServer} */
  let smtp;
  let port = 0;
  let refuse = 0;
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c) => (raw += c));
        stream.on('end', () => {
          if (refuse > 0) {
            refuse--;
            const err = /** @type {Error & { responseCode?: number }} */ (new Error('Mailbox unavailable'));
            err.responseCode = 550;
            return callback(err);
          }
          mail.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise((resolve) => smtp.listen(0, '127.0.0.1', () => resolve(undefined)));
    port = /** @type {import('node:net').AddressInfo} */ (smtp.server.address()).port;
  });
  after(() => new Promise((resolve) => smtp.close(() => resolve(undefined))));

  const smtpConfig = () =>
    contactFromEnv({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Example Police <feedback@example.police.uk>',
      FEEDBACK_URL: 'https://feedback.example.police.uk/',
      ORGANISATION_NAME: 'Example Police',
    });

  test('an email request is sent once through SMTP with the link (src=email) and the address erased', async () => {
    const c = clock();
    const app = await start({ now: c.now, contact: smtpConfig(), workerIntervalMs: 0 });
    assert.match(app.server.contactNotice ?? '', /^text message requests are stored but not sent/);
    const p = contactRequest({
      locale: 'en-GB',
      contact: { channel: 'email', address: 'sam@example.org', safe: true, consent: true },
      context: { officer: '77' },
    });
    await app.post(p);
    await app.server.worker.runOnce();
    await app.server.worker.runOnce();
    assert.equal(mail.length, 1);
    assert.deepEqual(mail[0].to, ['sam@example.org']);
    assert.equal(mail[0].from, 'feedback@example.police.uk');
    const text = qp(mail[0].raw);
    assert.match(text, /Subject: Example Police: your feedback link/);
    assert.match(text, /https:\/\/feedback\.example\.police\.uk\/\?officer=77&src=email/);
    assert.match(text, new RegExp(`Message-ID: <${p.id}@example\\.police\\.uk>`, 'i'));
    assert.deepEqual([(await job(app, p.id)).state, (await job(app, p.id)).address], ['sent', null]);
    await app.stop();
  });

  test('a Welsh email request gets a wholly Welsh message', async () => {
    const c = clock();
    const app = await start({ now: c.now, contact: smtpConfig(), workerIntervalMs: 0 });
    mail.length = 0;
    await app.post(contactRequest({ locale: 'cy', contact: { channel: 'email', address: 'a@example.org', safe: true, consent: true } }));
    await app.server.worker.runOnce();
    const text = qp(mail[0].raw);
    assert.match(text, /eich dolen adborth/);
    assert.doesNotMatch(text, /You asked/);
    await app.stop();
  });

  test("an SMTP 5xx refusal is permanent: failed with the server's words, not tried again", async () => {
    const c = clock();
    const app = await start({ now: c.now, contact: smtpConfig(), workerIntervalMs: 0 });
    mail.length = 0;
    refuse = 1;
    const p = contactRequest({ contact: { channel: 'email', address: 'gone@example.org', safe: true, consent: true } });
    await app.post(p);
    await app.server.worker.runOnce();
    c.advance(HOUR);
    await app.server.worker.runOnce();
    assert.equal(mail.length, 0);
    assert.equal((await job(app, p.id)).state, 'failed');
    assert.match((await job(app, p.id)).error?.last_error, /550/);
    await app.stop();
  });

  test('a send interrupted by a crash is not repeated through SMTP (it cannot be asked): unconfirmed', async () => {
    const c = clock();
    const app = await start({ now: c.now, contact: smtpConfig(), workerIntervalMs: 0 });
    const p = contactRequest({ contact: { channel: 'email', address: 'b@example.org', safe: true, consent: true } });
    await app.post(p);
    await app.server.store.db.run(`UPDATE contact_jobs SET state = 'sending' WHERE id = ?`, [p.id]);
    await app.stop(true);
    mail.length = 0;
    const restarted = await start({ now: c.now, dataDir: app.dataDir, contact: smtpConfig(), workerIntervalMs: 0 });
    await restarted.server.worker.runOnce();
    assert.equal(mail.length, 0);
    assert.deepEqual([(await job(restarted, p.id)).state, (await job(restarted, p.id)).address], ['unconfirmed', null]);
    await restarted.stop();
  });
});

describe('configuration', () => {
  test('refuses a malformed Notify key, template id, SMTP URL or SEND_HOURS with a clear message', () => {
    assert.throws(
      () => contactFromEnv({ NOTIFY_API_KEY: 'nope', NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE }),
      /NOTIFY_API_KEY must be a Notify API key/,
    );
    assert.throws(() => contactFromEnv({ NOTIFY_API_KEY: API_KEY }), /needs NOTIFY_SMS_TEMPLATE_ID or NOTIFY_EMAIL_TEMPLATE_ID/);
    assert.throws(() => contactFromEnv({ NOTIFY_API_KEY: API_KEY, NOTIFY_SMS_TEMPLATE_ID: 'abc' }), /must be a Notify template id/);
    assert.throws(() => contactFromEnv({ NOTIFY_API_KEY: API_KEY, NOTIFY_SMS_TEMPLATE_ID_CY: SMS_TEMPLATE }), /needed as the default/);
    assert.throws(() => contactFromEnv({ SMTP_URL: 'http://x' }), /SMTP_URL must look like/);
    assert.throws(() => contactFromEnv({ SMTP_URL: 'smtp://x' }), /needs MAIL_FROM/);
    assert.throws(() => contactFromEnv({ SEND_HOURS: '8-20' }), /SEND_HOURS must look like 08:00-20:00/);
    assert.throws(() => contactFromEnv({ SEND_HOURS: '20:00-08:00' }), /end must be after the start/);
    assert.throws(() => contactFromEnv({ SEND_HOURS: '08:00-20:00', SEND_TIMEZONE: 'Mars/Base' }), /SEND_TIMEZONE/);
    assert.throws(() => contactFromEnv({ RECEIVER_SECRET: 'short' }), /at least 32 characters/);
    const ok = contactFromEnv({
      NOTIFY_API_KEY: API_KEY,
      NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
      NOTIFY_SMS_TEMPLATE_ID_ZH_HANS: SMS_TEMPLATE_CY,
    });
    assert.equal(ok.notify?.baseUrl, 'https://api.notifications.service.gov.uk');
    assert.deepEqual(ok.notify?.sms?.byLanguage, { 'zh-hans': SMS_TEMPLATE_CY });
  });

  test('send hours follow the time zone, including the change to summer time', () => {
    const h = parseSendHours('08:00-20:00');
    assert.equal(nextSendTime(h, new Date('2026-03-28T21:00:00Z')).toISOString(), '2026-03-29T07:00:00.000Z');
    assert.equal(nextSendTime(h, new Date('2026-03-28T07:59:00Z')).toISOString(), '2026-03-28T08:00:00.000Z');
    assert.equal(nextSendTime(h, new Date('2026-03-28T12:00:00Z')).toISOString(), '2026-03-28T12:00:00.000Z');
  });

  test('the link carries officer, unit and the channel, and never a crime reference', () => {
    const link = feedbackLink(
      'https://x.example/feedback?ref=AB1&src=qr',
      /** @type {any} */ ({ officer: '1', unit: 'HB', channel: 'email' }),
    );
    assert.equal(link, 'https://x.example/feedback?officer=1&unit=HB&src=email');
  });
});

/**
 * Decodes a quoted-printable body as mail clients do.
 * @param {string} raw
 */
const qp = (raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
