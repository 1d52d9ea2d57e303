import { css } from 'lit';

/**
 * GOV.UK's radios and checkboxes, shared by every element that asks a question: a fieldset with
 * the question as its legend; the native input stays in place, transparent and 44px square, so
 * touch, screen readers and voice control meet the real control, and the label draws the box.
 * Markup: `.group > .legend + .options > .option > input + label` (`.checkbox` for a checkbox).
 */
export const choiceStyles = css`
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

  :host([readonly]) .option input,
  :host([readonly]) .option label {
    cursor: default;
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
  }
`;
