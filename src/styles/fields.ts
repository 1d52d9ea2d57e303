import { css } from 'lit';

/**
 * GOV.UK's text fields, shared by every element with a text box: `.field` around a `.label`, hint,
 * error message and `.input` or `textarea`; `.field--error` adds the red rule and border.
 */
export const fieldStyles = css`
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
  .input,
  textarea {
    display: block;
    width: 100%;
    margin: 0;
    padding: 5px;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: inherit;
    background: var(--_background);
    font: inherit;
  }
  .input:focus,
  textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .field--error :is(.input, textarea) {
    border-color: var(--_error);
  }
  .status:empty {
    display: none;
  }
`;
