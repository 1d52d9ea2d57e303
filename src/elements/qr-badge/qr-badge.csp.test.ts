import { expect, waitUntil } from '@open-wc/testing';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { QrBadge } from './qr-badge.js';
import { feedbackUrl } from './qr-badge.examples.js';
import { decode, download, imageData } from './qr-badge.test-helpers.js';
import './qr-badge.js';

resetPageAfterEach({ media: true });

describe('<qr-badge>: under a strict Content-Security-Policy', () => {
  it('sizes, draws and offers downloads with no inline styles or scripts', async () => {
    // A page of its own served with the policy as a header (scripts/wtr/test-endpoint.mjs).
    const frame = document.createElement('iframe');
    frame.src = '/src/test-support/fixtures/qr-badge-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const el = doc.querySelector('qr-badge') as QrBadge;
      el.setAttribute('value', feedbackUrl);
      await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'the code is drawn', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.equal(200);
      el.size = '240px';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.equal(240);
      const { blob } = await download(el, 'png');
      expect(decode(await imageData(blob, (await createImageBitmap(blob)).width))).to.equal(feedbackUrl);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
