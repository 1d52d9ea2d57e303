// @ts-check
/**
 * The whole loop in a real browser, through the real receiver: the victim opens the landing page
 * from an officer's QR code, rates the service 2 with a comment, sees the thank-you and the support
 * signposting; the database holds exactly that, once; the results page shows it. Reloading the
 * landing page sends nothing again.
 *
 * Needs the built library (dist/); it is built here if missing. Chromium is found by
 * scripts/find-browser.mjs and driven by playwright-core.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../../../scripts/find-browser.mjs';
import { start } from '../testing.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = fileURLToPath(new URL('../../../dist/victim-care-elements.js', import.meta.url));
const COMMENT = 'Nobody called me back after the first visit.';

/** @type {Awaited<ReturnType<typeof start>>} */
let app;
/** @type {import('playwright-core').Browser} */
let browser;

before(
  async () => {
    if (!existsSync(bundle)) {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    }
    app = await start({ minGroupSize: 1 });
    browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * A new page that records console errors (CSP and Trusted Types violations land there),
 * uncaught exceptions and every POST to the feedback API.
 * @param {import('playwright-core').BrowserContext} context
 */
async function openPage(context) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const posts = [];
  page.on('console', (message) => {
    // The demo has no favicon; the browser's request for one is not the page's fault.
    if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/feedback') posts.push(request.url());
  });
  return { page, errors, posts };
}

test('rate 2 with a comment on the landing page; stored once; shown on the results page', { timeout: 120_000 }, async (t) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  t.after(() => context.close());

  // The victim scans the officer's code.
  const landing = await openPage(context);
  const { page } = landing;
  // A signed officer link, as the officer page makes it.
  const sig = app.server.links.sign('1234', 'HV');
  await page.goto(`${app.base}/?officer=1234&unit=HV&src=qr&sig=${sig}`);
  const scale = page.locator('rating-scale');
  await scale.locator('label[for="point-2"]').click();
  await scale.locator('textarea').fill(COMMENT);
  await scale.locator('[part="submit"]').click();

  // Thank-you, then support signposting after a low rating.
  await page.waitForSelector('rating-scale[status="sent"]', { timeout: 15_000 });
  await scale.locator('[part="confirmation"]').waitFor({ state: 'visible' });
  const signposting = scale.locator('[part="signposting"]');
  await signposting.waitFor({ state: 'visible' });
  assert.match(await signposting.innerText(), /Victim Support/);
  assert.equal(landing.posts.length, 1, 'one POST');

  // Exactly one row, holding what the victim sent and the context from the QR code's address.
  let rows = await app.rows();
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row.kind, 'rating');
  assert.equal(row.rating_value, 2);
  assert.equal(row.rating_max, 5);
  assert.equal(row.comment, COMMENT);
  assert.equal(row.officer, '1234');
  assert.equal(row.unit, 'HV');
  assert.equal(row.src, 'qr');
  assert.equal(row.ref, null);
  assert.equal(row.verified, 1, 'the signature came back in the context');

  // Reloading the landing page sends nothing again: the outbox was emptied on delivery.
  landing.posts.length = 0;
  await page.reload();
  await page.waitForSelector('rating-scale:defined');
  // Nothing is left to send: the outbox is empty, and the page's flush of it (one frame and a task
  // after first use, src/core/transport/delivery.ts) has run before the check, so it cannot post later.
  assert.equal(await page.evaluate(() => localStorage.getItem('victim-care-elements:outbox')), null, 'outbox empty');
  // (A string, as it runs in the page, whose types this Node-typed test does not have.)
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done)))');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(landing.posts, [], 'no POST after a reload');
  assert.equal(await page.locator('rating-scale').getAttribute('status'), 'idle');
  rows = await app.rows();
  assert.equal(rows.length, 1, 'still one row');

  // The team's results page asks for sign-in first, then shows the rating.
  await app.server.accounts.add('reviewer.one', 'reviewer', 'a long enough password');
  const results = await openPage(context);
  const signInPage = await results.page.goto(`${app.base}/results.html`);
  assert.equal(signInPage?.status(), 401);
  await results.page.getByText('npm run receiver:user -- add NAME --role analyst').waitFor();
  await results.page.getByLabel('Account name').fill('reviewer.one');
  await results.page.getByLabel('Password').fill('a long enough password');
  await results.page.getByRole('button', { name: 'Sign in' }).click();
  await results.page.waitForURL(`${app.base}/results.html`);
  // The browser reports the 401 of the sign-in page as a failed load: that one was meant.
  results.errors.splice(0, results.errors.length, ...results.errors.filter((e) => !/status of 401/.test(e)));
  await results.page.waitForSelector('#results:not([aria-busy])');
  const overview = results.page.locator('.stats');
  assert.match(await overview.innerText(), /Ratings\s+1\b/);
  assert.match(await overview.innerText(), /Average rating\s+2\.0\s*out of 5/);

  const distribution = results.page.locator('table', {
    has: results.page.locator('caption', { hasText: 'Number of people who gave each rating' }),
  });
  const ratingRow = distribution.locator('tbody tr', { has: results.page.locator('th', { hasText: /^2 – Dissatisfied$/ }) });
  assert.deepEqual(await ratingRow.locator('td').allInnerTexts(), ['1', '100%']);
  for (const other of [1, 3, 4, 5]) {
    const cells = await distribution
      .locator('tbody tr', { has: results.page.locator('th', { hasText: new RegExp(`^${other} – `) }) })
      .locator('td')
      .allInnerTexts();
    assert.deepEqual(cells, ['0', '0%'], `rating ${other}`);
  }

  // The chart is hidden from assistive technology and says the table gives the same figures.
  const chart = results.page.locator('svg.chart');
  assert.equal(await chart.getAttribute('aria-hidden'), 'true');
  assert.equal(await chart.locator('rect.chart__bar').count(), 1);
  await results.page.getByText('The table below gives the same figures.').waitFor();

  // By unit and by officer: HV and 1234, one rating each, average 2.
  for (const [caption, key] of [
    ['Ratings by unit', 'HV'],
    ['Ratings by officer', '1234'],
  ]) {
    const table = results.page.locator('table', { has: results.page.locator('caption', { hasText: caption }) });
    const cells = await table
      .locator('tbody tr', { has: results.page.locator('th', { hasText: key }) })
      .locator('td')
      .allInnerTexts();
    assert.deepEqual(cells, ['1', '2.0', '0', '1', '0', '0', '0'], caption);
  }
  assert.equal(await results.page.locator('a[href="/api/export.csv"]').count(), 1);

  // The results page runs under the receiver's strict CSP with Trusted Types without a violation.
  assert.deepEqual(results.errors, []);
  assert.deepEqual(landing.errors, []);
});

