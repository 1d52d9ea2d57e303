import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { directionOf } from './core/i18n/direction.js';
import { builtInLanguages, ensureLocale, i18n } from './core/i18n/i18n.js';
import type { ElementExample } from './elements/element-example.js';
import { feedbackChannelPickerExamples } from './elements/feedback-channel-picker/feedback-channel-picker.examples.js';
import { qrBadgeExamples } from './elements/qr-badge/qr-badge.examples.js';
import { ratingScaleExamples } from './elements/rating-scale/rating-scale.examples.js';
import { rightsLeafletExamples } from './elements/rights-leaflet/rights-leaflet.examples.js';
import en from './locales/en.json';
import { renderedText, type RenderedText } from './test-support/rendered-text.js';
import { tofuIn } from './test-support/tofu.js';
import { engine, skipIn } from './test-support/browser.js';

// Every drawn state of every element, in every language the library ships: a locale file added
// to src/locales is tested here the moment it exists, with nothing to register.
const elements: [string, ElementExample<LitElement>[]][] = [
  ['rating-scale', ratingScaleExamples as unknown as ElementExample<LitElement>[]],
  ['feedback-channel-picker', feedbackChannelPickerExamples as unknown as ElementExample<LitElement>[]],
  ['qr-badge', qrBadgeExamples as unknown as ElementExample<LitElement>[]],
  ['rights-leaflet', rightsLeafletExamples as unknown as ElementExample<LitElement>[]],
];

