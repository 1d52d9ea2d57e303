import { html, type TemplateResult } from 'lit';
import { telHref } from './contact/phone-number.js';
import { inSentence } from './i18n/in-sentence.js';

/**
 * A phone number that reads left to right in any language. Without its own direction, a spaced
 * number inside Arabic or Urdu text has its groups shown in reverse order (`111 89 16 08 08`).
 */
export function phoneNumber(number: string): TemplateResult {
  return html`<bdi dir="ltr" class="phone-number">${number}</bdi>`;
}

/**
 * `text`, a sentence translated with `IN_SENTENCE` for `number` (`t('rights:call', { number: IN_SENTENCE })`), with the number kept left to right and,
 * when `link` is set, the whole sentence made a `tel:` link ("Call 0300 003 3601", "If you are
 * in danger now, call 999."): a 44 px target that says what it does, for a line that is there to
 * be tapped. Use it for a sentence that is a line of its own.
 */
export function sentenceWithNumber(text: string, number: string, link = false): TemplateResult {
  const sentence = inSentence(text, phoneNumber(number), number);
  // One span inside the link, so that the 44 px box keeps the sentence as one run of text.
  return link ? html`<a class="target-link" href=${telHref(number)}><span>${sentence}</span></a>` : sentence;
}
