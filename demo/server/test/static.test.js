// @ts-check
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, raw } from '../testing.js';
import { CONTENT_SECURITY_POLICY } from '../app.js';

/** @type {string} */
let root;
/** @type {Awaited<ReturnType<typeof start>>} */
let app;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'vce-static-'));
  const demo = join(root, 'demo');
  const dist = join(root, 'dist');
  await mkdir(join(demo, 'rights'), { recursive: true });
  await mkdir(dist, { recursive: true });
  await writeFile(join(demo, 'index.html'), '<!doctype html><title>Feedback</title>');
  await writeFile(join(demo, 'rights', 'index.html'), '<!doctype html><title>Rights</title>');
  await writeFile(join(demo, 'page.js'), 'export {};');
  await writeFile(join(demo, 'style.css'), 'body{}');
  await writeFile(join(demo, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(demo, 'pixel.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  await writeFile(join(demo, '.env'), 'SECRET=1');
  await writeFile(join(demo, '.secret.json'), '{"secret":1}');
  await mkdir(join(demo, '.private'));
  await writeFile(join(demo, '.private', 'x.js'), 'secret');
  await writeFile(join(demo, 'notes.md'), '# not served');
  await writeFile(join(root, 'outside.js'), 'secret outside');
  await symlink(join(root, 'outside.js'), join(demo, 'link.js'));
  await writeFile(join(dist, 'victim-care-elements.js'), 'export {};');
  await writeFile(join(dist, 'chunk.mjs'), 'export {};');
  await writeFile(join(dist, 'victim-care-elements.js.map'), '{}');
  await writeFile(join(dist, 'fr.json'), '{}');
  // The database lives under the served folder here; it must still not be served.
  app = await start({ demoDir: demo, distDir: dist, dataDir: join(demo, 'data') });
});
after(async () => {
  await app.stop();
  await rm(root, { recursive: true, force: true });
});

test('serves demo/ at / with index.html, and dist/ at /dist/, with content types', async () => {
  /** @type {[string, string, string?][]} */
  const cases = [
    ['/', 'text/html; charset=utf-8', '<title>Feedback</title>'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/rights/', 'text/html; charset=utf-8', '<title>Rights</title>'],
    ['/page.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml'],
    ['/pixel.png', 'image/png'],
    ['/dist/victim-care-elements.js', 'text/javascript; charset=utf-8'],
    ['/dist/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['/dist/victim-care-elements.js.map', 'application/json; charset=utf-8'],
    ['/dist/fr.json', 'application/json; charset=utf-8'],
  ];
  for (const [path, type, text] of cases) {
    const res = await fetch(app.base + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), type, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('set-cookie'), null, path);
    const body = await res.text();
    if (text) assert.ok(body.includes(text), path);
  }
});

test('HTML has the strict CSP, no-referrer and nosniff; other files no CSP', async () => {
  const res = await fetch(`${app.base}/`);
  assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const js = await fetch(`${app.base}/page.js`);
  assert.equal(js.headers.get('content-security-policy'), null);

  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  assert.equal(directives.get('default-src'), "'self'");
  assert.equal(directives.get('script-src'), "'self'");
  assert.equal(directives.get('style-src'), "'self'");
  assert.equal(directives.get('img-src'), "'self' data: blob:");
  assert.equal(directives.get('connect-src'), "'self'");
  assert.equal(directives.get('object-src'), "'none'");
  assert.equal(directives.get('base-uri'), "'none'");
  assert.equal(directives.get('frame-ancestors'), "'none'");
  assert.equal(directives.get('require-trusted-types-for'), "'script'");
  assert.equal(directives.get('trusted-types'), 'lit-html victim-care-elements');
  assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe'), 'no unsafe-inline or unsafe-eval');
});

test('a folder without its trailing slash redirects; HEAD has headers and no body', async () => {
  const res = await fetch(`${app.base}/rights`, { redirect: 'manual' });
  assert.equal(res.status, 308);
  assert.equal(res.headers.get('location'), '/rights/');
  const head = await fetch(`${app.base}/page.js`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-length'), '10');
  assert.equal(await head.text(), '');
});

test('path traversal, dotfiles, symlinks out, unknown types and the database are refused', async () => {
  const refused = [
    '/../outside.js',
    '/..%2foutside.js',
    '/%2e%2e/outside.js',
    '/%2E%2E%2Foutside.js',
    '/dist/../../outside.js',
    '/dist/..%2f..%2foutside.js',
    '/rights/..%2f..%2foutside.js',
    '/..\\outside.js',
    '/%5c..%5coutside.js',
    '/page.js%00.html',
    '/.env',
    '/%2eenv',
    '/.secret.json',
    '/%2esecret.json',
    '/.private/x.js',
    '/rights/../.private/x.js',
    '/link.js',
    '/notes.md',
    '/data/feedback.db',
    '/data/feedback.db-wal',
    '/nothing.html',
    '/%E0%A4%A',
  ];
  for (const path of refused) {
    const res = await raw(app.port, { path });
    assert.ok(res.status === 404 || res.status === 400, `${path} gave ${res.status}`);
    assert.ok(!res.body.includes('secret'), path);
  }
});

test('with the default folders, the receiver’s own code and data are not served', async (t) => {
  const real = await start();
  t.after(() => real.stop());
  for (const path of ['/server/app.js', '/server/main.js', '/server/data/feedback.db', '/server/test/static.test.js']) {
    const res = await raw(real.port, { path });
    assert.equal(res.status, 404, path);
  }
});

test('other methods on pages: 405', async () => {
  const res = await fetch(`${app.base}/`, { method: 'POST', body: 'x' });
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'GET, HEAD');
});
