// @ts-check
// Static files served as a host's CDN should serve the library: compressed, cacheable, revalidated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, mkdir, writeFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { start } from '../testing.js';
import { cacheControl, chooseEncoding } from '../static.js';

/** @type {string} */
let root;
/** @type {Awaited<ReturnType<typeof start>>} */
let app;
const script = `export const text = ${JSON.stringify('Overall, how did you feel about the service you received today? '.repeat(40))};\n`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'vce-static-cache-'));
  const demo = join(root, 'demo');
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'cdn'), { recursive: true });
  await mkdir(demo, { recursive: true });
  await writeFile(join(demo, 'index.html'), `<!doctype html><title>Feedback</title>${'<p>Tell us how we did.</p>'.repeat(50)}`);
  await writeFile(join(demo, 'pixel.png'), Buffer.alloc(2000, 7));
  await writeFile(join(dist, 'cdn', 'rating-scale.js'), script);
  await writeFile(join(dist, 'cdn', 'runtime-Bx3k9Q_A.js'), script);
  app = await start({ demoDir: demo, distDir: dist, dataDir: join(root, 'data') });
});
after(async () => {
  await app.stop();
  await rm(root, { recursive: true, force: true });
});

/**
 * A GET (or HEAD) with exactly these headers; Node's fetch would add and undo Accept-Encoding itself.
 * @param {string} path
 * @param {Record<string, string>} [headers]
 * @param {string} [method]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function get(path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app.port, path, method, headers }, (res) => {
      /** @type {Buffer[]} */
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('sends brotli when the browser accepts it, else gzip, else the file as it is', async () => {
  const br = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(br.body.length < script.length / 4, `${br.body.length} bytes`);
  assert.equal(brotliDecompressSync(br.body).toString(), script);

  const gz = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), script);

  for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
    const plain = await get('/dist/cdn/rating-scale.js', accept ? { 'Accept-Encoding': accept } : {});
    assert.equal(plain.headers['content-encoding'], undefined, String(accept));
    assert.equal(plain.body.toString(), script);
  }
  const html = await get('/', { 'Accept-Encoding': 'br' });
  assert.equal(html.headers['content-encoding'], 'br');
  assert.match(String(html.headers['content-security-policy']), /default-src/);
});

test('images are sent as they are: they are compressed already', async () => {
  const png = await get('/pixel.png', { 'Accept-Encoding': 'br, gzip' });
  assert.equal(png.status, 200);
  assert.equal(png.headers['content-encoding'], undefined);
  assert.equal(png.body.length, 2000);
});

test('a hashed name is cached for a year as immutable; other files are revalidated', async () => {
  const hashed = await get('/dist/cdn/runtime-Bx3k9Q_A.js', { 'Accept-Encoding': 'br' });
  assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
  const entry = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'br' });
  assert.equal(entry.headers['cache-control'], 'no-cache');
  const page = await get('/');
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.equal(cacheControl('/x/victim-care-elements.ar-9tdK-j_5.js'), 'public, max-age=31536000, immutable');
  assert.equal(cacheControl('/x/runtime-DFMrHKFF.js.map'), 'public, max-age=31536000, immutable');
  assert.equal(cacheControl('/x/victim-care-elements.js'), 'no-cache');
  assert.equal(cacheControl('/x/victim-care-elements.css'), 'no-cache');
  assert.equal(cacheControl('/x/feedback-channel-picker.js'), 'no-cache');
});

test('answers 304 without a body while the ETag matches, in any encoding, and 200 once the file changes', async () => {
  const first = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'br' });
  const etag = /** @type {string} */ (first.headers.etag);
  assert.match(etag, /^"[\w-]+-br"$/);
  const plain = await get('/dist/cdn/rating-scale.js');
  assert.notEqual(plain.headers.etag, etag, 'each representation has its own ETag');

  const again = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, etag);
  assert.equal(again.headers['cache-control'], 'no-cache');
  const other = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/${etag}` });
  assert.equal(other.status, 304);

  const file = join(root, 'dist', 'cdn', 'rating-scale.js');
  await writeFile(file, `${script}export const changed = true;\n`);
  await utimes(file, new Date(), new Date(Date.now() + 5000));
  const changed = await get('/dist/cdn/rating-scale.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.etag, etag);
  assert.match(brotliDecompressSync(changed.body).toString(), /changed = true/);
});

test('HEAD has the compressed length and no body; a file of a few bytes is not made larger', async () => {
  const head = await get('/dist/cdn/runtime-Bx3k9Q_A.js', { 'Accept-Encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-encoding'], 'br');
  assert.ok(Number(head.headers['content-length']) < script.length);
  assert.equal(head.body.length, 0);
  await writeFile(join(root, 'dist', 'tiny.js'), 'export {};');
  const tiny = await get('/dist/tiny.js', { 'Accept-Encoding': 'br' });
  assert.equal(tiny.headers['content-encoding'], undefined);
  assert.equal(tiny.body.toString(), 'export {};');
});

test('reads Accept-Encoding as RFC 9110 does', () => {
  assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
  assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(chooseEncoding('*'), 'br');
  assert.equal(chooseEncoding('*;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(chooseEncoding('deflate'), null);
  assert.equal(chooseEncoding(''), null);
  assert.equal(chooseEncoding(undefined), null);
});
