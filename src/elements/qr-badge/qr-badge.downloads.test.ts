import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../../test-support/browser.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { QrBadge } from './qr-badge.js';
import { feedbackUrl } from './qr-badge.examples.js';
import {
  decode,
  download,
  example,
  expectQuietZone,
  imageData,
  modules,
  nonAscii,
  pixel,
  shadow,
  SVG_NS,
  text,
} from './qr-badge.test-helpers.js';
import './qr-badge.js';

resetPageAfterEach({ media: true });

describe('<qr-badge>: downloads', () => {
  it('offers no downloads unless downloadable', async () => {
    const el = await example('Default');
    expect(shadow(el).querySelector('button')).to.equal(null);
  });

  it('offers the code as a valid SVG file named after the label, which decodes', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${nonAscii} label="Victim feedback, Hackney B" downloadable></qr-badge>`);
    const buttons = [...shadow(el).querySelectorAll('button')].map((b) => text(b));
    expect(buttons).to.deep.equal(['Download SVG', 'Download PNG']);
    const { name, blob } = await download(el, 'svg');
    expect(name).to.equal('victim-feedback-hackney-b.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal(SVG_NS);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Victim feedback, Hackney B');
    expect(doc.documentElement.getAttribute('viewBox')).to.equal(`0 0 ${modules(el)} ${modules(el)}`);
    expect(decode(await imageData(blob, 400))).to.equal(nonAscii);
  });

  it('offers a PNG at print resolution, whole pixels per module, which decodes', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} downloadable></qr-badge>`);
    const { name, blob } = await download(el, 'png');
    expect(name).to.equal('qr-code.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(bitmap.height);
    expect(bitmap.width).to.be.at.least(1000);
    expect(bitmap.width % modules(el)).to.equal(0);
    const image = await imageData(blob, bitmap.width);
    expect(decode(image)).to.equal(feedbackUrl);
    expectQuietZone(image, modules(el));
  });

  it('writes the page’s colours into both files', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--vce-qr-color: #1d2a5c; --vce-qr-background: #fff7d6"><qr-badge value=${feedbackUrl} label="Ünit 4 · café" downloadable></qr-badge></div>`,
    );
    const el = wrapper.querySelector('qr-badge')!;
    await el.updateComplete;
    const svgFile = await download(el, 'svg');
    expect(svgFile.name).to.equal('unit-4-cafe.svg');
    const doc = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('path')!.getAttribute('fill')).to.equal('#1d2a5c');
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('#fff7d6');
    const png = await download(el, 'png');
    const image = await imageData(png.blob, (await createImageBitmap(png.blob)).width);
    expect(pixel(image, 0, 0)).to.deep.equal([0xff, 0xf7, 0xd6]);
    expect(decode(image)).to.equal(feedbackUrl);
  });

  it('are keyboard buttons, hidden in print', async () => {
    const el = await example('Downloadable');
    const button = shadow(el).querySelector('button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(el).querySelector('[part="downloads"]')!).display).to.equal('none');
  });
});
