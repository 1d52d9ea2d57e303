import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfig } from '../../config.js';
import { captureWarnings } from '../../test-support/warnings.js';
import { directionOf } from './direction.js';
import { canonicalLocale, ensureLocale, fallbackChain, i18n } from './i18n.js';
import { requestedLocale } from './locale-controller.js';
import '../../elements/rating-scale/rating-scale.js';

describe('i18n: choosing the language', () => {
  afterEach(() => {
    resetConfig();
    document.documentElement.lang = 'en';
  });

  it('falls back from a region or script to the language, then English', async () => {
    expect(fallbackChain('pt-BR')).to.deep.equal(['pt-BR', 'pt']);
    expect(fallbackChain('zh-Hant-HK')).to.deep.equal(['zh-Hant-HK', 'zh-Hant', 'zh']);
    expect(await ensureLocale('cy-GB')).to.equal('cy');
    expect(await ensureLocale('pt-BR')).to.equal('en');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'ur', 'fa', 'he', 'ckb', 'ps', 'ar-EG', 'pa-Arab'].map(directionOf)).to.deep.equal(Array(8).fill('rtl'));
    expect(['en', 'cy', 'pl', 'pa', 'pa-Guru', 'ku', 'tr'].map(directionOf)).to.deep.equal(Array(7).fill('ltr'));
  });

  it('reads lang from the element, its ancestors across shadow roots, then <html>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="pl"><p><span></span></p></div>`);
    const span = outer.querySelector('span')!;
    expect(requestedLocale(span)).to.equal('pl');
    const root = span.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(requestedLocale(inner)).to.equal('pl');
    inner.lang = 'ar';
    expect(requestedLocale(inner)).to.equal('ar');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'cy';
    expect(requestedLocale(span)).to.equal('cy');
  });

  it('warns once for a lang that is not a language tag, and uses the next one up', async () => {
    const warnings = captureWarnings();
    try {
      const outer = await fixture<HTMLDivElement>(html`<div lang="pl"><i lang="not a tag!"></i><i lang="not a tag!"></i></div>`);
      const [a, b] = outer.querySelectorAll('i');
      expect(requestedLocale(a)).to.equal('pl');
      expect(requestedLocale(b)).to.equal('pl');
      expect(canonicalLocale('EN-gb')).to.equal('en-GB');
      expect(warnings.messages.filter((w) => w.includes('not a tag!'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('loads a language the library does not ship from configure({ localesUrl })', async () => {
    configure({ localesUrl: '/src/test-support/fixtures/{{lng}}.json' });
    const element = await fixture(html`<div lang="tr"><rating-scale></rating-scale></div>`);
    const rating = element.querySelector('rating-scale')!;
    await waitUntil(() => rating.shadowRoot?.querySelector('legend')?.textContent?.startsWith('Bugün'), 'Turkish question');
    // Strings the file lacks come from English.
    expect(rating.shadowRoot!.querySelector('label')!.textContent).to.equal('Very dissatisfied');
  });

  it('uses its own i18next instance, never the page default', async () => {
    const { default: global } = await import('i18next');
    expect(i18n).to.not.equal(global);
  });
});
