import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../config.js';
import en from '../../locales/en.json';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { contentPack, registerContentPack } from './rights-leaflet.packs.js';
import { example, NS, part, rightHeadings, root, text, titleHeading } from './rights-leaflet.test-helpers.js';
import './rights-leaflet.js';

/** The pack as shipped: i18next merges overrides into the very object it was given. */
const shipped = structuredClone(en[NS]);

const warnings = warningsInEachTest();
resetPageAfterEach({ media: true });

describe('<rights-leaflet>: content packs', () => {
  const injected = '<img src=x onerror="window.__leafletInjected=true">';

  it('renders every string of a custom pack as text, never as HTML', async () => {
    configure({
      resources: {
        en: {
          'pack-hostile': {
            meta: { sources: ['javascript:alert(1)', 'https://example.org/rules'] },
            title: `Title ${injected}`,
            intro: [`Intro ${injected}`],
            rightsHeading: `Rights ${injected}`,
            rights: { one: { title: `Right ${injected}`, summary: `Summary ${injected}`, details: [`Detail ${injected}`, 42] } },
            sections: { extra: { heading: `Section ${injected}`, paragraphs: [`Paragraph ${injected}`], services: ['line'] } },
            services: { heading: 'Call', items: { line: { name: `Name ${injected}`, phone: '0300 000 0000', note: `Note ${injected}` } } },
          },
        },
      },
    });
    registerContentPack('hostile', { namespace: 'pack-hostile', version: `<b>1</b>`, lastChecked: '2026-11-29' });
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="hostile"></rights-leaflet>`);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(titleHeading(el))).to.equal(`Title ${injected}`);
    expect(text(root(el).querySelector('.right__title'))).to.equal(`Right ${injected}`);
    expect([...root(el).querySelectorAll('.right__list li')].map(text)).to.deep.equal([`Detail ${injected}`]); // 42 is not a string: dropped.
    expect(text(part(el, 'service')!.querySelector('.service__name'))).to.equal(`Name ${injected}`);
    expect(text(part(el, 'footer'))).to.contain('Version <b>1</b>.');
    expect([...part(el, 'footer')!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.org/rules']);
    expect((window as unknown as { __leafletInjected?: boolean }).__leafletInjected).to.equal(undefined);
  });

  it('shows a pack registered after the leaflet appeared, and the default pack (with a warning) until then', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="late-2026"></rights-leaflet>`);
    expect(rightHeadings(el)).to.have.length(12);
    expect(warnings.some((w) => w.includes('content="late-2026"'))).to.be.true;
    configure({ resources: { en: { 'pack-late': { title: 'Late pack', rights: { a: { title: 'Only right', summary: 'S' } } } } } });
    registerContentPack('late-2026', { namespace: 'pack-late', version: '2', lastChecked: '2026-01-31' });
    await el.updateComplete;
    expect(text(titleHeading(el))).to.equal('Late pack');
    expect(rightHeadings(el)).to.have.length(1);
    expect(part(el, 'details')).to.equal(null); // No details: no disclosure.
    expect(text(part(el, 'footer'))).to.contain('Version 2. Last checked on 31/01/2026.');
  });

  it('refuses a registration with a bad namespace, and shows no date for a bad lastChecked', async () => {
    registerContentPack('bad', { namespace: 'pack:bad', version: '1', lastChecked: '2026-11-29' });
    expect(contentPack('bad')).to.equal(undefined);
    registerContentPack('undated', { namespace: 'pack-england-wales-2021', version: '9', lastChecked: '29/11/2026' });
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="undated"></rights-leaflet>`);
    expect(text(part(el, 'footer')!.querySelector('p'))).to.equal('Version 9.');
    expect(warnings.filter((w) => w.includes('registerContentPack')).length).to.equal(2);
  });

  it('lets a host override a number once, in English, for every language', async () => {
    configure({ resources: { en: { [NS]: { services: { items: { victimSupport: { phone: '0808 000 0000' } } } } } } });
    const welsh = await example('Compact', { lang: 'cy' });
    const card = root(welsh).querySelector('[data-service="victimSupport"]')!;
    expect(text(card.querySelector('.service__name'))).to.equal('Llinell Gymorth Cymorth i Ddioddefwyr (Victim Support)');
    expect(card.querySelector('a')!.getAttribute('href')).to.equal('tel:08080000000');
    // Lists merge item by item; an empty string drops an item (docs/content-packs.md).
    configure({ resources: { en: { [NS]: { intro: ['Changed first paragraph.', ''] } } } });
    const english = await example('Compact');
    expect([...root(english).querySelectorAll('.intro')].map(text)).to.deep.equal([
      'Changed first paragraph.',
      'You can choose what help you want.',
    ]);
    // i18next keeps added strings: put the published text back for whatever runs next.
    configure({
      resources: {
        en: { [NS]: { intro: shipped.intro, services: { items: { victimSupport: { phone: '08 08 16 89 111' } } } } },
      },
    });
  });
});
