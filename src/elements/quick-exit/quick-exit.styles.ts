import { css } from 'lit';
import { tokens, visuallyHidden } from '../../styles/tokens.js';

export const styles = [
  tokens,
  visuallyHidden,
  css`
    /* Sticky on the host itself, so the bar stays in reach for as long as its container scrolls:
       placed as a child of <body>, that is the whole page. */
    :host(:not([placement='static'])) {
      position: sticky;
      inset-block-start: 0;
      z-index: 1000;
    }
    /* Only the button takes pointer events and paint: the rest of the strip is see-through, so it
       never hides what is beside the button. */
    .bar {
      display: flex;
      justify-content: flex-end;
      padding-block: 0.5rem;
      pointer-events: none;
    }
    :host([placement='static']) .bar {
      pointer-events: auto;
    }
    .button {
      pointer-events: auto;
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-block-size: 44px;
      min-inline-size: 44px;
      margin: 0;
      padding: 0.5rem 1rem;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      color: #fff;
      background: var(--_error);
      box-shadow: 0 2px 0 #55150b;
      font: inherit;
      font-weight: 700;
      line-height: 1.2;
      cursor: pointer;
    }
    .button:hover {
      filter: brightness(0.9);
    }
    .button:focus-visible {
      outline: 3px solid transparent;
      color: var(--_focus-text);
      background: var(--_focus);
      box-shadow: 0 2px 0 var(--_focus-text);
    }
    /* GOV.UK's three lights: how many of the 3 Shift presses have been made. Shown only while
       counting, hidden from screen readers (the status region says it in words). */
    .indicator {
      display: none;
      gap: 0.375rem;
      margin-block-start: 0.25rem;
    }
    .indicator--on {
      display: flex;
    }
    .light {
      inline-size: 0.625rem;
      block-size: 0.625rem;
      border: 2px solid currentColor;
      border-radius: 50%;
    }
    .light--on {
      background: currentColor;
    }
    /* While leaving: the whole viewport covered in the top layer, so nothing of the page shows
       while the next one loads, and nothing behind it can be reached. */
    .overlay {
      position: fixed;
      inset: 0;
      inline-size: 100vw;
      block-size: 100vh;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      padding: var(--_space);
      border: 0;
      color: var(--_text);
      background: var(--_background);
      font: inherit;
    }
    .overlay::backdrop {
      background: var(--_background);
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
      }
      .light--on {
        background: ButtonText;
      }
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
