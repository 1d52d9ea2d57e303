import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfig } from '../../config.js';
import { captureWarnings, warningsInEachTest } from '../../test-support/warnings.js';
import { inLanguage } from '../../test-support/dom.js';
import en from '../../locales/en.json';
import { directionOf } from './direction.js';
import { canonicalLocale, ensureLocale, fallbackChain, i18n } from './i18n.js';
import { requestedLocale } from './locale-controller.js';
import '../../elements/rating-scale/rating-scale.js';
import type { RatingScale } from '../../elements/rating-scale/rating-scale.component.js';

describe('i18n: choosing the language', () => {
  afterEach(() => {
    resetConfig();
    document.documentElement.lang = 'en';
  });

  it('falls back from a region or script to the language, then English', async () => {
    expect(fallbackChain('pt-BR')).to.deep.equal(['pt-BR', 'pt']);
    expect(fallbackChain('zh-Hant-HK')).to.deep.equal(['zh-Hant-HK', 'zh-Hant']);
    // Never into another script: Shahmukhi Punjabi is not shown in Gurmukhi.
    expect(fallbackChain('pa-PK')).to.deep.equal(['pa-PK']);
    expect(fallbackChain('pa-IN')).to.deep.equal(['pa-IN', 'pa']);
    // zh-CN pages use a zh-Hans file.
    configure({ resources: { 'zh-Hans': { rating: { send: '发送反馈' } } } });
    expect(fallbackChain('zh-CN')).to.deep.equal(['zh-CN', 'zh-Hans', 'zh']);
    expect(await ensureLocale('zh-SG')).to.equal('zh-Hans');
    expect(await ensureLocale('zh-TW')).to.equal('en');
    expect(await ensureLocale('cy-GB')).to.equal('cy');
    expect(await ensureLocale('pt-BR')).to.equal('pt');
    expect(await ensureLocale('sv-SE')).to.equal('en');
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
    // Albanian is not among the built-in languages.
    const element = await fixture(html`<div lang="sq"><rating-scale></rating-scale></div>`);
    const rating = element.querySelector('rating-scale')!;
    await waitUntil(() => rating.shadowRoot?.querySelector('legend')?.textContent?.startsWith('Në përgjithësi'), 'Albanian question');
    // Strings the file lacks come from English.
    expect(rating.shadowRoot!.querySelector('label')!.textContent).to.equal('Very dissatisfied');
  });

  it('uses its own i18next instance, never the page default', async () => {
    const { default: global } = await import('i18next');
    expect(i18n).to.not.equal(global);
  });
});

