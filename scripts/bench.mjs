// `npm run bench`: sizes and browser timings of our elements beside peers, measured in the same
// run on the same machine. Nothing here is asserted: it prints a table (and .bench/results.json).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { execFileSync } from 'node:child_process';

const out = '.bench';
mkdirSync(out, { recursive: true });
if (!existsSync('dist/victim-care-elements.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const has = (tag) => existsSync(`src/elements/${tag}/${tag}.ts`);
const ours = ['rating-scale', 'feedback-channel-picker', 'qr-badge', 'rights-leaflet'].filter(has);

/**
 * Bundles `code` (an ES module importing what is measured) as a host's bundler would: minified,
 * with dynamic imports (languages other than English) split into chunks that are not counted,
 * since a page loads only the one it needs. Returns the entry chunk's text.
 */
async function bundle(name, code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    splitting: true,
    outdir: join(out, 'chunks'),
    entryNames: name,
    loader: { '.json': 'json' },
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'silent',
  });
  mkdirSync(join(out, 'chunks'), { recursive: true });
  for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  return result.outputFiles.find((file) => file.path.endsWith(`${name}.js`)).text;
}

const sizes = [];
function size(label, text, note = '') {
  const buffer = Buffer.from(text);
  sizes.push({ label, min: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length, note });
}

const cdn = readFileSync('dist/victim-care-elements.js', 'utf8');
size('victim-care-elements.js (all, script tag)', cdn, 'English inside; other languages load apart');
for (const lng of ['ar', 'cy', 'pl']) {
  const file = execFileSync('sh', ['-c', `ls dist/victim-care-elements.${lng}-*.js | head -1`], { encoding: 'utf8' }).trim();
  if (file) size(`  + ${lng} locale chunk`, readFileSync(file, 'utf8'));
}
const entries = {};
for (const tag of ours) entries[tag] = await bundle(`ours-${tag}`, `import './src/elements/${tag}/${tag}.ts';`);
for (const tag of ours) size(`<${tag}> alone`, entries[tag], 'with Lit, i18next and the core');
if (ours.length > 1) {
  const base = entries['rating-scale'];
  for (const tag of ours.filter((t) => t !== 'rating-scale')) {
    const both = await bundle(`ours-rating-plus-${tag}`, `import './src/elements/rating-scale/rating-scale.ts'; import './src/elements/${tag}/${tag}.ts';`);
    const added = gzipSync(Buffer.from(both), { level: 9 }).length - gzipSync(Buffer.from(base), { level: 9 }).length;
    sizes.push({ label: `  <${tag}> added to <rating-scale>`, min: both.length - base.length, gzip: added, brotli: null, note: 'marginal cost' });
  }
}
size('peer: lit alone', await bundle('peer-lit', `export * from 'lit';`), 'baseline every Lit library pays');
size('peer: i18next alone', await bundle('peer-i18next', `export { createInstance } from 'i18next';`));
size('peer: Shoelace <sl-rating>', await bundle('peer-sl-rating', `import '@shoelace-style/shoelace/dist/components/rating/rating.js';`), 'role=slider, no form association');
size('peer: Shoelace <sl-qr-code>', await bundle('peer-sl-qr-code', `import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';`), 'canvas, no quiet zone or address');
size('peer: Material <md-radio>', await bundle('peer-md-radio', `import '@material/web/radio/radio.js';`), 'one radio, no group or labels');

// Timings: 100 instances created and rendered, median of 15 runs, each library on its own page.
const cases = [
  { name: 'ours: 100 <rating-scale>', script: 'ours-rating-scale', html: '<rating-scale></rating-scale>' },
  { name: 'peer: 100 <sl-rating>', script: 'peer-sl-rating', html: '<sl-rating label="Rating"></sl-rating>' },
  {
    name: 'peer: 100 groups of 5 <md-radio>',
    script: 'peer-md-radio',
    // A name per group: one name shared by 500 radios makes md-radio's group handling quadratic.
    html: (i) => '<div role="radiogroup">' + [1, 2, 3, 4, 5].map((v) => `<label><md-radio name="r${i}" value="${v}"></md-radio>${v}</label>`).join('') + '</div>',
  },
];
if (ours.includes('qr-badge')) {
  cases.push({ name: 'ours: 100 <qr-badge>', script: 'ours-qr-badge', html: '<qr-badge value="https://example.org/feedback?officer=1234&unit=HV&src=qr"></qr-badge>' });
  cases.push({ name: 'peer: 100 <sl-qr-code>', script: 'peer-sl-qr-code', html: '<sl-qr-code value="https://example.org/feedback?officer=1234&unit=HV&src=qr" label="Scan"></sl-qr-code>' });
}
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html lang="en"><body><div id="c"></div></body></html>');
    return;
  }
  const file = join(out, 'chunks', path.replace(/[^\w.-]/g, ''));
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
const timings = [];
for (const c of cases) {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.addScriptTag({ url: `/${c.script}.js`, type: 'module' });
  await page.waitForTimeout(200);
  const runs = await page.evaluate(async (html) => {
    const container = document.getElementById('c');
    const results = [];
    for (let run = 0; run < 16; run++) {
      container.replaceChildren();
      await new Promise((r) => requestAnimationFrame(r));
      const start = performance.now();
      const template = document.createElement('template');
      template.innerHTML = html;
      container.append(template.content);
      const elements = [...container.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
      await Promise.all(elements.map((e) => e.updateComplete ?? Promise.resolve()));
      container.offsetHeight; // Include style and layout.
      results.push(performance.now() - start);
    }
    return results.slice(1); // The first run warms the code up.
  }, Array.from({ length: 100 }, (_, i) => (typeof c.html === 'function' ? c.html(i) : c.html)).join(''));
  runs.sort((a, b) => a - b);
  timings.push({ name: c.name, median: runs[Math.floor(runs.length / 2)], min: runs[0] });
  await page.close();
}
await browser.close();
server.close();

const kb = (n) => (n === null ? '' : `${(n / 1024).toFixed(1)} KB`);
console.log('\nSize (minified; gzip -9; brotli)\n');
console.log('| What | min | gzip | brotli | note |\n| --- | ---: | ---: | ---: | --- |');
for (const s of sizes) console.log(`| ${s.label} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${s.note} |`);
console.log(`\nCreate and render in headless Chromium (median and best of 15 runs)\n`);
console.log('| Case | median | best |\n| --- | ---: | ---: |');
for (const t of timings) console.log(`| ${t.name} | ${t.median.toFixed(1)} ms | ${t.min.toFixed(1)} ms |`);
writeFileSync(join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), sizes, timings }, null, 2));
