import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../../test-support/browser.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { example, part, parts, root, text } from './rights-leaflet.test-helpers.js';
import './rights-leaflet.js';

resetPageAfterEach({ media: true });

describe('<rights-leaflet>: print', () => {
  it('in print media hides the controls and summaries and shows every detail, and the QR code is at least 25 mm', async () => {
    const el = await fixture<RightsLeaflet>(
      html`<rights-leaflet languages="en cy" quick-exit-href="https://www.bbc.co.uk/weather" feedback-href="https://example.org/f"></rights-leaflet>`,
    );
    const firstDetail = root(el).querySelector('.right__list li')!;
    expect(firstDetail.checkVisibility()).to.be.false; // Closed on screen.
    expect(getComputedStyle(part(el, 'languages')!).display).not.to.equal('none');

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'languages')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.quick-exit')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('summary')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.feedback__link')!).display).to.equal('none');
    // Even with no beforeprint (a PDF made by a headless browser), closed details print.
    expect(firstDetail.checkVisibility()).to.be.true;
    expect(getComputedStyle(part(el, 'rights')!).columnCount).to.equal('2');
    const badge = part(el, 'feedback')!.querySelector('qr-badge')!;
    const code = badge.shadowRoot!.querySelector('svg')!;
    const mm = code.getBoundingClientRect().width / (96 / 25.4);
    expect(mm).to.be.at.least(25);
    expect(text(badge.shadowRoot!.querySelector('[part="address"]'))).to.contain('https://example.org/f');
  });

  it('opens every detail on beforeprint and closes again only those it opened on afterprint', async () => {
    const el = await example('Compact');
    const details = parts(el, 'details') as HTMLDetailsElement[];
    details[2]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 2));
  });

  it('print() prints with every detail open, then restores them', async () => {
    const el = await example('Compact');
    const details = parts(el, 'details') as HTMLDetailsElement[];
    const original = window.print;
    const seen: boolean[][] = [];
    window.print = () => void seen.push(details.map((d) => d.open));
    try {
      el.print();
    } finally {
      window.print = original;
    }
    expect(seen).to.deep.equal([Array(12).fill(true)]);
    expect(details.every((d) => !d.open)).to.be.true;
  });
});
