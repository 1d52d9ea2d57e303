import { expect } from '@open-wc/testing';
import jsQR from 'jsqr';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import type { QrBadge } from './qr-badge.js';
import { qrBadgeExamples } from './qr-badge.examples.js';

// What the badge's test files (qr-badge*.test.ts) share: its parts, its examples drawn as their
// stories are, and reading the code back as a phone camera would, from the page or from a
// downloaded file. Not a test file itself.

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const nonAscii = 'https://example.org/?q=café-قانون';

export const shadow = (el: QrBadge) => el.shadowRoot!;
export const code = (el: QrBadge) => shadow(el).querySelector<SVGSVGElement>('svg[part="code"]');
export const modules = (el: QrBadge) => Number(code(el)!.getAttribute('viewBox')!.split(' ')[2]);
export const address = (el: QrBadge) => shadow(el).querySelector<HTMLElement>('[part="address"]');
export const link = (el: QrBadge) => shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]');
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The example called `name` (qr-badge.examples.ts), drawn as its story is. */
export const example = (name: string, options?: ExampleOptions) => renderExample<QrBadge>('qr-badge', qrBadgeExamples, name, options);

export async function imageData(source: Blob, width: number, height = width): Promise<ImageData> {
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
export async function rendered(el: QrBadge, dpi = 96): Promise<ImageData> {
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
export function decode(image: ImageData): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

export const decodeRendered = async (el: QrBadge, dpi = 96) => decode(await rendered(el, dpi));

export function pixel(image: ImageData, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}
const isLight = ([r, g, b]: number[]) => r! > 200 && g! > 200 && b! > 200;
const isDark = ([r, g, b]: number[]) => r! < 60 && g! < 60 && b! < 60;

/** Every pixel in the outer four modules is background, and the finder patterns start just inside. */
export function expectQuietZone(image: ImageData, count: number): void {
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
export async function download(el: QrBadge, format: 'svg' | 'png'): Promise<{ name: string; blob: Blob }> {
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
