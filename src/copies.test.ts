import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, getConfig, resetConfig } from './config.js';
import { contentPack } from './elements/rights-leaflet/rights-leaflet.packs.js';
import type { RatingScale } from './index.js';
import { captureWarnings } from './test-support/warnings.js';
import './index.js';

// Two separately built copies of the library on one page, as when a host's bundle has one and a
// CMS block adds the script tag: this page's copy (the source modules) defines the elements; the
// built script-tag file (npm test builds it first) is the second copy.
type Copy = typeof import('./index.js');
/** The built script-tag file, imported by a URL the type checker does not resolve. */
const scriptTagFile = '/dist/victim-care-elements.js';
const legend = (el: Element) => el.shadowRoot?.querySelector('legend')?.textContent?.trim() ?? '';

describe('Two copies of the library on one page', () => {
  let second: Copy;
  let loadWarnings: string[];

  before(async () => {
    const warnings = captureWarnings();
    try {
      second = (await import(scriptTagFile)) as Copy;
    } finally {
      warnings.restore();
    }
    loadWarnings = warnings.messages;
    if (!customElements.get('second-copy-rating')) customElements.define('second-copy-rating', second.RatingScale);
  });
  afterEach(() => resetConfig());

  it('are two copies: the second left the tags to the first, saying so once per tag', () => {
    expect(second.RatingScale).to.not.equal(customElements.get('rating-scale'));
    expect(loadWarnings.filter((w) => w.includes('already defined by another class'))).to.have.length(5);
  });

  it('share one configuration through Symbol.for("victim-care-elements.config")', () => {
    const shared = (globalThis as unknown as Record<symbol, { version: number }>)[Symbol.for('victim-care-elements.config')];
    expect(shared.version).to.equal(1);
    second.configure({ storage: 'session' });
    expect(getConfig().storage).to.equal('session');
  });

  it('configure() from the second copy changes the elements of the first, at once', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale></rating-scale>`);
    second.configure({ resources: { en: { rating: { question: 'Asked by the second copy?' } } } });
    await waitUntil(() => legend(el) === 'Asked by the second copy?', 'the first copy re-rendered');
  });

  it("configure() from the first copy changes the second copy's elements", async () => {
    const el = await fixture<HTMLElement>(html`<second-copy-rating></second-copy-rating>`);
    await waitUntil(() => legend(el) !== '', 'rendered');
    configure({ resources: { en: { rating: { question: 'Asked by the first copy?' } } } });
    await waitUntil(() => legend(el) === 'Asked by the first copy?', 'the second copy re-rendered');
  });

  it('a content pack registered through one copy reaches leaflets of the other', async () => {
    second.configure({ resources: { en: { 'pack-test-shared': { title: 'x' } } } });
    second.registerContentPack('test-shared', { namespace: 'pack-test-shared', version: '1', lastChecked: '2026-11-30' });
    expect(contentPack('test-shared')).to.deep.equal({ namespace: 'pack-test-shared', version: '1', lastChecked: '2026-11-30' });
  });

  it('a copy that finds the shared settings in a shape it does not know warns once, in words, and still works', async () => {
    const key = Symbol.for('victim-care-elements.config');
    const original = Object.getOwnPropertyDescriptor(globalThis, key)!;
    Object.defineProperty(globalThis, key, { value: { version: 99, value: {} }, configurable: true });
    const warnings = captureWarnings();
    let third: Copy;
    try {
      // Another URL is another module instance: a third copy.
      third = (await import(`${scriptTagFile}?copy=third`)) as Copy;
      third.configure({ storage: 'none' });
      third.configure({ storage: 'local' });
    } finally {
      warnings.restore();
      Object.defineProperty(globalThis, key, original);
    }
    const incompatible = warnings.messages.filter((w) => w.includes('incompatible version'));
    expect(incompatible).to.have.length(1);
    expect(incompatible[0]).to.include('configure() called from one copy does not reach the elements of the other');
    expect(getConfig().storage, "the third copy's own settings did not leak").to.equal('local');
  });
});
