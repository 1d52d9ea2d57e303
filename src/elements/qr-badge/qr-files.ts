import type { QrCodeDrawing } from '../../core/qr/qr-encode.js';
import { hex, type Rgba } from './qr-colours.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The PNG is at least this many pixels wide: about 8.5 cm at 300 dpi. */
const PNG_MIN_PIXELS = 1000;

export interface QrColours {
  code: Rgba;
  background: Rgba;
}

/** `Victim feedback, Unit 4` → `victim-feedback-unit-4`; letters of any script are kept. */
export function fileSlug(label: string | undefined, fallback = 'qr-code'): string {
  const slug = (label ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

function paint(element: Element, colour: Rgba): void {
  element.setAttribute('fill', hex(colour));
  if (colour.a < 1) element.setAttribute('fill-opacity', String(Math.round(colour.a * 1000) / 1000));
}

/**
 * A standalone SVG file of the code: quiet zone included, colours written in, and the accessible
 * name as its `<title>`. Built as DOM and serialised, so no text can break out of the markup.
 */
export function svgFile(code: QrCodeDrawing, colours: QrColours, title: string): Blob {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const side = String(code.size * 10);
  svg.setAttribute('viewBox', `0 0 ${code.size} ${code.size}`);
  svg.setAttribute('width', side);
  svg.setAttribute('height', side);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  const titleElement = doc.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', String(code.size));
  rect.setAttribute('height', String(code.size));
  paint(rect, colours.background);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', code.path);
  paint(path, colours.code);
  svg.append(titleElement, rect, path);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
  return new Blob([text], { type: 'image/svg+xml' });
}

/**
 * A PNG of the code for print: at least 1000 pixels wide, a whole number of pixels per module so
 * every edge is sharp, quiet zone included.
 */
export function pngFile(code: QrCodeDrawing, colours: QrColours): Promise<Blob> {
  const scale = Math.ceil(PNG_MIN_PIXELS / code.size);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = code.size * scale;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas to draw the PNG on.'));
  const css = ({ r, g, b, a }: Rgba) => `rgb(${r} ${g} ${b} / ${a})`;
  context.fillStyle = css(colours.background);
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.fillStyle = css(colours.code);
  context.fill(new Path2D(code.path));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}