test(
  'the officer page: signed out it asks for sign-in; an officer account makes a signed code for itself only',
  { timeout: 120_000 },
  async (t) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    t.after(() => context.close());
    const { page, errors } = await openPage(context);
    await page.goto(`${app.base}/officer.html`);
    await page.getByRole('link', { name: 'Sign in to make your code' }).waitFor();
    assert.equal(await page.locator('qr-badge').count(), 0, 'no code without signing in');

    await app.server.accounts.add('4521', 'officer', 'a long enough password');
    await page.getByRole('link', { name: 'Sign in to make your code' }).click();
    await page.getByLabel('Account name').fill('4521');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.base}/officer.html`);
    const officer = page.getByLabel('Collar number');
    assert.equal(await officer.inputValue(), '4521');
    assert.equal(await officer.getAttribute('readonly'), '', 'an officer account codes for its own number');
    await page.getByLabel('Unit or team').fill('HV');
    await page.getByText('Your code is ready.').waitFor();
    const value = await page.locator('qr-badge').evaluate((badge) => /** @type {any} */ (badge).value);
    const url = new URL(value);
    assert.deepEqual([url.searchParams.get('officer'), url.searchParams.get('unit'), url.searchParams.get('src')], ['4521', 'HV', 'qr']);
    assert.equal(url.searchParams.get('sig'), app.server.links.sign('4521', 'HV'), 'the receiver signed it');
    assert.equal(await page.locator('html').evaluate((html) => html.scrollWidth), 360, 'fits a 360 px screen');
    assert.deepEqual(
      errors.filter((e) => !/status of 401/.test(e)),
      [],
    );
  },
);
