import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { deepActive } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { example, part, parts, root, text, titleHeading } from './rights-leaflet.test-helpers.js';
import './rights-leaflet.js';

const languageButtons = (el: RightsLeaflet) => parts(el, 'language-button') as HTMLButtonElement[];

resetPageAfterEach({ media: true });

describe('<rights-leaflet>: the language switcher', () => {
  it('lists each language in its own name, marked with its own lang', async () => {
    const el = await example('Full');
    await waitUntil(() => text(languageButtons(el)[1]) === 'Cymraeg', 'Welsh named in Welsh');
    expect(languageButtons(el).map((b) => [text(b), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['English', 'en', 'true'],
      ['Cymraeg', 'cy', 'false'],
      ['Polski', 'pl', 'false'],
      ['العربية', 'ar', 'false'],
    ]);
    expect(languageButtons(el)[3]!.dir).to.equal('rtl');
    expect(part(el, 'languages')!.getAttribute('role')).to.equal('group');
    const label = root(el).getElementById(part(el, 'languages')!.getAttribute('aria-labelledby')!);
    expect(text(label)).to.equal('Choose a language');
  });

  it('changes language and direction in place, keeps focus on the switcher, and emits language-change', async () => {
    const el = await example('Full');
    const base = part(el, 'base')!;
    const welsh = languageButtons(el)[1]!;
    welsh.focus();
    const changed = oneEvent(el, 'language-change');
    await sendKeys({ press: 'Enter' });
    expect(((await changed) as CustomEvent).detail).to.deep.equal({ lang: 'cy' });
    await el.updateComplete;
    expect(part(el, 'base')).to.equal(base); // The same nodes, re-rendered in place.
    expect(base.lang).to.equal('cy');
    expect(text(titleHeading(el))).to.equal('Eich hawliau fel dioddefwr trosedd');
    expect(deepActive()).to.equal(welsh);
    expect(welsh.getAttribute('aria-pressed')).to.equal('true');
    expect(el.hasAttribute('lang')).to.be.false; // The host's own attributes are left alone.

    const arabic = languageButtons(el)[3]!;
    arabic.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => base.dir === 'rtl', 'right to left');
    expect(base.lang).to.equal('ar');
    expect(text(titleHeading(el))).to.equal('حقوقك بصفتك ضحية جريمة');
    expect(deepActive()).to.equal(arabic);
    // The nested QR code follows the wrapper's language too.
    const badge = part(el, 'feedback')!.querySelector('qr-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'qr-badge in Arabic');
  });

  it('keeps the chosen language when the page language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><rights-leaflet languages="en pl"></rights-leaflet><rights-leaflet></rights-leaflet></div>`,
    );
    const [el, other] = [...wrapper.querySelectorAll('rights-leaflet')] as RightsLeaflet[];
    languageButtons(el!)[1]!.click();
    await waitUntil(() => part(el!, 'base')!.lang === 'pl');
    document.documentElement.lang = 'cy';
    // Once a leaflet without a choice has followed the page into Welsh, the change has reached both.
    await waitUntil(() => part(other!, 'base')!.lang === 'cy', 'the other leaflet follows the page');
    await el!.updateComplete;
    expect(part(el!, 'base')!.lang).to.equal('pl');
    expect(languageButtons(el!)[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows no switcher for fewer than two languages', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet languages="en"></rights-leaflet>`);
    expect(part(el, 'languages')).to.equal(null);
  });
});
