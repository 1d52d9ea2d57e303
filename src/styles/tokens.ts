import { css } from 'lit';
import { fonts } from './fonts.js';

/**
 * Design tokens. Each element reads these custom properties, so a host themes every element at
 * once by setting them on any ancestor (or `:root`). Defaults follow GOV.UK Frontend's palette,
 * which meets WCAG 2.2 AA contrast on white.
 *
 * The descriptions below are what custom-elements.json says for each element that reads the
 * property (scripts/manifest.mjs finds which do from their styles); an element's own `@cssprop`
 * overrides one for that element.
 *
 * @cssprop --vce-color-text - Text colour.
 * @cssprop --vce-color-secondary-text - Hint and secondary text colour.
 * @cssprop --vce-color-background - Fill of radios, checkboxes and text boxes.
 * @cssprop --vce-color-brand - Links and panel accents.
 * @cssprop --vce-color-input-border - Borders of radios, checkboxes and text boxes.
 * @cssprop --vce-color-error - Error messages and the borders of fields in error.
 * @cssprop --vce-color-button - Button background.
 * @cssprop --vce-color-button-text - Button text.
 * @cssprop --vce-color-button-shadow - The line under a button.
 * @cssprop --vce-color-focus - Focus highlight.
 * @cssprop --vce-color-focus-text - Text and underline of a focused link or button.
 * @cssprop --vce-color-panel - Background of confirmation and other panels.
 * @cssprop --vce-font-family - Font for Latin-script languages, and after each other script's own stack.
 * @cssprop --vce-font-family-arabic - Font for Arabic script (also Persian, Pashto, Sorani); default: fonts devices have (docs/translating.md).
 * @cssprop --vce-font-family-urdu - Font for Urdu; default: Nastaliq fonts devices have, then Naskh.
 * @cssprop --vce-font-family-bengali - Font for Bengali.
 * @cssprop --vce-font-family-gujarati - Font for Gujarati.
 * @cssprop --vce-font-family-gurmukhi - Font for Punjabi in Gurmukhi.
 * @cssprop --vce-font-family-tamil - Font for Tamil.
 * @cssprop --vce-font-family-chinese - Font for Simplified Chinese.
 * @cssprop --vce-font-size - Base text size.
 * @cssprop --vce-radius - Corner radius of buttons.
 * @cssprop --vce-space - The spacing unit: margins and padding are multiples of it.
 */
export const tokens = css`
  :host {
    --_text: var(--vce-color-text, #0b0c0c);
    --_secondary-text: var(--vce-color-secondary-text, #484949);
    --_background: var(--vce-color-background, #ffffff);
    --_brand: var(--vce-color-brand, #1d70b8);
    --_border: var(--vce-color-border, #0b0c0c);
    --_input-border: var(--vce-color-input-border, #0b0c0c);
    --_error: var(--vce-color-error, #d4351c);
    --_success: var(--vce-color-success, #00703c);
    --_button: var(--vce-color-button, #00703c);
    --_button-text: var(--vce-color-button-text, #ffffff);
    --_button-shadow: var(--vce-color-button-shadow, #002d18);
    --_focus: var(--vce-color-focus, #ffdd00);
    --_focus-text: var(--vce-color-focus-text, #0b0c0c);
    --_panel: var(--vce-color-panel, #f3f2f1);
    --_radius: var(--vce-radius, 0);
    --_space: var(--vce-space, 1rem);

    display: block;
    color: var(--_text);
    font-size: var(--vce-font-size, 1.1875rem);
    line-height: 1.4;
    box-sizing: border-box;
    /* Reflow at 320 px: a word longer than the line (Tamil and Bengali compounds, a long address)
       breaks rather than pushing the page sideways. Only words that do not fit are broken. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  ${fonts}
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * GOV.UK's focus style: a yellow fill with a thick dark underline, which shows on any background.
 * In forced colours the system's highlight outline is used instead.
 */
export const focusRing = css`
  :is(a, button, summary, [tabindex]:not([tabindex='-1'])):focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    :is(a, button, summary, input, textarea, select, [tabindex]):focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;

/** Hidden on screen, still read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Shared pieces of content design: hint text, error messages, buttons, links, panels. */
export const commonStyles = css`
  .hint {
    color: var(--_secondary-text);
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  a {
    color: var(--_brand);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0.5rem 0.75rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    color: var(--_button-text);
    background: var(--_button);
    box-shadow: 0 2px 0 var(--_button-shadow);
    font: inherit;
    font-weight: 500;
    line-height: 1.2;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    border-color: var(--_focus);
    outline: 3px solid transparent;
    box-shadow: inset 0 0 0 1px var(--_focus);
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  /* GOV.UK's secondary button: for actions that are not the main thing (downloads, cancelling). */
  .button--secondary {
    color: var(--_text);
    background: var(--_panel);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_panel), #000 40%);
  }
  /* On a panel of the same grey it would vanish: outlined there instead. */
  .panel .button--secondary {
    background: transparent;
    border-color: currentColor;
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  /* Headings that receive focus after a change (a confirmation, an error summary) so a screen
     reader reads them: outlined while focused, never filled like a control. */
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .phone-number {
    white-space: nowrap;
  }
  /* A link that is the whole of its line (a phone number to tap, a signposting line, an error
     summary entry): a 44 px target like a button. An inline-flex box with one child, so its text
     still reads as one piece and its baseline lines up with the text around it. Links inside a
     running sentence are left as text (WCAG 2.5.8's inline exception). */
  .target-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  /* GOV.UK's button group: a button and the link that goes with it ("How we use your
     information") side by side, one under the other when there is no room. */
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .button-group > * {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  /* The privacy link is a link of its own, not inside a sentence: a 44 px target like the button. */
  .privacy {
    display: flex;
    margin: 0;
  }
  .privacy__link {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .panel {
    padding: var(--_space);
    border-inline-start: 5px solid var(--_brand);
    background: var(--_panel);
    margin: 0 0 var(--_space);
  }
  .panel > :last-child {
    margin-bottom: 0;
  }
  h2,
  h3 {
    line-height: 1.25;
  }
  @media print {
    .button {
      display: none;
    }
    .target-link {
      display: inline;
      min-block-size: 0;
      min-inline-size: 0;
    }
  }
`;
