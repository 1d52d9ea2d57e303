import { css } from 'lit';
import { choiceStyles } from '../../styles/choices.js';
import { fieldStyles } from '../../styles/fields.js';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

const own = css`
  .base {
    max-width: 40rem;
  }
  textarea {
    min-height: 6.5em;
    margin-bottom: 5px;
    resize: vertical;
  }
  .count {
    margin: 0 0 var(--_space);
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
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

  @media print {
    .option input:not(:checked) + label {
      color: var(--_secondary-text);
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, choiceStyles, fieldStyles, own];
