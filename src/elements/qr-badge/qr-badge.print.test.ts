import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../../test-support/browser.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { QrBadge } from './qr-badge.js';
import { feedbackUrl } from './qr-badge.examples.js';
import { address, code, decodeRendered, example, modules } from './qr-badge.test-helpers.js';
import './qr-badge.js';

resetPageAfterEach({ media: true });

describe('<qr-badge>: print', () => {
  it('prints at least 25 mm with the address beside it, and still decodes', async () => {
    const el = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} size="1cm" downloadable></qr-badge>`);
    await emulateMedia({ media: 'print' });
    const box = code(el)!.getBoundingClientRect();
    const mm25 = (25 * 96) / 25.4;
    expect(box.width).to.be.at.least(mm25 - 0.01);
    const text = address(el)!.getBoundingClientRect();
    expect(text.left).to.be.at.least(box.right);
    expect(text.top).to.be.below(box.bottom);
    expect(await decodeRendered(el)).to.equal(feedbackUrl);
  });

  it('grows in print with the module count, so that no module is under 0.33 mm: (modules + 8) × 0.33 mm, at least 25 mm', async () => {
    const mm = (px: number) => (px * 25.4) / 96;
    // About 200 characters, as a signed officer link makes them, at H: version 15, 77 modules.
    const long = `https://feedback.example.police.uk/give-feedback?officer=4521&unit=HB&src=qr&sig=${'a1B2c3D4'.repeat(15)}`.slice(0, 200);
    const dense = await fixture<QrBadge>(html`<qr-badge value=${long} error-correction="H" size="1cm"></qr-badge>`);
    const short = await fixture<QrBadge>(html`<qr-badge value="https://example.org/f" size="1cm"></qr-badge>`);
    await emulateMedia({ media: 'print' });
    expect(long).to.have.length(200);
    expect(modules(dense)).to.equal(77 + 8);
    const width = mm(code(dense)!.getBoundingClientRect().width);
    expect(width).to.be.closeTo(85 * 0.33, 0.01);
    expect(width / modules(dense)).to.be.at.least(0.33 - 1e-6);
    // A short address needs less than 25 mm at 0.33 mm a module: the 25 mm floor holds.
    expect(modules(short) * 0.33).to.be.below(25);
    expect(mm(code(short)!.getBoundingClientRect().width)).to.be.closeTo(25, 0.01);
    expect(await decodeRendered(dense, 300), 'printed at 300 dpi').to.equal(long);
  });

  it('puts the address on the left of the code in a right-to-left language', async () => {
    const el = await example('Default', { lang: 'ar' });
    await emulateMedia({ media: 'print' });
    expect(address(el)!.getBoundingClientRect().right).to.be.at.most(code(el)!.getBoundingClientRect().left);
  });
});
