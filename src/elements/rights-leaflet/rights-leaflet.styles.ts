import { css } from 'lit';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';
import { printStyles } from './rights-leaflet.print.styles.js';

const screen = css`
  :host {
    --_rule: var(--vce-leaflet-rule-color, #b1b4b6);
  }
  .base {
    position: relative;
    max-inline-size: var(--vce-leaflet-max-width, 44rem);
  }
  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  /* The <quick-exit> bar is sticky itself: inside the leaflet it stays in reach while the
     leaflet scrolls. */
  .quick-exit {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .languages__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .languages__button {
    min-block-size: 44px;
    min-inline-size: 44px;
    /* No border until pressed (a transparent one would show in forced colours): the padding
       keeps every button the same height. */
    padding: 0.25rem 0.25rem calc(0.25rem + 3px);
    border: 0;
    color: var(--_brand);
    background: none;
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .languages__button:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  /* The language in use reads as plain bold text with a rule under it, as GOV.UK marks the current one. */
  .languages__button[aria-pressed='true'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
    padding-block-end: 0.25rem;
    border-block-end: 3px solid currentColor;
  }

  .title {
    margin: 0 0 var(--_space);
    font-size: 2rem;
    line-height: 1.15;
  }
  .intro:first-of-type {
    font-size: 1.15em;
  }
  .emergency {
    margin-block: var(--_space) calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 5px solid var(--_error);
    background: var(--_panel);
    font-weight: 700;
  }
  .contact {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-inline-start: 5px solid var(--_brand);
    background: var(--_panel);
  }
  .contact > :last-child {
    margin-block-end: 0;
  }
  .hours__heading {
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 700;
  }
  .hours {
    padding: 0;
    list-style: none;
  }

  .section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .section__heading {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.75);
    font-size: 1.5rem;
  }

  .rights {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .right {
    padding-block: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    border-block-start: 1px solid var(--_rule);
  }
  .right__heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.2rem;
  }
  .right__number {
    display: block;
    color: var(--_secondary-text);
    font-size: 0.85em;
    font-weight: 400;
  }
  .right__details {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  /* GOV.UK's details component: a link-like summary with its arrow, text indented under a grey rule. */
  summary {
    display: list-item;
    inline-size: fit-content;
    /* A 44 px target: GOV.UK's summary is a line of text, too small to tap on a phone. */
    min-block-size: 44px;
    padding-block: 0.5rem;
    color: var(--_brand);
    cursor: pointer;
  }
  .summary__text {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  summary:hover .summary__text {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  summary:focus-visible .summary__text {
    text-decoration: none;
  }
  .right__list {
    margin-block: calc(var(--_space) * 0.5) 0;
    padding-block: calc(var(--_space) * 0.25);
    padding-inline: 1.25rem 0;
    border-inline-start: 5px solid var(--_rule);
    padding-inline-start: calc(15px + 1.25rem);
  }
  .right__list li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }

  .services {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: calc(var(--_space) * 0.75);
    padding: 0;
    list-style: none;
  }
  .service {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_rule);
    border-inline-start: 5px solid var(--_brand);
  }
  .service p {
    margin: 0 0 calc(var(--_space) * 0.25);
  }
  .service p:last-child {
    margin: 0;
  }
  .service__name {
    font-weight: 700;
  }
  .service__note {
    color: var(--_secondary-text);
  }
  .phone-number {
    white-space: nowrap;
    font-weight: 700;
  }

  .feedback__link .button {
    margin: 0;
    text-decoration: none;
  }
  .feedback__link .button:visited,
  .feedback__link .button:hover {
    color: var(--_button-text);
  }
  .feedback__link .button:focus-visible {
    color: var(--_focus-text);
  }
  .feedback__code {
    display: block;
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .footer {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_rule);
    color: var(--_secondary-text);
    font-size: 0.85em;
  }
  .footer__draft {
    font-weight: 700;
  }
  .footer__sources-label {
    margin-block-end: 0;
  }
  .footer__sources {
    padding: 0;
    list-style: none;
  }
  .footer__sources a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }

  @media (max-width: 30rem) {
    .title {
      font-size: 1.6rem;
    }
    .section__heading {
      font-size: 1.3rem;
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, screen, printStyles];