type Strings = Record<string, unknown>;
function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value as Strings)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (typeof value === 'string') out[prefix] = value;
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}.${i}`, out));
  return out;
}

/**
 * The English phrases that must not appear when the language has its own words for them: each
 * English string cut at its {{placeholders}}, kept when it has a word of four letters or more,
 * and dropped when the language's own strings use it too (an organisation's name kept in English).
 */
function englishPhrases(lng: string): { key: string; phrase: string }[] {
  const english = flatten(en);
  const own = flatten(i18n.getDataByLanguage(lng));
  const ownText = Object.values(own).join('\n').toLowerCase();
  const phrases: { key: string; phrase: string }[] = [];
  for (const [key, text] of Object.entries(english)) {
    if (key.startsWith('_meta.') || !(key in own) || own[key] === text) continue;
    for (const piece of text.split(/\{\{[^}]*\}\}/)) {
      const phrase = piece.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
      if (!/\p{L}{4,}/u.test(phrase) || ownText.includes(phrase.toLowerCase())) continue;
      phrases.push({ key, phrase });
    }
  }
  return phrases;
}

/**
 * Text that reorders inside right-to-left text unless it is isolated left to right: numbers in
 * spaced groups (`020 7230 1212` would show as `1212 7230 020`), web and email addresses.
 */
const leftToRightRun = /\d[\d ]* \d|https?:\/\/|www\.|\S@\S|\.[a-z]{2,}\//i;

/** The English phrases, of those given, that `texts` contain. */
function englishLeft(texts: RenderedText[], phrases: { key: string; phrase: string }[]): string[] {
  const all = texts.map((t) => t.text).join('\n');
  return phrases
    .filter(({ phrase }) => new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, 'u').test(all))
    .map(({ key, phrase }) => `English "${phrase}" (${key})`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bases of `host` and of every element inside its shadow tree. */
function bases(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    const base = root.querySelector('[part~="base"]');
    if (base) found.push(base);
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

async function settle(element: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [element, ...bases(element).map((b) => (b.getRootNode() as ShadowRoot).host)] as LitElement[];
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}

// Firefox draws a character no font has as a box holding its code point, different for every
// character, so it cannot be matched with the one drawing of a known-missing glyph: the tofu
// check runs in Chromium and WebKit (the same fonts: the machine's), and is skipped by name here.
const FIREFOX_TOFU =
  'Firefox draws each missing character as a box with its own code in it, which the tofu check cannot match; it runs in Chromium and WebKit';
const checksTofu = (await engine()) !== 'firefox';

describe('every element in every language', () => {
  it('ships every locale file in src/locales, English first', () => {
    expect(builtInLanguages[0]).to.equal('en');
    expect(builtInLanguages).to.include.members(['cy', 'pl', 'ar']);
  });

  it('finds tofu when a character has no font (the check can fail)', async function () {
    await skipIn(this, { firefox: FIREFOX_TOFU });
    const box = await fixture<HTMLParagraphElement>(html`<p lang="en">Abc \u0378 \u{10FFFC}</p>`);
    expect(tofuIn(box.textContent!, box)).to.deep.equal(['\u0378', '\u{10FFFC}']);
    expect(tofuIn('Abc জ ગ ਕ த 中 ب ے', box)).to.deep.equal([]);
  });

  it('finds English left in an element (the check can fail)', async () => {
    await ensureLocale('cy');
    const rating = await fixture<LitElement>(html`<rating-scale lang="en" endpoint="/api/feedback"></rating-scale>`);
    await rating.updateComplete;
    const left = englishLeft(renderedText(rating.shadowRoot!), englishPhrases('cy'));
    expect(left).to.include(`English "${en.rating.send}" (rating.send)`);
    expect(left).to.include(`English "${en.rating.labels['1']}" (rating.labels.1)`);
  });

  for (const lng of builtInLanguages.filter((l) => l !== 'en')) {
    describe(lng, () => {
      let phrases: { key: string; phrase: string }[] = [];
      before(async () => {
        expect(await ensureLocale(lng)).to.equal(lng);
        phrases = englishPhrases(lng);
      });

      for (const [tag, examples] of elements) {
        it(`<${tag}>: every state in ${lng}, ${directionOf(lng)}, no English left, reflows at 320 px${checksTofu ? ', no tofu' : ''}`, async function () {
          this.timeout(30000);
          const problems: string[] = [];
          for (const example of examples) {
            // 320 CSS px wide, a small phone: every language must reflow into it (WCAG 1.4.10).
            const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lng} style="width: 320px">${example.render()}</div>`);
            const element = wrapper.querySelector<LitElement>(tag)!;
            // Examples that set their own language (the leaflet in Welsh) test that language; a
            // host's own content pack (`content`) brings its own strings, in its own languages.
            if (element.hasAttribute('lang') || element.hasAttribute('content')) continue;
            await settle(element);
            await example.prepare?.(element);
            await settle(element);
            for (const base of bases(element)) {
              if (base.getAttribute('lang') !== lng) problems.push(`${example.name}: a base part has lang="${base.getAttribute('lang')}"`);
              const dir = directionOf(lng);
              if (base.getAttribute('dir') !== dir || getComputedStyle(base).direction !== dir)
                problems.push(`${example.name}: a base part is not ${dir}`);
              if (base.scrollWidth > base.clientWidth + 1)
                problems.push(
                  `${example.name}: content ${base.scrollWidth} px wide in a ${base.clientWidth} px box at 320 px: something does not reflow`,
                );
            }
            const texts: RenderedText[] = renderedText(element.shadowRoot!);
            for (const phrase of englishLeft(texts, phrases)) problems.push(`${example.name}: ${phrase}`);
            for (const { text, element: holder, attribute } of texts) {
              if (attribute) continue;
              // Isolated by the element (`<bdi dir="ltr">`) or by the translator (U+2066 … U+2069).
              const outsideIsolates = text.replace(/[\u2066\u2068][^\u2069]*\u2069/g, '');
              if (directionOf(lng) === 'rtl' && leftToRightRun.test(outsideIsolates) && holder.closest('[dir="ltr"]') === null) {
                problems.push(`${example.name}: "${text.trim().slice(0, 40)}" is not isolated left to right inside right-to-left text`);
              }
              const tofu = checksTofu ? tofuIn(text, holder) : [];
              if (tofu.length)
                problems.push(
                  `${example.name}: no font for ${tofu.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')} in "${text.trim().slice(0, 40)}"`,
                );
            }
          }
          expect([...new Set(problems)]).to.deep.equal([]);
        });
      }
    });
  }
});
