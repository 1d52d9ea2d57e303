import { css } from 'lit';
import { commonStyles, focusRing, tokens, visuallyHidden } from '../../styles/tokens.js';

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

/**
 * The leaflet on paper: A4, at most two sides at the default text size. Every detail is open
 * (the element opens them on `beforeprint`; `::details-content` covers print paths that fire no
 * event, such as a headless browser making a PDF), nothing that only works on screen is shown,
 * numbers and addresses are written in full, and the QR code is at least 25 mm (qr-badge's own rule).
 */
const print = css`
  @media print {
    :host {
      --_text: #000;
      --_secondary-text: #333;
      --_brand: #000;
      color: #000;
      font-size: 8.6pt;
      line-height: 1.28;
    }
    .base {
      max-inline-size: none;
    }
    .quick-exit,
    .languages,
    .feedback__link,
    summary {
      display: none !important;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    p,
    ul,
    ol {
      margin-block-end: 1.2mm;
    }
    .title {
      margin-block-end: 2mm;
      font-size: 17pt;
    }
    .intro:first-of-type {
      font-size: 1em;
    }
    .emergency,
    .contact {
      margin-block: 2mm 2.5mm;
      padding: 1.5mm 3mm;
      background: none;
      border-inline-start-width: 1.5mm;
    }
    .contact {
      margin-block-end: 2.5mm;
    }
    .section {
      margin-block-end: 2.5mm;
    }
    .section__heading {
      margin: 3mm 0 1.5mm;
      font-size: 11.5pt;
      break-after: avoid;
    }
    .rights {
      columns: 2;
      column-gap: 6mm;
    }
    .right {
      padding-block: 1.2mm 0.4mm;
      break-inside: avoid;
    }
    .right__heading {
      margin-block-end: 0.6mm;
      font-size: 9pt;
    }
    .right__number {
      display: inline;
      font-weight: 700;
    }
    .right__number::after {
      content: ' · ';
    }
    .right__summary {
      margin-block-end: 0.6mm;
    }
    .right__details {
      margin: 0;
    }
    .right__list {
      margin: 0 0 1mm;
      padding-block: 0;
      padding-inline-start: 4mm;
      border-inline-start: 0;
    }
    .right__list li + li {
      margin-block-start: 0.3mm;
    }
    /* On paper the short sentences run on as paragraphs and the shorter sections sit side by
       side, so that the whole leaflet fits on both sides of one sheet. */
    .intro,
    .sections .section > p {
      display: inline;
    }
    .intro::after,
    .sections .section > p::after {
      content: ' ';
    }
    .sections {
      columns: 2;
      column-gap: 6mm;
      margin-block-start: 3mm;
    }
    .sections .section {
      break-inside: avoid;
    }
    .sections .section__heading {
      margin-block-start: 0;
    }
    .sections .services {
      grid-template-columns: 1fr;
      margin-block-start: 1.5mm;
    }
    /* Four across: the seven built-in services fill two rows, not three with one left alone. */
    .services {
      grid-template-columns: repeat(4, 1fr);
      gap: 1.5mm;
    }
    /* The opening times run on in one line: "Opening times (UK time): Monday to Friday: … · …". */
    .hours__heading,
    .hours,
    .hours li {
      display: inline;
    }
    .hours__heading::after {
      content: ' ';
    }
    .hours li + li::before {
      content: ' · ';
    }
    .service {
      padding: 1.2mm 2mm;
      border-width: 0.2mm;
      border-inline-start-width: 1mm;
      break-inside: avoid;
    }
    /* The invitation beside its code, not above it: Welsh and Polish, longer than English,
       still end on the second side. */
    .feedback {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 6mm;
      align-items: start;
      break-inside: avoid;
    }
    .feedback > :not(.feedback__code) {
      grid-column: 1;
    }
    .feedback__code {
      grid-column: 2;
      grid-row: 1 / span 4;
      margin-block-start: 3mm;
      --vce-font-size: 9pt;
    }
    .footer__sources-label,
    .footer__sources,
    .footer__sources li {
      display: inline;
    }
    .footer__sources a {
      display: inline;
      padding: 0;
    }
    .footer__sources li + li::before {
      content: ' · ';
    }
    .footer {
      margin-block-start: 2mm;
      padding-block-start: 1.5mm;
      font-size: 7.5pt;
      break-inside: avoid;
    }
  }
`;

export const styles = [tokens, focusRing, visuallyHidden, commonStyles, screen, print];
