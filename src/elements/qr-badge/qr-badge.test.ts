import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateForcedColors } from '../../test-support/browser.js';
import QRCode from 'qrcode';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { renderExample } from '../../test-support/examples.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { captureWarnings } from '../../test-support/warnings.js';
import type { QrBadge, QrErrorDetail } from './qr-badge.js';
import { feedbackUrl, longUrl, qrBadgeExamples, tooLongValue } from './qr-badge.examples.js';
import {
  address,
  code,
  decodeRendered,
  example,
  expectQuietZone,
  link,
  modules,
  nonAscii,
  rendered,
  shadow,
  text,
} from './qr-badge.test-helpers.js';
import './qr-badge.js';

// The code itself and what is shown when there is none. Beside this file: .name-and-address (what
// the code is called and the address shown under it), .downloads, .colours, .print and .csp (under
// a strict Content-Security-Policy).

resetPageAfterEach({ media: true });

describeAxeOverExamples('qr-badge', qrBadgeExamples);
describeTargetSizesOverExamples('qr-badge', qrBadgeExamples);

describe('<qr-badge>: every example', () => {
  it('every example that draws a code decodes back to exactly its value', async () => {
    for (const example of qrBadgeExamples) {
      const element = await renderExample<QrBadge>('qr-badge', qrBadgeExamples, example.name, { lang: 'en' });
      if (!code(element)) continue;
      expect(await decodeRendered(element), example.name).to.equal(element.value);
    }
  });
});

