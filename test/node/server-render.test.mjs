// The built package rendered by Lit SSR in Node, as a Next.js, Nuxt or Astro server would:
// the initial state of every element, in the element's own language. Needs dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const library = await import('../../dist/index.js');
await library.loadLanguages(['ar', 'cy']);

const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));

async function serverRender(markup) {
  warnings.length = 0;
  const out = await collectResult(render(html`${unsafeStatic(markup)}`));
  // Comments are Lit's hydration markers; styles are the same for every render.
  return out.replace(/<!--[\s\S]*?-->/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
}

const inputs = (out) => out.match(/<input[^>]*>/g) ?? [];
const isChecked = (input) => /\schecked(?=[\s/>])/.test(input);

test('<rating-scale value="3">: only the third radio is checked', async () => {
  const out = await serverRender('<rating-scale value="3"></rating-scale>');
  assert.deepEqual(inputs(out).map(isChecked), [false, false, true, false, false]);
  assert.ok(!/checked="/.test(out), 'no checked="false" attribute, which a browser reads as checked');
  assert.match(out, /<legend[^>]*>Overall, how did you feel about the service you received\?<\/legend>/);
  assert.deepEqual(warnings, []);
});

test('<rating-scale> without a value, or with value="": nothing checked, no warning', async () => {
  for (const markup of ['<rating-scale></rating-scale>', '<rating-scale value=""></rating-scale>']) {
    const out = await serverRender(markup);
    assert.deepEqual(inputs(out).map(isChecked), [false, false, false, false, false]);
  }
  assert.deepEqual(warnings, []);
});

test('lang on the element: Arabic, right to left; Welsh; English by default', async () => {
  const ar = await serverRender('<rating-scale lang="ar"></rating-scale>');
  assert.match(ar, /<div part="base" class="base" lang="ar" dir="rtl">/);
  assert.match(ar, /بشكل عام، ما رأيك في الخدمة التي تلقيتها؟/);
  const cy = await serverRender('<rating-scale lang="cy-GB"></rating-scale>');
  assert.match(cy, /lang="cy" dir="ltr"/);
  const en = await serverRender('<rating-scale></rating-scale>');
  assert.match(en, /lang="en" dir="ltr"/);
  assert.deepEqual(warnings, []);
});

test('configure({ lang }) is the language of elements without their own lang', async () => {
  library.configure({ lang: 'ar' });
  try {
    assert.match(await serverRender('<qr-badge value="https://www.example.police.uk/"></qr-badge>'), /lang="ar" dir="rtl"/);
    assert.match(await serverRender('<qr-badge lang="en" value="https://www.example.police.uk/"></qr-badge>'), /lang="en" dir="ltr"/);
  } finally {
    library.configure({ lang: null });
  }
});

test('a language the server has not loaded renders in English with one clear warning', async () => {
  const out = await serverRender('<rating-scale lang="pl"></rating-scale>');
  assert.match(out, /lang="en"/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /loadLanguages\(\['pl'\]\)/);
});

test('<qr-badge>: the SVG code, its accessible name and its size', async () => {
  const out = await serverRender('<qr-badge value="https://www.example.police.uk/feedback?src=qr" size="4cm"></qr-badge>');
  assert.match(out, /<svg[^>]*role="img"[^>]*aria-label="QR code: scan it to open www.example.police.uk"/s);
  assert.match(out, /<path d="M\d[^"]+"/);
  assert.match(out, /style="--_size:4cm;--_modules:\d+"/);
  assert.deepEqual(warnings, []);
});

test('<qr-badge size> that is not a plain length is refused on the server, never written into a style', async () => {
  const out = await serverRender(
    '<qr-badge value="https://www.example.police.uk/" size="1cm;background:url(https://evil.example/)"></qr-badge>',
  );
  assert.deepEqual(out.match(/style="[^"]*"/g), ['style="--_size:10rem;--_modules:37"']);
  assert.equal(warnings.length, 1);
});

test('<feedback-channel-picker value="phone">: the phone radio checked and its reveal shown', async () => {
  const out = await serverRender(
    '<feedback-channel-picker value="phone" web-href="https://www.example.police.uk/feedback" sms-number="60066" ' +
      'email-address="feedback@example.police.uk" phone-number="020 7230 1212"></feedback-channel-picker>',
  );
  assert.deepEqual(inputs(out).map(isChecked), [false, false, false, true]);
  assert.match(out, /id="reveal-phone" class="reveal" part="reveal"\s*>/);
  assert.match(out, /id="reveal-web" class="reveal" part="reveal" hidden>/);
  assert.match(out, /href="tel:02072301212"/);
  assert.deepEqual(warnings, []);
});

test('<rights-leaflet lang="ar">: the leaflet in Arabic with its QR code', async () => {
  const out = await serverRender(
    '<rights-leaflet lang="ar" languages="en ar" feedback-href="https://www.example.police.uk/feedback"></rights-leaflet>',
  );
  assert.match(out, /lang="ar" dir="rtl"/);
  assert.match(out, /<qr-badge[^>]*lang="ar"/);
  assert.match(out, /<path d="M\d/);
  assert.match(out, /aria-pressed="true"[^>]*>\s*العربية/);
  assert.deepEqual(warnings, []);
});
