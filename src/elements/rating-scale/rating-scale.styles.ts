import { css } from 'lit';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

const own = css`
  .base {
    max-width: 40rem;
  }
  .group {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group--error {
    padding-inline-start: 15px;
    border-inline-start: 5px solid var(--_error);
  }
  .legend {
    display: table; /* Lets the legend wrap inside the fieldset on narrow screens. */
    max-width: 100%;
    margin-bottom: calc(var(--_space) * 0.75);
    padding: 0;
    font-size: clamp(1.25rem, 1.1rem + 0.8vw, 1.5rem);
    font-weight: 700;
    line-height: 1.25;
    white-space: normal;
  }

  /* GOV.UK's radios: the native input stays in place, transparent and 44px square, so touch,
     screen readers and voice control meet the real control; the circle is drawn by the label. */
  .options {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .option {
    position: relative;
    min-height: 40px;
    padding-inline-start: 40px;
  }
  .option input {
    position: absolute;
    z-index: 1;
    top: -2px;
    inset-inline-start: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option label {
    display: inline-block;
    padding: 8px 15px 5px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .option label::before {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 40px;
    height: 40px;
    border: 2px solid var(--_input-border);
    border-radius: 50%;
    background: var(--_background);
  }
  .option label::after {
    content: '';
    position: absolute;
    top: 10px;
    inset-inline-start: 10px;
    width: 0;
    height: 0;
    border: 10px solid currentColor;
    border-radius: 50%;
    opacity: 0;
  }
  .option input:checked + label::after {
    opacity: 1;
  }
  .option input:focus-visible + label::before {
    border-width: 4px;
    outline: 3px solid transparent; /* Shows as a real outline in forced colours. */
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .option input:disabled,
  .option input:disabled + label {
    cursor: not-allowed;
  }
  .option input:disabled + label {
    opacity: 0.5;
  }
  :host([readonly]) .option input,
  :host([readonly]) .option label {
    cursor: default;
  }

  .field {
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .field--error {
    padding-inline-start: 15px;
    border-inline-start: 5px solid var(--_error);
  }
  .label {
    display: block;
    margin-bottom: 5px;
    font-weight: 700;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 6.5em;
    margin: 0 0 5px;
    padding: 5px;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: inherit;
    background: var(--_background);
    font: inherit;
    resize: vertical;
  }
  textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .field--error textarea {
    border-color: var(--_error);
  }
  .count {
    margin: 0 0 var(--_space);
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
  }
  .status:empty {
    display: none;
  }
  .panel__heading,
  .signposting__heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.5rem;
  }
  .panel--error {
    border-inline-start-color: var(--_error);
  }
  .signposting p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  @media (forced-colors: active) {
    .option label::before {
      border-color: CanvasText;
    }
    .option label::after {
      border-color: CanvasText;
    }
    .option input:focus-visible + label::before {
      outline-color: Highlight;
    }
  }
  @media print {
    .option input:not(:checked) + label {
      color: var(--_secondary-text);
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, own];
