// @ts-check
// The example host apps (examples/react, vue, svelte, angular), as web teams would use the
// package: each installs the library from this folder as a packed copy (`install-links`, so only
// what `files` ships), type-checks strictly, fails to type-check a file of deliberate mistakes,
// builds, and is driven in Chromium through every element (Svelte: type-checked only).
//
//   npm run test:examples [-- react vue svelte angular] [-- --no-install]
// Needs `npm run build` first. Prints `examples: N passed, N failed` last.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const install = !args.includes('--no-install');

/**
 * What to do with an example: type-check it, fail to type-check its file of mistakes (and which
 * mistakes beyond `mistakes` it must report), build it and serve `site`.
 * @typedef {{ typecheck?: string[], bad?: string[], mistakes?: [string, RegExp][], build?: string[], site?: string }} Example
 */

/**
 * Mistakes each bad file makes, and a piece of the checker's message that proves it saw each.
 * @type {[string, RegExp][]}
 */
const mistakes = [
  ['misspelt attribute `questoin`', /questoin/],
  ['`error-correction="Z"`', /"Z"' is not assignable/],
  ['`heading-level` given a string', /'string' is not assignable to type 'number'/],
  ['misspelt event detail `chanel`', /'chanel' does not exist on type 'ChannelChangeDetail'/],
];

/** @type {Record<string, Example>} */
const examples = {
  react: {
    typecheck: ['npx', 'tsc', '--noEmit', '-p', '.'],
    bad: ['npx', 'tsc', '--noEmit', '-p', 'type-errors'],
    build: ['npm', 'run', 'build'],
    site: '.',
  },
  vue: {
    typecheck: ['npx', 'vue-tsc', '--noEmit', '-p', '.'],
    bad: ['npx', 'vue-tsc', '--noEmit', '-p', 'type-errors'],
    // Vue checks kebab-case names too (TypeScript's JSX lets any unknown name with a hyphen through).
    mistakes: [['misspelt kebab-case attribute `phone-numbr`', /'phoneNumbr' does not exist/]],
    build: ['npm', 'run', 'build'],
    site: 'dist',
  },
  // Type-checked only: no Svelte build here, the same elements run in the three apps below.
  svelte: {
    typecheck: ['npx', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    bad: ['npx', 'svelte-check', '--tsconfig', './type-errors/tsconfig.json'],
  },
  // Angular checks its templates while it builds; CUSTOM_ELEMENTS_SCHEMA lets any attribute through.
  angular: { build: ['npx', 'ng', 'build'], site: 'dist/browser' },
};
const chosen = args.filter((a) => a in examples);

/** @type {string | undefined} */
let packed;
let passed = 0;
let failed = 0;
/**
 * @param {string} name
 * @param {boolean} ok
 * @param {string} [detail]
 */
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? `: ${detail}` : ''}`);
};
const run = (/** @type {string} */ cwd, /** @type {string[]} */ [command, ...rest]) =>
  spawnSync(command, rest, { cwd, encoding: 'utf8', env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1' } });
const output = (/** @type {import('node:child_process').SpawnSyncReturns<string>} */ result) =>
  `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();

if (!existsSync(join(root, 'dist/index.js'))) throw new Error('Run `npm run build` first.');
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });

