// @ts-check
/**
 * A text-message request from the demo's landing page, end to end, in a real browser: the victim
 * chooses "By text message", types their number as they would (07700 900123), ticks "safe" and
 * consent, and presses "Send me a link". The receiver (with a local stand-in for GOV.UK Notify)
 * sends exactly one POST /v2/notifications/sms with the number in E.164 and a link that opens the
 * feedback page with src=sms; then the number is gone from the database.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../../../scripts/find-browser.mjs';
import { start } from '../testing.js';
import { startNotifyStub, API_KEY, SMS_TEMPLATE, EMAIL_TEMPLATE } from '../testing-notify.js';
import { contactFromEnv } from '../config.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = fileURLToPath(new URL('../../../dist/victim-care-elements.js', import.meta.url));

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
/** @type {Awaited<ReturnType<typeof startNotifyStub>>} */
let notify;
/** @type {import('playwright-core').Browser} */
let browser;

before(
  async () => {
    if (!existsSync(bundle)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    notify = await startNotifyStub();
    app = await start({
      workerIntervalMs: 0,
      contact: contactFromEnv({
        NOTIFY_API_KEY: API_KEY,
        NOTIFY_BASE_URL: notify.base,
        NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
        NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
      }),
    });
    browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await app?.stop();
  await notify?.stop();
});

test('a text-message request from the demo page produces one Notify message and leaves no number behind', async () => {
  const page = await browser.newPage();
  await page.goto(`${app.base}/?officer=4521&unit=HB&src=qr`);
  const picker = page.locator('feedback-channel-picker');
  await picker.getByRole('radio', { name: /By text message/ }).check();
  await picker.getByLabel('Mobile phone number').fill('07700 900123');
  await picker.getByRole('checkbox', { name: /It is safe to contact me this way/ }).check();
  await picker.getByRole('checkbox', { name: /I agree that/ }).check();
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/feedback'));
  await picker.getByRole('button', { name: 'Send me a link' }).click();
  assert.equal((await posted).status(), 201);
  await picker.getByRole('heading', { name: 'We will text you a link' }).waitFor();

  const [row] = await app.rows(`kind = 'contact-request'`);
  assert.equal(row.contact_address, '+447700900123');
  await app.server.worker.runOnce();

  const sms = notify.requests.filter((r) => r.method === 'POST' && r.path === '/v2/notifications/sms');
  assert.equal(sms.length, 1);
  assert.equal(notify.notifications.length, 1);
  const [message] = notify.notifications;
  assert.equal(message.to, '+447700900123');
  assert.equal(message.reference, row.id);
  const link = new URL(message.personalisation.link);
  assert.equal(link.origin, app.base.replace('127.0.0.1', 'localhost'));
  assert.deepEqual(Object.fromEntries(link.searchParams), { officer: '4521', unit: 'HB', src: 'sms' });
  assert.equal((await app.rows(`kind = 'contact-request'`))[0].contact_address, null);

  // The link opens the feedback page, whose rating then carries src=sms.
  await page.goto(link.href.replace('localhost', '127.0.0.1'));
  await page
    .locator('rating-scale')
    .getByRole('radio', { name: /Very satisfied/ })
    .check();
  const rated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/feedback'));
  await page.locator('rating-scale').getByRole('button', { name: 'Send feedback' }).click();
  assert.equal((await rated).status(), 201);
  const [rating] = await app.rows(`kind = 'rating'`);
  assert.deepEqual([rating.officer, rating.unit, rating.src], ['4521', 'HB', 'sms']);
  await page.close();
});