describe('<qr-badge>: the code', () => {
  for (const level of ['L', 'M', 'Q', 'H'] as const) {
    for (const size of ['6rem', '10rem', '3cm', '300px']) {
      it(`decodes to exactly its value at error correction ${level}, ${size}`, async () => {
        const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} error-correction=${level} size=${size}></qr-badge>`);
        expect(await decodeRendered(el)).to.equal(feedbackUrl);
      });
    }
  }

  it('makes denser codes at higher error correction', async () => {
    const counts: number[] = [];
    for (const level of ['L', 'M', 'Q', 'H']) {
      const el = await fixture<QrBadge>(html`<qr-badge value=${longUrl} error-correction=${level}></qr-badge>`);
      counts.push(modules(el));
    }
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    expect(counts[3]).to.be.greaterThan(counts[0]!);
  });

  it('reads a lower-case level and falls back to M, with one warning, for an unknown one', async () => {
    const lower = await fixture<QrBadge>(html`<qr-badge value=${longUrl} error-correction="h"></qr-badge>`);
    const high = await fixture<QrBadge>(html`<qr-badge value=${longUrl} error-correction="H"></qr-badge>`);
    expect(modules(lower)).to.equal(modules(high));
    const warnings = captureWarnings();
    try {
      const unknown = await fixture<QrBadge>(html`<qr-badge value=${longUrl} error-correction="X"></qr-badge>`);
      const medium = await fixture<QrBadge>(html`<qr-badge value=${longUrl}></qr-badge>`);
      expect(modules(unknown)).to.equal(modules(medium));
      expect(warnings.messages.filter((m) => m.includes('error-correction="X"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('encodes non-ASCII characters as UTF-8, exactly', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${nonAscii}></qr-badge>`);
    expect(await decodeRendered(el)).to.equal(nonAscii);
  });

  it('encodes a tel: address, a long URL and plain text exactly', async () => {
    for (const value of ['tel:+442072301212', longUrl, 'Ring 101 and quote 4521']) {
      const el = await fixture<QrBadge>(html`<qr-badge value=${value} size="12rem"></qr-badge>`);
      expect(await decodeRendered(el)).to.equal(value);
    }
  });

  it('ignores spaces around the value', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value="  ${feedbackUrl}\n"></qr-badge>`);
    expect(await decodeRendered(el)).to.equal(feedbackUrl);
  });

  it('keeps four modules of background on every side (measured in the rendered image)', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} size="300px"></qr-badge>`);
    expectQuietZone(await rendered(el), modules(el));
  });

  it('is one path in a square viewBox, sized by `size`', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} size="200px"></qr-badge>`);
    expect(code(el)!.querySelectorAll('path')).to.have.length(1);
    const box = code(el)!.getBoundingClientRect();
    expect(box.width).to.equal(200);
    expect(box.height).to.equal(200);
  });

  it('is never smaller than 3 CSS pixels a module on screen', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} size="2rem"></qr-badge>`);
    expect(code(el)!.getBoundingClientRect().width).to.equal(modules(el) * 3);
  });

  it('re-renders in the same update when the value changes', async () => {
    const el = await example('Default');
    el.value = 'https://example.org/another-page';
    await el.updateComplete;
    expect(await decodeRendered(el)).to.equal('https://example.org/another-page');
    expect(text(address(el))).to.contain('https://example.org/another-page');
  });

  it('encodes once per value and error correction', async () => {
    const create = QRCode.create;
    let calls = 0;
    QRCode.create = ((...args: Parameters<typeof create>) => {
      calls++;
      return create(...args);
    }) as typeof create;
    try {
      const el = await example('Default');
      expect(calls).to.equal(1);
      el.label = 'Feedback';
      el.size = '12rem';
      el.downloadable = true;
      await el.updateComplete;
      el.value = `  ${feedbackUrl}  `;
      await el.updateComplete;
      expect(calls).to.equal(1);
      el.errorCorrection = 'H';
      await el.updateComplete;
      expect(calls).to.equal(2);
    } finally {
      QRCode.create = create;
    }
  });

  it('takes an invalid size with one warning and uses 10rem', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} size="big"></qr-badge>`);
      expect(code(el)!.getBoundingClientRect().width).to.equal(160);
      el.size = 'big';
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('size="big"'))).to.have.length(1);
      el.size = '-3cm';
      await el.updateComplete;
      expect(code(el)!.getBoundingClientRect().width).to.equal(160);
    } finally {
      warnings.restore();
    }
  });

  it('keeps its own colours in forced-colours mode', async function () {
    await emulateForcedColors(this, 'active');
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await example('Default');
      expect(await decodeRendered(el)).to.equal(feedbackUrl);
    } finally {
      await emulateForcedColors(this, 'none');
    }
  });
});

describe('<qr-badge>: when there is no code to draw', () => {
  it('says a value is too long, fires qr-error, and still offers the address', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('qr-badge');
    el.value = tooLongValue;
    const heard = oneEvent(document, 'qr-error') as Promise<CustomEvent<QrErrorDetail>>;
    wrapper.append(el);
    const event = await heard;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ reason: 'too-long', value: tooLongValue });
    await el.updateComplete;
    expect(code(el)).to.equal(null);
    expect(text(shadow(el).querySelector('[part="error-message"]'))).to.equal('This address is too long to fit in a QR code.');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(text(address(el))).to.match(/^Go to https:/);
    expect(link(el)!.href).to.equal(tooLongValue);
  });

  it('says there is nothing to encode when the value is empty, and fires qr-error once', async () => {
    const events: CustomEvent<QrErrorDetail>[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent<QrErrorDetail>);
    document.addEventListener('qr-error', listener);
    try {
      const el = await fixture<QrBadge>(html`<qr-badge value="   " downloadable></qr-badge>`);
      expect(text(shadow(el).querySelector('[part="error-message"]'))).to.equal('There is no address to make a QR code from.');
      expect(address(el)).to.equal(null);
      expect(shadow(el).querySelector('button')).to.equal(null);
      el.label = 'Something else';
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ reason: 'empty', value: '' }]);
    } finally {
      document.removeEventListener('qr-error', listener);
    }
  });

  it('draws the code when a lower error correction makes it fit, and recovers when the value changes', async () => {
    // 1,500 bytes: more than H holds (1,273), less than L (2,953).
    const value = `https://example.org/?${'a'.repeat(1479)}`;
    const el = await fixture<QrBadge>(html`<qr-badge value=${value} error-correction="H"></qr-badge>`);
    expect(code(el)).to.equal(null);
    el.errorCorrection = 'L';
    await el.updateComplete;
    expect(code(el)).to.exist;
    el.value = '';
    await el.updateComplete;
    expect(code(el)).to.equal(null);
    el.value = feedbackUrl;
    await el.updateComplete;
    expect(await decodeRendered(el)).to.equal(feedbackUrl);
    expect(shadow(el).querySelector('[part="error-message"]')).to.equal(null);
  });
});
