import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pageOfSize } from '../../test-support/browser.js';
import { inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import type { QrBadge } from './qr-badge.js';
import { feedbackUrl, longUrl } from './qr-badge.examples.js';
import { address, code, decodeRendered, example, link, nonAscii, shadow, text } from './qr-badge.test-helpers.js';
import './qr-badge.js';

resetPageAfterEach({ media: true });

const inLanguage = (lang: string, template: unknown) => inLanguageOf<QrBadge>('qr-badge', lang, template);

describe('<qr-badge>: accessible name', () => {
  const name = (el: QrBadge) => code(el)!.getAttribute('aria-label');

  it('is an image named for what scanning opens', async () => {
    const el = await example('Default');
    expect(code(el)!.getAttribute('role')).to.equal('img');
    expect(name(el)).to.equal('QR code: scan it to open victims.example.police.uk');
  });

  it('says call, text or email for tel:, sms: and mailto:, and what it holds otherwise', async () => {
    const cases: [string, string][] = [
      ['tel:+442072301212', 'QR code: scan it to call +442072301212'],
      ['sms:07700900123?body=feedback', 'QR code: scan it to send a text message to 07700900123'],
      ['mailto:victim.care@example.police.uk', 'QR code: scan it to write an email to victim.care@example.police.uk'],
      ['Ring 101 and quote 4521', 'QR code: scan it to read the text it holds'],
    ];
    for (const [value, expected] of cases) {
      const el = await fixture<QrBadge>(html`<qr-badge value=${value}></qr-badge>`);
      expect(name(el)).to.equal(expected);
    }
  });

  it('is the label when there is one, and is translated otherwise', async () => {
    const labelled = await fixture<QrBadge>(html`<qr-badge value=${feedbackUrl} label="Tell us how we did"></qr-badge>`);
    expect(name(labelled)).to.equal('Tell us how we did');
    const arabic = await example('Default', { lang: 'ar' });
    expect(name(arabic)).to.equal('رمز QR: امسحه ضوئيًا لفتح victims.example.police.uk');
    const welsh = await example('Default', { lang: 'cy' });
    expect(name(welsh)).to.equal('Cod QR: sganiwch ef i agor victims.example.police.uk');
  });

  it('follows a change of language without a reload', async () => {
    const el = await example('Default', { lang: 'en' });
    el.parentElement!.lang = 'pl';
    await waitUntil(() => name(el) === 'Kod QR: zeskanuj go, aby otworzyć victims.example.police.uk', 'the name is Polish');
    expect(text(address(el))).to.equal(`Lub wejdź na ${feedbackUrl}`);
  });
});

describe('<qr-badge>: the address beside the code', () => {
  it('is a link for http(s), reading left to right', async () => {
    const el = await inLanguage('ar', html`<qr-badge value=${nonAscii}></qr-badge>`);
    expect(link(el)!.href).to.equal(new URL(nonAscii).href);
    const bdi = link(el)!.querySelector('bdi')!;
    expect(bdi.getAttribute('dir')).to.equal('ltr');
    expect(bdi.textContent).to.equal(nonAscii);
    expect(text(address(el))).to.equal(`أو اذهب إلى ${nonAscii}`);
  });

  it('is a link for tel:, sms: and mailto:, showing the number or address', async () => {
    const cases: [string, string, string][] = [
      ['tel:+442072301212', 'tel:+442072301212', 'Or call +442072301212'],
      ['sms:+447700900123', 'sms:+447700900123', 'Or send a text message to +447700900123'],
      ['mailto:victim.care@example.police.uk', 'mailto:victim.care@example.police.uk', 'Or email victim.care@example.police.uk'],
    ];
    for (const [value, href, shown] of cases) {
      const el = await fixture<QrBadge>(html`<qr-badge value=${value}></qr-badge>`);
      expect(link(el)!.getAttribute('href')).to.equal(href);
      expect(text(address(el))).to.equal(shown);
    }
  });

  it('never makes javascript:, data:, vbscript:, file: or relative values a link', async () => {
    const unsafe = [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/feedback?officer=1',
      '//evil.example/',
      'https:/',
      'tel:<img src=x onerror=alert(1)>',
      'mailto:',
    ];
    for (const value of unsafe) {
      const el = await fixture<QrBadge>(html`<qr-badge value=${value}></qr-badge>`);
      expect(shadow(el).querySelector('a'), value).to.equal(null);
      expect(shadow(el).querySelector('img'), value).to.equal(null);
      expect(text(address(el)), value).to.equal(value.trim());
      expect(await decodeRendered(el), value).to.equal(value.trim());
    }
  });

  it('is hidden with hide-url, while the code keeps its name', async () => {
    const el = await example('Address hidden');
    expect(address(el)).to.equal(null);
    expect(code(el)!.getAttribute('aria-label')).to.contain('victims.example.police.uk');
  });

  it('reflows at 320px wide without scrolling sideways', async () => {
    const page = await pageOfSize(
      { width: 320, height: 640 },
      ['/src/elements/qr-badge/qr-badge.ts'],
      `<div style="margin: 0; padding: 0 8px"><qr-badge value="${longUrl}" size="20rem" downloadable></qr-badge></div>`,
    );
    try {
      const el = page.document.querySelector('qr-badge') as QrBadge;
      await el.updateComplete;
      expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      expect(code(el)!.getBoundingClientRect().width).to.be.at.most(304);
      expect(await decodeRendered(el)).to.equal(longUrl);
    } finally {
      page.remove();
    }
  });
});
