// @ts-check
// The demo's static pages carry the one head that page-head.js writes (the receiver writes it
// into the sign-in pages): the same meta, icon and stylesheet order on every page, staff and victim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageHead } from '../page-head.js';
import { signInPage, signedInPage } from '../auth/pages.js';

const demo = fileURLToPath(new URL('../../', import.meta.url));
const pages = readdirSync(demo).filter((f) => f.endsWith('.html'));

test('the demo has static pages to check', () => {
  assert.ok(pages.includes('results.html') && pages.includes('officer.html') && pages.includes('index.html'), pages.join(', '));
});

for (const file of pages) {
  test(`${file}: its head is pageHead() for its title, stylesheets and scripts`, () => {
    const html = readFileSync(`${demo}${file}`, 'utf8');
    const head = /^ {2}<head>\n[\s\S]*?\n {2}<\/head>$/m.exec(html)?.[0];
    assert.ok(head, 'a <head> on lines of its own');
    // Comments explain a page's choices; they are not part of what the pages share.
    const written = head
      .split('\n')
      .filter((line) => !/^\s*<!--.*-->$/.test(line))
      .join('\n');
    const title = /<title>([^<]*)<\/title>/.exec(written)?.[1] ?? '';
    const stylesheets = [...written.matchAll(/<link rel="stylesheet" href="([^"]+)" \/>/g)]
      .map((m) => m[1])
      .filter((h) => h !== '/demo.css');
    const scripts = [...written.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    assert.equal(written, pageHead({ title, stylesheets, scripts }));
  });
}

test('the pages the receiver writes have the same head', () => {
  assert.ok(
    signInPage({ csrf: 'x', oidc: false, next: '/results.html' }).includes(`\n${pageHead({ title: 'Sign in – Demo Police Service' })}\n`),
  );
  assert.ok(
    signedInPage('/officer.html').includes(`\n${pageHead({ title: 'Signed in – Demo Police Service', refresh: '/officer.html' })}\n`),
  );
});