try {
  for (const [name, example] of Object.entries(examples)) {
    if (chosen.length && !chosen.includes(name)) continue;
    const cwd = join(root, 'examples', name);
    if (install || !existsSync(join(cwd, 'node_modules'))) {
      const started = Date.now();
      const result = run(cwd, ['npm', 'ci', '--no-audit', '--no-fund']);
      check(
        `${name}: npm ci`,
        result.status === 0,
        result.status === 0 ? `${((Date.now() - started) / 1000).toFixed(1)} s` : output(result),
      );
      if (result.status !== 0) continue;
    } else {
      // Refresh the packed copy of the library without reinstalling everything else.
      const target = join(cwd, 'node_modules/victim-care-elements');
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target);
      execFileSync('tar', ['-xzf', tarball(), '-C', target, '--strip-components=1']);
    }
    if (example.typecheck) {
      const result = run(cwd, example.typecheck);
      check(`${name}: ${example.typecheck.slice(1).join(' ')}`, result.status === 0, result.status === 0 ? '' : output(result));
    }
    if (example.bad) {
      const result = run(cwd, example.bad);
      const text = output(result);
      check(`${name}: the file of mistakes fails to type-check`, result.status !== 0, result.status === 0 ? 'it passed' : '');
      for (const [what, pattern] of [...mistakes, ...(example.mistakes ?? [])])
        check(`${name}: reports ${what}`, pattern.test(text), pattern.test(text) ? '' : text);
    }
    if (!example.build) continue;
    const built = run(cwd, example.build);
    check(`${name}: ${example.build.join(' ')}`, built.status === 0, built.status === 0 ? '' : output(built));
    if (built.status !== 0) continue;
    await drive(name, join(cwd, example.site ?? '.'));
  }
} finally {
  await browser.close();
  if (packed) rmSync(resolve(packed, '..'), { recursive: true, force: true });
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** The package as `npm pack` makes it. */
function tarball() {
  if (!packed) {
    const dir = mkdtempSync(join(tmpdir(), 'vce-pack-'));
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
    packed = join(dir, filename);
  }
  return packed;
}

/**
 * Every element works in the built app: chosen values reach the app and the host form.
 * @param {string} name
 * @param {string} site
 */
async function drive(name, site) {
  const server = await serveStatic(site);
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  try {
    await page.goto(`${server.base}/index.html`);
    const ready = await page
      .waitForFunction(
        () =>
          ['rating-scale', 'feedback-channel-picker', 'qr-badge', 'rights-leaflet'].every((tag) =>
            document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
          ),
        undefined,
        { timeout: 15000 },
      )
      .then(
        () => true,
        () => false,
      );
    check(`${name}: all four elements render`, ready, ready ? '' : problems.join(' | '));
    if (!ready) return;

    await page.locator('rating-scale label[for="point-4"]').click();
    await page.locator('feedback-channel-picker input[value="phone"]').check();
    await page.getByRole('button', { name: 'Submit' }).click();
    const text = async (/** @type {string} */ id) => (await page.locator(`#${id}`).textContent())?.trim() ?? '';
    check(`${name}: the app reads the rating from change`, (await text('rating-out')) === 'Rating: 4', await text('rating-out'));
    check(
      `${name}: the app reads the channel from channel-change`,
      (await text('channel-out')) === 'Channel: phone',
      await text('channel-out'),
    );
    const submitted = await text('submitted-out');
    check(`${name}: the host form submits both`, /rating=4/.test(submitted) && /channel=phone/.test(submitted), submitted);
    const modules = await page.locator('#qr svg.code path').getAttribute('d');
    check(`${name}: <qr-badge> draws its code`, Boolean(modules && modules.length > 100));
    check(`${name}: <qr-badge> hides no address (hide-url false)`, await page.locator('#qr [part~="address"]').isVisible());
    check(`${name}: <qr-badge> offers downloads (downloadable)`, (await page.locator('#qr [part~="download-button"]').count()) === 2);
    const title = await page
      .locator('#leaflet [part~="title"]')
      .evaluate((el) => el.tagName, undefined, { timeout: 5000 })
      .catch(() => 'none');
    check(`${name}: <rights-leaflet> heading-level 3 is applied`, title === 'H3', title);
    await page.locator('rights-leaflet button[part~="language-button"][lang="cy"]').click();
    await page
      .waitForFunction(() => document.querySelector('#language-out')?.textContent?.includes('cy'), undefined, { timeout: 5000 })
      .catch(() => {});
    check(`${name}: the app hears language-change`, (await text('language-out')) === 'Language: cy', await text('language-out'));
    check(`${name}: no console errors or warnings`, problems.length === 0, problems.join(' | '));
  } finally {
    await page.close();
    server.close();
  }
}
