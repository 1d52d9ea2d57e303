import { css } from 'lit';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

const own = css`
  .base {
    max-width: 40rem;
  }
  [hidden] {
    display: none !important;
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
    margin-bottom: calc(var(--_space) * 0.5);
    padding: 0;
    font-size: clamp(1.25rem, 1.1rem + 0.8vw, 1.5rem);
    font-weight: 700;
    line-height: 1.25;
    white-space: normal;
  }

  /* GOV.UK's radios and checkboxes: the native input stays in place, transparent and 44px square,
     so touch, screen readers and voice control meet the real control; the label draws the box. */
  .options {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .option,
  .checkbox {
    position: relative;
    min-height: 40px;
    padding-inline-start: 40px;
  }
  .option input,
  .checkbox input {
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
  .option label,
  .checkbox label {
    display: inline-block;
    padding: 8px 15px 5px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .option label::before,
  .checkbox label::before {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 40px;
    height: 40px;
    border: 2px solid var(--_input-border);
    background: var(--_background);
  }
  .option label::before {
    border-radius: 50%;
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
  /* The tick: two borders of a rotated box. Rotation is the same either way round, so it is not mirrored. */
  .checkbox label::after {
    content: '';
    position: absolute;
    top: 11px;
    inset-inline-start: 9px;
    width: 23px;
    height: 12px;
    border: solid currentColor;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    transform: rotate(-45deg);
    opacity: 0;
  }
  .option input:checked + label::after,
  .checkbox input:checked + label::after {
    opacity: 1;
  }
  .option input:focus-visible + label::before,
  .checkbox input:focus-visible + label::before {
    border-width: 4px;
    outline: 3px solid transparent; /* Shows as a real outline in forced colours. */
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .option input:disabled,
  .option input:disabled + label,
  .checkbox input:disabled,
  .checkbox input:disabled + label {
    cursor: not-allowed;
  }
  .option input:disabled + label,
  .checkbox input:disabled + label {
    opacity: 0.5;
  }
  .option__hint,
  .checkbox__hint {
    display: block;
    margin: 0;
    padding-inline: 15px;
  }

  /* GOV.UK's conditional reveal: a grey rule down from the middle of the chosen radio. */
  .reveal {
    margin-inline-start: 18px;
    padding-inline-start: 33px;
    border-inline-start: 4px solid var(--vce-color-reveal-border, #b1b4b6);
    margin-bottom: 5px;
  }
  .reveal > :last-child,
  .reveal > form > :last-child {
    margin-bottom: 0;
  }
  .reveal p {
    margin-top: 0;
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
  .input {
    display: block;
    width: 100%;
    height: 2.5rem;
    margin: 0;
    padding: 5px;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: inherit;
    background: var(--_background);
    font: inherit;
    /* Numbers and addresses are left to right even in Arabic; align them with the text around. */
    text-align: start;
  }
  .base[dir='rtl'] .input {
    text-align: right;
  }
  .input--tel {
    max-width: 20ch;
  }
  .input--email {
    max-width: 30ch;
  }
  .input:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .field--error .input {
    border-color: var(--_error);
  }
  .status:empty {
    display: none;
  }

  .error-summary {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 5px solid var(--_error);
  }
  /* Focus lands here after a failed submit: a thick outline, not the yellow fill of a focused link,
     so the red messages keep their contrast. */
  .error-summary:focus,
  .error-summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    color: inherit;
    background: none;
    box-shadow: none;
  }
  .error-summary__title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5rem;
  }
  .error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary__list li + li {
    margin-top: 5px;
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 700;
  }

  /* A 44px target; inline-block (not flex) keeps the space before the number. */
  .action-link {
    display: inline-block;
    padding-block: 9px;
    font-weight: 700;
  }
  .reveal .button {
    margin-bottom: var(--_space);
    text-decoration: none;
  }

  .hours__heading {
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
    font-size: 1.1875rem;
  }
  .hours__list {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .hours__row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1ch;
    padding: 5px 0;
    border-bottom: 1px solid var(--vce-color-reveal-border, #b1b4b6);
  }
  .hours__row dt {
    flex: 1 1 12rem;
    font-weight: 700;
  }
  .hours__row dd {
    flex: 1 1 12rem;
    margin: 0;
  }
  .open-status {
    margin-bottom: 5px;
    font-weight: 700;
  }

  .panel__heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.5rem;
  }
  .panel__heading:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .panel--error {
    border-inline-start-color: var(--_error);
  }

  @media (forced-colors: active) {
    .option label::before,
    .option label::after,
    .checkbox label::before {
      border-color: CanvasText;
    }
    .checkbox label::after {
      border-color: CanvasText;
      border-top-color: transparent;
    }
    .option input:focus-visible + label::before,
    .checkbox input:focus-visible + label::before {
      outline-color: Highlight;
    }
    .reveal,
    .hours__row {
      border-color: CanvasText;
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, own];
