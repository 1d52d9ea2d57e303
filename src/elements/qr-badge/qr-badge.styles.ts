import { css } from 'lit';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

const own = css`
  :host {
    --_qr-color: var(--vce-qr-color, #0b0c0c);
    --_qr-background: var(--vce-qr-background, #ffffff);
  }
  .badge {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: var(--_space);
  }
  .code {
    display: block;
    /* Below about 3 pixels a module, cameras and decoders start to miss codes on screen. */
    inline-size: max(var(--_size, 10rem), calc(var(--_modules, 0) * 3px));
    max-inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    /* A code must stay dark on light to scan, whatever the system's colour scheme. */
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .code rect {
    fill: var(--_qr-background);
  }
  .code path {
    fill: var(--_qr-color);
  }
  .error {
    display: flex;
    align-items: center;
    inline-size: var(--_size, 10rem);
    max-inline-size: 100%;
    min-block-size: var(--_size, 10rem);
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 3px dashed var(--_error);
    color: var(--_error);
    font-weight: 700;
    line-height: 1.3;
  }
  .address {
    max-inline-size: 100%;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .address--clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .downloads .button {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  @media print {
    .badge {
      flex-direction: row;
      align-items: center;
      gap: 5mm;
      break-inside: avoid;
    }
    .code {
      /* Printed codes are sized from their density: no module under 0.33 mm, what a phone at
         arm's length needs, so (modules + 8 of quiet zone) × 0.33 mm, and never under 25 mm.
         --_modules already counts the quiet zone. A 200-character address at H is 85 modules
         across: 28.05 mm. */
      inline-size: max(25mm, calc(var(--_modules, 0) * 0.33mm), var(--_size, 10rem));
      flex: none;
    }
    .error {
      inline-size: max(25mm, var(--_size, 10rem));
      min-block-size: max(25mm, var(--_size, 10rem));
    }
    .address {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    a {
      color: inherit;
    }
    .downloads {
      display: none;
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, own];
