import { expect, fixture, html } from '@open-wc/testing';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { captureWarnings } from '../../test-support/warnings.js';
import { feedbackUrl } from './qr-badge.examples.js';
import { decode, example, pixel, rendered } from './qr-badge.test-helpers.js';
import './qr-badge.js';

resetPageAfterEach({ media: true });

describe('<qr-badge>: colours', () => {
  it('draws in --vce-qr-color on --vce-qr-background', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--vce-qr-color: rgb(0, 48, 120); --vce-qr-background: rgb(255, 250, 230)"><qr-badge value=${feedbackUrl} size="300px"></qr-badge></div>`,
    );
    const el = wrapper.querySelector('qr-badge')!;
    await el.updateComplete;
    const image = await rendered(el);
    expect(pixel(image, 2, 2)).to.deep.equal([255, 250, 230]);
    expect(decode(image)).to.equal(feedbackUrl);
  });

  it('warns once when the code is lighter than its background', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--vce-qr-color: #fefefe; --vce-qr-background: #0b0b0b"><qr-badge value=${feedbackUrl}></qr-badge></div>`,
      );
      const el = wrapper.querySelector('qr-badge')!;
      el.label = 'again';
      await el.updateComplete;
      const inverted = warnings.messages.filter((m) => m.includes('lighter than its background'));
      expect(inverted).to.have.length(1);
      expect(inverted[0]).to.contain('#fefefe');
    } finally {
      warnings.restore();
    }
  });

  it('warns when the contrast is below 4:1, and not for the defaults', async () => {
    const warnings = captureWarnings();
    try {
      await example('Default');
      expect(warnings.messages).to.deep.equal([]);
      await fixture(
        html`<div style="--vce-qr-color: #8a8a8a; --vce-qr-background: #ffffff"><qr-badge value=${feedbackUrl}></qr-badge></div>`,
      );
      expect(warnings.messages.filter((m) => /contrast 3\.\d\d:1 is below 4:1/.test(m))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('warns when the background is not opaque', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<div style="--vce-qr-background: rgb(255 255 255 / 0.4)"><qr-badge value=${feedbackUrl}></qr-badge></div>`);
      expect(warnings.messages.filter((m) => m.includes('not opaque'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
