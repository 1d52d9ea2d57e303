import { html, type TemplateResult } from 'lit';

/**
 * Stands for a value inside a translated sentence where the value is drawn as markup of its own (a
 * link, a number kept left to right): `t('qr:or.web', { address: IN_SENTENCE })`. A private-use
 * character, so neither a translation nor a value contains it.
 */
export const IN_SENTENCE = '\uE000';

/**
 * `sentence` (translated with `IN_SENTENCE` for the value) with `part` drawn where the value goes.
 * A translation that writes the value in itself (`call 999`) has it found as `written`; a
 * translation that lost the value has `part` after the sentence, so it is never missing.
 */
export function inSentence(sentence: string, part: TemplateResult, written?: string): TemplateResult {
  let at = sentence.indexOf(IN_SENTENCE);
  let length = IN_SENTENCE.length;
  if (at < 0 && written) {
    at = sentence.indexOf(written);
    length = written.length;
  }
  return at < 0 ? html`${sentence} ${part}` : html`${sentence.slice(0, at)}${part}${sentence.slice(at + length)}`;
}
