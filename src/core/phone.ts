import { html, type TemplateResult } from 'lit';
import { telHref } from './contact/phone-number.js';

/**
 * A phone number that reads left to right in any language. Without its own direction, a spaced
 * number inside Arabic or Urdu text has its groups shown in reverse order (`111 89 16 08 08`).
 */
export function phoneNumber(number: string): TemplateResult {
  return html`<bdi dir="ltr" class="phone-number">${number}</bdi>`;
}

/**
 * `text`, a translated sentence containing `number`, with the number kept left to right and,
 * when `link` is set, the whole sentence made a `tel:` link ("Call 0300 003 3601", "If you are
 * in danger now, call 999."): a 44 px target that says what it does, for a line that is there to
 * be tapped. Use it for a sentence that is a line of its own.
 */
export function sentenceWithNumber(text: string, number: string, link = false): TemplateResult {
  const at = text.indexOf(number);
  const sentence = at < 0 ? html`${text} ${phoneNumber(number)}` : html`${text.slice(0, at)}${phoneNumber(number)}${text.slice(at + number.length)}`;
  // One span inside the link, so that the 44 px box keeps the sentence as one run of text.
  return link ? html`<a class="target-link" href=${telHref(number)}><span>${sentence}</span></a>` : sentence;
}
