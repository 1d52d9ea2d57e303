import { css } from 'lit';

/**
 * The leaflet on paper: A4, at most two sides at the default text size. Every detail is open
 * (the element opens them on `beforeprint`; `::details-content` covers print paths that fire no
 * event, such as a headless browser making a PDF), nothing that only works on screen is shown,
 * numbers and addresses are written in full, and the QR code is at least 25 mm (qr-badge's own rule).
 */
export const printStyles = css`
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
