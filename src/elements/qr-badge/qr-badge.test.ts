import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateForcedColors, emulateMedia, pageOfSize } from '../../test-support/browser.js';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { captureWarnings } from '../../test-support/warnings.js';
import type { QrBadge, QrErrorDetail } from './qr-badge.js';
import { feedbackUrl, longUrl, qrBadgeExamples, tooLongValue } from './qr-badge.examples.js';
import './qr-badge.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const nonAscii = 'https://example.org/?q=café-قانون';

const shadow = (el: QrBadge) => el.shadowRoot!;
const code = (el: QrBadge) => shadow(el).querySelector<SVGSVGElement>('svg[part="code"]');
const modules = (el: QrBadge) => Number(code(el)!.getAttribute('viewBox')!.split(' ')[2]);
const address = (el: QrBadge) => shadow(el).querySelector<HTMLElement>('[part="address"]');
const link = (el: QrBadge) => shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const inLanguage = (lang: string, template: unknown) => inLanguageOf<QrBadge>('qr-badge', lang, template);
/** The example called `name` (qr-badge.examples.ts), drawn as its story is. */
const example = (name: string, options?: ExampleOptions) => renderExample<QrBadge>('qr-badge', qrBadgeExamples, name, options);

async function imageData(source: Blob, width: number, height = width): Promise<ImageData> {
  const url = URL.createObjectURL(source);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The code as the page shows it: the inline SVG serialised with the colours its CSS gives it,
 * drawn on a canvas at its rendered size in CSS pixels (96 dpi), or at `dpi` as a printer would.
 */
async function rendered(el: QrBadge, dpi = 96): Promise<ImageData> {
  const svg = code(el)!;
  const side = Math.round((svg.getBoundingClientRect().width * dpi) / 96);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(side));
  clone.setAttribute('height', String(side));
  for (const tag of ['rect', 'path']) {
    clone.querySelector(tag)!.setAttribute('fill', getComputedStyle(svg.querySelector(tag)!).fill);
  }
  const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
  return imageData(blob, side);
}

/** Decodes as a phone camera would: dark modules on a light background only. */
function decode(image: ImageData): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

const decodeRendered = async (el: QrBadge, dpi = 96) => decode(await rendered(el, dpi));

function pixel(image: ImageData, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}
const isLight = ([r, g, b]: number[]) => r! > 200 && g! > 200 && b! > 200;
const isDark = ([r, g, b]: number[]) => r! < 60 && g! < 60 && b! < 60;

/** Every pixel in the outer four modules is background, and the finder patterns start just inside. */
function expectQuietZone(image: ImageData, count: number): void {
  const module = image.width / count;
  const quiet = Math.floor(4 * module) - 1; // The last pixel may be blended with the first dark module.
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const inZone = x < quiet || y < quiet || x >= image.width - quiet || y >= image.height - quiet;
      if (inZone && !isLight(pixel(image, x, y))) throw new Error(`quiet zone pixel (${x}, ${y}) is not background`);
    }
  }
  // The measurement is not of an empty image: three finder patterns begin right after the zone.
  const inside = Math.ceil(4 * module) + 1;
  expect(isDark(pixel(image, inside, inside))).to.be.true;
  expect(isDark(pixel(image, image.width - inside - 1, inside))).to.be.true;
  expect(isDark(pixel(image, inside, image.height - inside - 1))).to.be.true;
}

/** Clicks a download button and returns the file the element hands the browser, without saving it. */
async function download(el: QrBadge, format: 'svg' | 'png'): Promise<{ name: string; blob: Blob }> {
  const clicked = new Promise<HTMLAnchorElement>((resolve) => {
    shadow(el).addEventListener(
      'click',
      (event) => {
        const target = event.target as Element;
        if (target.localName === 'a' && target.hasAttribute('download')) {
          event.preventDefault();
          resolve(target as HTMLAnchorElement);
        }
      },
      { capture: true },
    );
  });
  shadow(el).querySelector<HTMLButtonElement>(`button[data-format="${format}"]`)!.click();
  const anchor = await clicked;
  expect(anchor.href).to.match(/^blob:/);
  const blob = await (await fetch(anchor.href)).blob();
  return { name: anchor.download, blob };
}

afterEach(async () => {
  document.documentElement.lang = 'en';
  await emulateMedia({ media: 'screen' });
});

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
