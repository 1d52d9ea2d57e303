import { html, type TemplateResult } from 'lit';

/** A `tel:` address for a number written for people (`08 08 16 89 111` → `tel:08081689111`). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * A phone number that reads left to right in any language. Without its own direction, a spaced
 * number inside Arabic or Urdu text has its groups shown in reverse order (`111 89 16 08 08`).
 */
export function phoneNumber(number: string): TemplateResult {
  return html`<bdi dir="ltr" class="phone-number">${number}</bdi>`;
}

/**
 * `text`, a translated sentence containing `number`, with the number kept left to right and,
 * when `link` is set, made a `tel:` link on its own.
 */
export function sentenceWithNumber(text: string, number: string, link = false): TemplateResult {
  const at = text.indexOf(number);
  // A number to tap is a 44 px target even inside a sentence: it is what the sentence is for.
  const shown = link ? html`<a class="target-link" href=${telHref(number)}>${phoneNumber(number)}</a>` : phoneNumber(number);
  if (at < 0) return html`${text} ${shown}`;
  return html`${text.slice(0, at)}${shown}${text.slice(at + number.length)}`;
}