describe('i18n: languages added at run time', () => {
  const warnings = warningsInEachTest();
  afterEach(() => {
    resetConfig();
    document.documentElement.lang = 'en';
  });

  const legend = (element: Element) => element.shadowRoot?.querySelector('legend')?.textContent ?? '';
  const labels = (element: Element) => [...element.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent);

  it('re-renders elements already on the page when configure({ resources }) adds their language', async () => {
    const wrapper = await fixture(html`<div lang="fr"><rating-scale></rating-scale><rating-scale></rating-scale></div>`);
    const [first, second] = wrapper.querySelectorAll('rating-scale');
    await first.updateComplete;
    expect(legend(first)).to.equal(en.rating.question);
    configure({
      resources: {
        fr: {
          rating: { question: 'Dans l’ensemble, qu’avez-vous pensé du service reçu aujourd’hui ?', labels: { 1: 'Très insatisfait' } },
        },
      },
    });
    await waitUntil(() => legend(first).startsWith('Dans l’ensemble'), 'French question');
    await waitUntil(() => legend(second).startsWith('Dans l’ensemble'), 'French question in the second element');
    expect(labels(first)[0]).to.equal('Très insatisfait');
    expect(first.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('re-renders elements already on the page when configure({ localesUrl }) comes afterwards', async () => {
    const wrapper = await fixture(html`<div lang="de"><rating-scale></rating-scale></div>`);
    const rating = wrapper.querySelector('rating-scale')!;
    await rating.updateComplete;
    expect(legend(rating)).to.equal(en.rating.question);
    configure({ localesUrl: '/src/test-support/fixtures/{{lng}}.json' });
    await waitUntil(() => legend(rating).startsWith('Wie zufrieden'), 'German question');
    expect(labels(rating)).to.deep.equal([
      'Sehr unzufrieden',
      'Unzufrieden',
      'Weder zufrieden noch unzufrieden',
      'Zufrieden',
      'Sehr zufrieden',
    ]);
  });

  it('warns once for a language it cannot load, and shows English as a whole', async () => {
    configure({ localesUrl: '/src/test-support/fixtures/missing/{{lng}}.json' });
    const wrapper = await fixture(html`<div lang="sv"><rating-scale></rating-scale><rating-scale></rating-scale></div>`);
    const [first, second] = wrapper.querySelectorAll('rating-scale');
    await waitUntil(() => warnings.some((w) => w.includes('lang="sv"')), 'warning');
    await first.updateComplete;
    await second.updateComplete;
    expect(legend(first)).to.equal(en.rating.question);
    expect(labels(second)).to.deep.equal(Object.values(en.rating.labels));
    expect(first.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    // Another element, and a configure() that still brings no Swedish, warn no more.
    configure({ storage: 'session' });
    await fixture(html`<rating-scale lang="sv"></rating-scale>`);
    expect(await ensureLocale('sv')).to.equal('en');
    expect(warnings.filter((w) => w.includes('lang="sv"'))).to.have.length(1);
  });

  it('treats a file that is not JSON as a language it cannot load', async () => {
    configure({ localesUrl: '/src/test-support/fixtures/not-json.txt?{{lng}}' });
    const rating = await inLanguage<RatingScale>('rating-scale', 'nb', html`<rating-scale></rating-scale>`);
    await waitUntil(() => warnings.some((w) => w.includes('lang="nb"')), 'warning');
    expect(legend(rating)).to.equal(en.rating.question);
  });

  it("fills a missing plural category from the same language's _other, never from English", async () => {
    // Russian needs one, few, many and other; this file has only one and other.
    configure({
      resources: {
        ru: { common: { charactersRemaining_one: 'Остался {{n}} символ', charactersRemaining_other: 'Осталось {{n}} символа' } },
      },
    });
    expect(await ensureLocale('ru')).to.equal('ru');
    const t = i18n.getFixedT('ru', 'common');
    expect(new Intl.PluralRules('ru').select(3)).to.equal('few');
    expect(t('charactersRemaining', { count: 1, n: '1' })).to.equal('Остался 1 символ');
    expect(t('charactersRemaining', { count: 3, n: '3' })).to.equal('Осталось 3 символа');
    expect(t('charactersRemaining', { count: 5, n: '5' })).to.equal('Осталось 5 символа');
    // A later _other replaces what was filled from the earlier one; a category supplied stays.
    configure({
      resources: {
        ru: { common: { charactersRemaining_few: 'Осталось {{n}} символа', charactersRemaining_other: 'Осталось {{n}} символов' } },
      },
    });
    expect(t('charactersRemaining', { count: 3, n: '3' })).to.equal('Осталось 3 символа');
    expect(t('charactersRemaining', { count: 5, n: '5' })).to.equal('Осталось 5 символов');
  });

  it('fills missing plural categories in a rendered element too', async () => {
    configure({ resources: { ru: { common: { charactersRemaining_other: 'Осталось символов: {{n}}' } } } });
    const rating = await inLanguage<RatingScale>(
      'rating-scale',
      'ru',
      html`<rating-scale endpoint="/__endpoint__/post/i18n-plural"></rating-scale>`,
    );
    const count = rating.shadowRoot!.querySelector('[part="count"]');
    expect(count?.textContent?.trim()).to.contain('Осталось символов:');
  });
});
