import { defineElement } from '../../define.js';
import { QrBadge } from './qr-badge.component.js';

export { QrBadge };
export type { QrErrorDetail, QrErrorCorrection, QrEncodeErrorReason } from './qr-badge.component.js';
defineElement('qr-badge', QrBadge);

declare global {
  interface HTMLElementTagNameMap {
    'qr-badge': QrBadge;
  }
  interface HTMLElementEventMap {
    'qr-error': CustomEvent<import('./qr-badge.component.js').QrErrorDetail>;
  }
}
