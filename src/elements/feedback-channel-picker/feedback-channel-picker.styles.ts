import { css } from 'lit';
import { choiceStyles } from '../../styles/choices.js';
import { fieldStyles } from '../../styles/fields.js';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

const own = css`
  .base {
    max-width: 40rem;
  }
  [hidden] {
    display: none !important;
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

  .input {
    /* GOV.UK's 40 px box, raised to the project's 44 px target. */
    height: max(2.75rem, 44px);
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
    justify-content: start;
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
    .reveal,
    .hours__row {
      border-color: CanvasText;
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, choiceStyles, fieldStyles, own];
