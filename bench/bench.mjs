// @ts-check
// `npm run bench` (from the repository root; never part of `npm test`): in one run on one machine,
// the sizes of every file a host serves, the JavaScript the demo landing page loads, define plus
// first render of 1 and of 100 instances with and without 4x CPU throttling, memory after creating
// and removing 1,000, and Lighthouse on the demo landing page, all beside Shoelace (and Material
// Web's radio) bundled the same way; then each budget of issue 12 as PASS or FAIL.
//
// Its own package (bench/package.json) holds the peers and Lighthouse so that the library's own
// install stays small; esbuild and playwright-core come from the repository's dev dependencies.
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium (scripts/find-browser.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
process.chdir(repo);
if (!existsSync(join(here, 'node_modules', 'lighthouse'))) {
  console.log("Installing the benchmark's own packages (bench/package.json)…");
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
if (!existsSync('dist/cdn') || process.argv.includes('--build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const { build } = await import('esbuild');
const { chromium } = await import('playwright-core');
const { chromiumArgs, findBrowser } = await import('../scripts/find-browser.mjs');
const { serveStatic } = await import('../scripts/serve-static.mjs');
const { createApp } = await import('../demo/server/app.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 11); // the first is discarded: at least 10 counted
const quick = process.argv.includes('--quick');
const out = join(repo, '.bench');
rmSync(join(out, 'bundles'), { recursive: true, force: true });
mkdirSync(join(out, 'bundles'), { recursive: true });
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : await findBrowser());

// ---------------------------------------------------------------------------------------------
// Sizes
const gz = (/** @type {Buffer} */ buffer) => gzipSync(buffer, { level: 9 }).length;
const br = (/** @type {Buffer} */ buffer) => brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** @type {{ label: string, min: number, gzip: number, brotli: number, note: string }[]} */
const sizes = [];
/**
 * @param {string} label
 * @param {Buffer} buffer
 */
function size(label, buffer, note = '') {
  const row = { label, min: buffer.length, gzip: gz(buffer), brotli: br(buffer), note };
  sizes.push(row);
  return row;
}
/** A build hash: 8 characters with a capital or a digit (`runtime-Bx3k9QzA.js`; not `page-language.js`). */
const HASH = /-(?=[\w-]*[A-Z0-9])[\w-]{8}\.js$/;
const hashless = (/** @type {string} */ file) => basename(file).replace(HASH, '-[hash].js');

/**
 * The files a script-tag entry loads before it runs: itself and its static imports, recursively.
 * @param {string} file
 * @param {Set<string>} [seen]
 */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  // Minified static imports: import{a as b}from"./runtime-x.js" / import"./x.js"; dynamic import() is not followed.
  for (const match of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticGraph(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}
const graphSize = (/** @type {string[]} */ entries) => {
  /** @type {Set<string>} */
  const files = new Set();
  for (const entry of entries) for (const f of staticGraph(resolve(entry))) files.add(f);
  const buffers = [...files].map((f) => readFileSync(f));
  return {
    files: [...files].map((f) => relative(repo, f)),
    min: buffers.reduce((a, b) => a + b.length, 0),
    gzip: buffers.reduce((a, b) => a + gz(b), 0),
    brotli: buffers.reduce((a, b) => a + br(b), 0),
  };
};

const cdnFiles = [
  ...readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('dist/cdn', f)),
  ...readdirSync('dist/cdn/locales')
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('dist/cdn/locales', f)),
];
const entryNames = readdirSync('dist/cdn').filter((f) => f.endsWith('.js') && !HASH.test(f));
for (const file of cdnFiles.sort((a, b) => Number(HASH.test(a)) - Number(HASH.test(b)) || a.localeCompare(b))) {
  const entry = entryNames.includes(basename(file));
  size(
    `${relative('dist', dirname(file))}/${hashless(file)}`,
    readFileSync(file),
    entry ? 'script-tag entry' : file.includes('/locales/') ? 'language, loaded when needed' : 'shared chunk',
  );
}
size('victim-care-elements.js', readFileSync('dist/victim-care-elements.js'), 'all-in-one script tag');
for (const f of readdirSync('dist').filter((f) => /^victim-care-elements\./.test(f) && HASH.test(f)))
  size(hashless(f), readFileSync(join('dist', f)), 'language of the all-in-one');
size('victim-care-elements.css', readFileSync('dist/victim-care-elements.css'), 'holds space before upgrade');

const landing = graphSize(['dist/cdn/rating-scale.js', 'dist/cdn/feedback-channel-picker.js']);
const qrAdds = (() => {
  const runtime = new Set(graphSize(['dist/cdn/rating-scale.js']).files);
  const files = graphSize(['dist/cdn/qr-badge.js']).files.filter((f) => !runtime.has(f));
  const buffers = files.map((f) => readFileSync(f));
  return { files, gzip: buffers.reduce((a, b) => a + gz(b), 0), brotli: buffers.reduce((a, b) => a + br(b), 0) };
})();

/**
 * Bundles `code` as a host's bundler would (esbuild, minified; languages other than English split off and not counted).
 * @param {string} name
 * @param {string} code
 */
async function bundle(name, code) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: 'js', sourcefile: `${name}.js` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    splitting: true,
    outdir: join(out, 'bundles'),
    entryNames: name,
    chunkNames: `${name}-[name]-[hash]`,
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  const entry = result.outputFiles.find((file) => file.path.endsWith(`/${name}.js`));
  if (!entry) throw new Error(`esbuild wrote no ${name}.js`);
  return Buffer.from(entry.contents);
}
const dist = (/** @type {string} */ file) => JSON.stringify(join(repo, 'dist', file));
/** @type {Record<string, string>} */
const hostBundles = {
  'ours-rating-scale': `import ${dist('rating-scale.js')};`,
  'ours-qr-badge': `import ${dist('qr-badge.js')};`,
  'ours-feedback-channel-picker': `import ${dist('feedback-channel-picker.js')};`,
  'ours-rights-leaflet': `import ${dist('rights-leaflet.js')};`,
  'ours-rating-plus-picker': `import ${dist('rating-scale.js')}; import ${dist('feedback-channel-picker.js')};`,
  'ours-rating-plus-qr': `import ${dist('rating-scale.js')}; import ${dist('qr-badge.js')};`,
  'peer-sl-rating': `import '@shoelace-style/shoelace/dist/components/rating/rating.js';`,
  'peer-sl-qr-code': `import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';`,
  'peer-sl-rating-plus-qr': `import '@shoelace-style/shoelace/dist/components/rating/rating.js'; import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';`,
  'peer-md-radio': `import '@material/web/radio/radio.js';`,
  'peer-lit': `export * from 'lit';`,
};
/** @type {Record<string, Buffer>} */
const bundled = {};
for (const [name, code] of Object.entries(hostBundles)) bundled[name] = await bundle(name, code);
const hostRows = [
  ['npm rating-scale.js, bundled', 'ours-rating-scale', 'with Lit, i18next and the core'],
  ['npm feedback-channel-picker.js, bundled', 'ours-feedback-channel-picker', ''],
  ['npm qr-badge.js, bundled', 'ours-qr-badge', ''],
  ['npm rights-leaflet.js, bundled', 'ours-rights-leaflet', 'with qr-badge and the rights pack'],
  ['peer: Shoelace sl-rating, bundled', 'peer-sl-rating', 'role=slider, not a form control'],
  ['peer: Shoelace sl-qr-code, bundled', 'peer-sl-qr-code', 'canvas, no quiet zone or address'],
  ['peer: Material md-radio, bundled', 'peer-md-radio', 'one radio, no group or labels'],
  ['peer: Lit alone, bundled', 'peer-lit', 'what every Lit library pays'],
];
for (const [label, name, note] of hostRows) size(label, bundled[name], note);
const marginal = (/** @type {string} */ both, /** @type {string} */ base) => ({
  gzip: gz(bundled[both]) - gz(bundled[base]),
  brotli: br(bundled[both]) - br(bundled[base]),
});
const npmQrAdds = marginal('ours-rating-plus-qr', 'ours-rating-scale');
const slQrAdds = marginal('peer-sl-rating-plus-qr', 'peer-sl-rating');

// ---------------------------------------------------------------------------------------------
// Browser timings and memory, on a plain local server (each library on its own page)
// The page every case starts from; `settled` ends each timed run: every `tag` inside `root` has
// rendered (Lit's updateComplete), then style and layout.
writeFileSync(
  join(out, 'bundles', 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
window.settled = async (root, tag) => {
  const elements = [...root.querySelectorAll(tag)];
  await Promise.all(elements.map((e) => e.updateComplete ?? Promise.resolve()));
  void root.offsetHeight;
  return elements;
};
</script></head><body><div id="c"></div></body></html>`,
);
const bundleServer = await serveStatic(join(out, 'bundles'));
const origin = bundleServer.base;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

/**
 * What is timed: a library's bundle, the markup of one instance (or of the i-th: `html(i)`), the
 * tag to wait for, and how many.
 * @typedef {{ label: string, bundle: string, html: string | ((i: number) => string), tag: string }} Subject
 * @typedef {Subject & { name: string, n: number }} TimingCase
 */
const qrValue = 'https://www.example.police.uk/feedback?officer=4521&unit=HB&src=qr';
/** @type {Record<string, Subject>} */
const subjects = {
  ratingEndpoint: {
    label: '<rating-scale endpoint>',
    bundle: 'ours-rating-scale',
    html: '<rating-scale endpoint="/api/feedback"></rating-scale>',
    tag: 'rating-scale',
  },
  rating: { label: '<rating-scale>', bundle: 'ours-rating-scale', html: '<rating-scale></rating-scale>', tag: 'rating-scale' },
  slRating: { label: '<sl-rating>', bundle: 'peer-sl-rating', html: '<sl-rating label="Rating"></sl-rating>', tag: 'sl-rating' },
  qr: { label: '<qr-badge>', bundle: 'ours-qr-badge', html: `<qr-badge value="${qrValue}"></qr-badge>`, tag: 'qr-badge' },
  slQr: {
    label: '<sl-qr-code>',
    bundle: 'peer-sl-qr-code',
    html: `<sl-qr-code value="${qrValue}" label="Scan"></sl-qr-code>`,
    tag: 'sl-qr-code',
  },
  mdRadioGroups: {
    label: 'groups of 5 <md-radio>',
    bundle: 'peer-md-radio',
    // A name per group: one name shared by 500 radios makes md-radio's group handling quadratic.
    html: (i) =>
      `<div role="radiogroup">${[1, 2, 3, 4, 5].map((v) => `<label><md-radio name="r${i}" value="${v}"></md-radio>${v}</label>`).join('')}</div>`,
    tag: 'md-radio',
  },
};
/** @type {(n: number, subject: Subject) => TimingCase} */
const at = (n, subject) => ({ ...subject, name: `${n} ${subject.label}`, n });
const timingCases = [
  at(1, subjects.ratingEndpoint),
  at(1, subjects.slRating),
  at(100, subjects.rating),
  at(100, subjects.slRating),
  at(1, subjects.qr),
  at(1, subjects.slQr),
  at(100, subjects.qr),
  at(100, subjects.slQr),
  at(100, subjects.mdRadioGroups),
];
/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** RUNS timings of one measure: the first (a cold start) discarded, the median of the rest. */
const typical = (/** @type {number[]} */ runs) => median(runs.slice(1));
/** `count` instances of a case's markup. */
const markupOf = (/** @type {TimingCase} */ c, count = c.n) =>
  Array.from({ length: count }, (_, i) => (typeof c.html === 'function' ? c.html(i) : c.html)).join('');

/**
 * A fresh context and page on the bench's page, with a CDP session (CPU throttling, the heap);
 * with `c`, its bundle loaded and its element defined.
 * @param {TimingCase} [c]
 */
async function freshPage(c) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin);
  if (c) {
    await page.addScriptTag({ url: `/${c.bundle}.js`, type: 'module' });
    await page.waitForFunction((tag) => customElements.get(tag), c.tag);
  }
  return { context, page, cdp };
}
/** @typedef {typeof window & { settled: (root: Element, tag: string) => Promise<Element[]> }} BenchWindow index.html's */

/**
 * One run: a fresh page holding `n` undefined elements; the clock starts when the page imports
 * the bundle and stops when every element has rendered and the page has laid out (define plus
 * first render, the bundle's fetch from loopback, parse and evaluation included).
 * @param {TimingCase} c
 * @param {number} throttle
 */
async function defineAndRender(c, throttle) {
  const { context, page, cdp } = await freshPage();
  await page.evaluate((m) => {
    /** @type {Element} */ (document.getElementById('c')).innerHTML = m;
  }, markupOf(c));
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const ms = await page.evaluate(
    async ({ url, tag }) => {
      const start = performance.now();
      await import(url);
      await customElements.whenDefined(tag);
      const elements = await /** @type {BenchWindow} */ (window).settled(document.body, tag);
      if (!elements.every((e) => e.shadowRoot?.childElementCount)) throw new Error(`${tag} did not render`);
      return performance.now() - start;
    },
    { url: `${origin}/${c.bundle}.js`, tag: c.tag },
  );
  await context.close();
  return ms;
}

/**
 * Render only: the elements already defined, 100 created at once (as the earlier bench measured).
 * @param {TimingCase} c
 * @param {number} throttle
 */
async function renderOnly(c, throttle) {
  const { context, page, cdp } = await freshPage(c);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const runs = await page.evaluate(
    async ({ markup, tag, runs }) => {
      const container = /** @type {Element} */ (document.getElementById('c'));
      const times = [];
      for (let run = 0; run < runs; run++) {
        container.replaceChildren();
        await new Promise((r) => requestAnimationFrame(r));
        const start = performance.now();
        const template = document.createElement('template');
        template.innerHTML = markup;
        container.append(template.content);
        await /** @type {BenchWindow} */ (window).settled(container, tag);
        times.push(performance.now() - start);
      }
      return times;
    },
    { markup: markupOf(c), tag: c.tag, runs: RUNS },
  );
  await context.close();
  return typical(runs);
}

/**
 * Heap after creating and removing 1,000 (garbage collected before and after), and at its peak.
 * @param {TimingCase} c
 */
async function memory(c) {
  const { context, page, cdp } = await freshPage(c);
  const heap = async () => {
    // Twice: the first pass can leave what only the second frees (DOM wrappers, weak references).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  await page.evaluate(
    async ({ markup, tag }) => {
      const container = /** @type {Element} */ (document.getElementById('c'));
      container.innerHTML = markup;
      await /** @type {BenchWindow} */ (window).settled(container, tag);
    },
    { markup: markupOf(c, 1000), tag: c.tag },
  );
  const peak = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.evaluate(async () => {
    /** @type {Element} */ (document.getElementById('c')).replaceChildren();
    await new Promise((r) => setTimeout(r, 500));
  });
  const after = await heap();
  await context.close();
  return { peak: peak - before, retained: after - before };
}

/**
 * Define + first render of a case, RUNS fresh pages, at a CPU throttling rate.
 * @param {TimingCase} c
 * @param {number} throttle
 */
async function defineTimes(c, throttle) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await defineAndRender(c, throttle));
  return typical(runs);
}
const timings = [];
for (const c of timingCases) {
  const define1 = await defineTimes(c, 1);
  const render1 = c.n === 100 ? await renderOnly(c, 1) : undefined;
  const define4 = await defineTimes(c, 4);
  const render4 = c.n === 100 ? await renderOnly(c, 4) : undefined;
  timings.push({ name: c.name, define1, define4, render1, render4 });
  console.log(`timed ${c.name}`);
}
const memoryCases = timingCases.filter((c) => c.n === 100 && c.tag !== 'md-radio');
const memoryRows = [];
for (const c of memoryCases) memoryRows.push({ name: c.name.replace('100', '1,000'), ...(await memory(c)) });
await browser.close();
await bundleServer.close();

// ---------------------------------------------------------------------------------------------
// The demo landing page, served by the reference receiver (compressed, cacheable): what it loads
// over the wire, its layout shifts with the scripts three seconds late, and Lighthouse.
const dataDir = mkdtempSync(join(tmpdir(), 'vce-bench-'));
const demo = await createApp({ host: '127.0.0.1', dataDir, rateLimitPerMinute: 0 });
await new Promise((r) => demo.listen(0, '127.0.0.1', () => r(undefined)));
const demoUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (demo.address()).port}/`;

const wire = await (async () => {
  const b = await chromium.launch({ executablePath, args: chromiumArgs });
  const page = await b.newPage({ viewport: { width: 412, height: 823 } });
  await page.goto(demoUrl, { waitUntil: 'networkidle' });
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => /** @type {PerformanceResourceTiming} */ (e))
      .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
      .map((e) => ({ name: new URL(e.name).pathname, transfer: e.encodedBodySize, decoded: e.decodedBodySize })),
  );
  // Scripts three seconds late: the fallback paints first, then everything upgrades.
  const late = await b.newPage({ viewport: { width: 412, height: 823 } });
  await late.route('**/dist/**/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  /** @typedef {typeof window & { __cls: number }} ShiftWindow */
  await late.addInitScript(() => {
    const w = /** @type {ShiftWindow} */ (window);
    w.__cls = 0;
    new PerformanceObserver((list) => {
      // LayoutShift entries: not in TypeScript's DOM library yet.
      for (const e of /** @type {(PerformanceEntry & { hadRecentInput: boolean, value: number })[]} */ (list.getEntries()))
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  /** @type {Record<string, number>} */
  const shifts = {};
  for (const lang of ['en', 'ar']) {
    await late.goto(`${demoUrl}?lang=${lang}`);
    await late.waitForFunction(
      () =>
        document.querySelector('feedback-channel-picker')?.shadowRoot?.querySelector('legend') &&
        document.querySelector('rating-scale')?.shadowRoot?.querySelector('legend'),
      null,
      { timeout: 30000 },
    );
    await late.waitForTimeout(500);
    shifts[lang] = await late.evaluate(() => /** @type {ShiftWindow} */ (window).__cls);
  }
  await b.close();
  return { scripts, shifts };
})();

async function runLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: executablePath,
      chromeFlags: chromiumArgs,
    });
    try {
      const result = await lighthouse(demoUrl, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error('Lighthouse gave no result');
      const lhr = result.lhr;
      /** @param {string} audit */
      const numeric = (audit) => {
        const value = lhr.audits[audit]?.numericValue;
        if (value === undefined) throw new Error(`Lighthouse measured no ${audit}`);
        return value;
      };
      results.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        cls: numeric('cumulative-layout-shift'),
        tbt: numeric('total-blocking-time'),
        fcp: numeric('first-contentful-paint'),
        lcp: numeric('largest-contentful-paint'),
        version: lhr.lighthouseVersion,
      });
      if (i === 0) writeFileSync(join(out, 'lighthouse.json'), JSON.stringify(lhr));
    } finally {
      await chrome.kill();
    }
  }
  // The run with the median performance score.
  return [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)];
}
const lh = await runLighthouse();
await new Promise((r) => demo.close(r));
rmSync(dataDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Report
const kb = (/** @type {number | null | undefined} */ n) => (n === null || n === undefined ? '' : `${(n / 1024).toFixed(1)} KB`);
const msf = (/** @type {number | undefined} */ n) => (n === undefined ? '' : `${n.toFixed(1)} ms`);
const t = Object.fromEntries(timings.map((row) => [row.name, row]));
/** @type {string[]} */
const lines = [];
const say = (line = '') => lines.push(line);
say(
  `Benchmark ${new Date().toISOString()} · ${executablePath} · Node ${process.version} · ${RUNS} runs per timing, first discarded, median`,
);
say();
say('### Sizes (minified; gzip -9; brotli 11)');
say();
say('| File | min | gzip | brotli | what |');
say('| --- | ---: | ---: | ---: | --- |');
for (const s of sizes) say(`| ${s.label} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${s.note} |`);
say(
  `| <qr-badge> added to a page that has the runtime (dist/cdn) | | ${kb(qrAdds.gzip)} | ${kb(qrAdds.brotli)} | ${qrAdds.files.map((f) => hashless(f)).join(' + ')} |`,
);
say(`| <qr-badge> added to <rating-scale>, npm, bundled | | ${kb(npmQrAdds.gzip)} | ${kb(npmQrAdds.brotli)} | marginal |`);
say(`| <sl-qr-code> added to <sl-rating>, bundled | | ${kb(slQrAdds.gzip)} | ${kb(slQrAdds.brotli)} | marginal |`);
say();
say('### Landing page (demo/index.html: rating + picker, English)');
say();
say(
  `Static import graph: ${landing.files.map((f) => hashless(f)).join(' + ')}: ${kb(landing.min)} min, **${kb(landing.gzip)} gzip**, ${kb(landing.brotli)} brotli.`,
);
say(
  `Over the wire from the reference receiver: ${wire.scripts.map((s) => `${hashless(s.name)} ${kb(s.transfer)}`).join(', ')} (total ${kb(wire.scripts.reduce((a, s) => a + s.transfer, 0))} transferred).`,
);
say(
  `Layout shift with the scripts 3 s late (PerformanceObserver, 412 px): en ${wire.shifts.en.toFixed(4)}, ar ${wire.shifts.ar.toFixed(4)}.`,
);
say();
say('### Define + first render (fresh page each run; bundle fetch, parse and evaluation included)');
say();
say('| Case | 1× CPU | 4× CPU | render only, 1× | render only, 4× |');
say('| --- | ---: | ---: | ---: | ---: |');
for (const row of timings) say(`| ${row.name} | ${msf(row.define1)} | ${msf(row.define4)} | ${msf(row.render1)} | ${msf(row.render4)} |`);
say();
say('### Memory: 1,000 created, rendered and removed (JS heap, garbage collected)');
say();
say('| Case | peak while shown | retained after removal |');
say('| --- | ---: | ---: |');
for (const m of memoryRows) say(`| ${m.name} | ${kb(m.peak)} | ${kb(m.retained)} |`);
say();
say(`### Lighthouse ${lh.version} mobile, demo landing page (median of ${quick ? 1 : 3} runs)`);
say();
say(
  `performance ${lh.performance}, accessibility ${lh.accessibility}, CLS ${lh.cls.toFixed(3)}, TBT ${Math.round(lh.tbt)} ms, FCP ${(lh.fcp / 1000).toFixed(2)} s, LCP ${(lh.lcp / 1000).toFixed(2)} s`,
);
say();
/** a / b (NaN where a case has no such figure) */
const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) => (a ?? NaN) / (b ?? NaN);
const budgets = [
  ['Landing page JS (rating + picker + runtime, English) ≤ 30 KB gzip', landing.gzip <= 30 * 1024, kb(landing.gzip)],
  ['CLS on the landing page ≤ 0.01 (Lighthouse)', lh.cls <= 0.01, lh.cls.toFixed(3)],
  ['Lighthouse mobile performance ≥ 98', lh.performance >= 98, String(lh.performance)],
  ['Lighthouse accessibility = 100', lh.accessibility === 100, String(lh.accessibility)],
  [
    'One <rating-scale endpoint>, define + first render ≤ one <sl-rating> (1× and 4× CPU)',
    t['1 <rating-scale endpoint>'].define1 <= t['1 <sl-rating>'].define1 &&
      t['1 <rating-scale endpoint>'].define4 <= t['1 <sl-rating>'].define4,
    `${ratio(t['1 <rating-scale endpoint>'].define1, t['1 <sl-rating>'].define1).toFixed(2)}× / ${ratio(t['1 <rating-scale endpoint>'].define4, t['1 <sl-rating>'].define4).toFixed(2)}× of sl-rating`,
  ],
  [
    '100 <rating-scale>, define + first render ≤ 0.5 of 100 <sl-rating> (1× and 4× CPU)',
    ratio(t['100 <rating-scale>'].define1, t['100 <sl-rating>'].define1) <= 0.5 &&
      ratio(t['100 <rating-scale>'].define4, t['100 <sl-rating>'].define4) <= 0.5,
    `${ratio(t['100 <rating-scale>'].define1, t['100 <sl-rating>'].define1).toFixed(2)} / ${ratio(t['100 <rating-scale>'].define4, t['100 <sl-rating>'].define4).toFixed(2)} (render only: ${ratio(t['100 <rating-scale>'].render1, t['100 <sl-rating>'].render1).toFixed(2)} / ${ratio(t['100 <rating-scale>'].render4, t['100 <sl-rating>'].render4).toFixed(2)})`,
  ],
  ['<qr-badge> adds ≤ 11 KB gzip (dist/cdn, beside the runtime)', qrAdds.gzip <= 11 * 1024, kb(qrAdds.gzip)],
];
say('### Budgets (issue 12)');
say();
say('| Budget | measured | result |');
say('| --- | --- | --- |');
for (const [name, pass, measured] of budgets) say(`| ${name} | ${measured} | ${pass ? 'PASS' : 'FAIL'} |`);
const report = lines.join('\n');
console.log(`\n${report}\n`);
writeFileSync(join(out, 'results.md'), `${report}\n`);
writeFileSync(
  join(out, 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      sizes,
      landing,
      qrAdds,
      npmQrAdds,
      slQrAdds,
      timings,
      memory: memoryRows,
      wire,
      lighthouse: lh,
      budgets,
    },
    null,
    2,
  ),
);
console.log(`Written to ${relative(repo, join(out, 'results.md'))} and results.json`);
