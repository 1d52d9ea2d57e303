import type { ElementExample } from '../element-example.js';
import { html } from 'lit';
import type { QrBadge } from './qr-badge.component.js';
import './qr-badge.js';

/**
 * Every state of <qr-badge>, drawn once: Storybook shows each as a story and the tests run axe
 * over each in a left-to-right and a right-to-left language, so a new state is tested the day it
 * is drawn.
 */
export type QrBadgeExample = ElementExample<QrBadge>;

export const feedbackUrl = 'https://victims.example.police.uk/feedback?officer=4521&unit=B-Hackney&src=qr';
export const longUrl =
  'https://victims.example.police.uk/feedback/after-your-report/tell-us-how-we-did?officer=4521&unit=Hackney-Safer-Neighbourhoods-Team-B&ref=CAD-2026-000123&src=qr&lang=en-GB&campaign=leaflet-spring';
/** More than a QR code holds at any error correction (2,953 bytes at L). */
export const tooLongValue = `https://victims.example.police.uk/?${'x'.repeat(3000)}`;

export const qrBadgeExamples: QrBadgeExample[] = [
  { name: 'Default', render: () => html`<qr-badge value=${feedbackUrl}></qr-badge>` },
  ...(['L', 'M', 'Q', 'H'] as const).map((level) => ({
    name: `Error correction ${level}`,
    render: () => html`<qr-badge value=${feedbackUrl} error-correction=${level}></qr-badge>`,
  })),
  { name: 'Long URL', render: () => html`<qr-badge value=${longUrl} size="14rem"></qr-badge>` },
  { name: 'Phone number', render: () => html`<qr-badge value="tel:+442072301212" size="8rem"></qr-badge>` },
  {
    name: 'Unsafe value shown as text',
    render: () => html`<qr-badge value="javascript:alert(document.cookie)" size="8rem"></qr-badge>`,
  },
  { name: 'Address hidden', render: () => html`<qr-badge value=${feedbackUrl} hide-url size="8rem"></qr-badge>` },
  { name: 'Value too long', render: () => html`<qr-badge value=${tooLongValue}></qr-badge>` },
  { name: 'Empty', render: () => html`<qr-badge></qr-badge>` },
  {
    name: 'Dark theme',
    // The page goes dark; the code keeps its light quiet zone, since inverted codes often fail to scan.
    render: () => html`<div
      style="padding: 1rem; background: #0b0c0c; color: #ffffff; --vce-color-text: #ffffff; --vce-color-brand: #8cc4ff; --vce-color-panel: #2e3133;"
    >
      <qr-badge value=${feedbackUrl} downloadable></qr-badge>
    </div>`,
  },
  {
    name: 'RTL label',
    render: () => html`<qr-badge lang="ar" label="رمز QR لصفحة تقييم الخدمة" value="https://example.org/?q=café-قانون"></qr-badge>`,
  },
  {
    name: 'Print preview',
    // Print styles apply only when printing; this draws the same layout on screen: the code at
    // 25 mm with its address beside it, and no buttons.
    render:
      () => html`<div class="qr-print-preview" style="max-width: 105mm; padding: 8mm; border: 1px solid #b1b4b6; background: #ffffff;">
      <style>
        .qr-print-preview qr-badge::part(badge) {
          flex-direction: row;
          align-items: center;
          gap: 5mm;
        }
        .qr-print-preview qr-badge::part(code) {
          flex: none;
        }
        .qr-print-preview qr-badge::part(downloads) {
          display: none;
        }
      </style>
      <qr-badge value=${feedbackUrl} size="25mm" downloadable></qr-badge>
    </div>`,
  },
  {
    name: 'Downloadable',
    render: () => html`<qr-badge value=${feedbackUrl} label="Victim feedback, Hackney B" downloadable></qr-badge>`,
  },
];
