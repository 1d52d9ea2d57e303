import { inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import type { FeedbackChannelPicker } from './feedback-channel-picker.component.js';
import { feedbackChannelPickerExamples } from './feedback-channel-picker.examples.js';

// What the picker's test files (feedback-channel-picker*.test.ts) share: its parts, its examples
// drawn as their stories are, and a person's choosing and filling in. Not a test file itself.

export type Picker = FeedbackChannelPicker;
export const part = (el: Picker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const $ = <T extends Element = HTMLElement>(el: Picker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Picker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const radio = (el: Picker, channel: string) => $<HTMLInputElement>(el, `#channel-${channel}`)!;
export const ENDPOINTLESS = '/never-used';

export const inLanguage = (lang: string, template: unknown) =>
  inLanguageOf<FeedbackChannelPicker>('feedback-channel-picker', lang, template);

/** The example called `name` (feedback-channel-picker.examples.ts), drawn as its story is. */
export const example = (name: string, options?: ExampleOptions) =>
  renderExample<Picker>('feedback-channel-picker', feedbackChannelPickerExamples, name, options);
/** An example that sends contact requests, sending them to `endpoint` (one scripted for the test) instead. */
export const sendingTo = (endpoint: { url: string }, name: string, options: ExampleOptions = {}) =>
  example(name, { ...options, attributes: { endpoint: endpoint.url } });

/** Chooses `channel` as a pointer user would, by its label. */
export async function choose(el: Picker, channel: string): Promise<void> {
  $<HTMLLabelElement>(el, `label[for="channel-${channel}"]`)!.click();
  await el.updateComplete;
}

export async function fill(el: Picker, channel: string, address: string, safe: boolean, consent: boolean): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${channel}-address`)!;
  input.value = address;
  input.dispatchEvent(new Event('input'));
  if (safe !== $<HTMLInputElement>(el, `#${channel}-safe`)!.checked) $<HTMLInputElement>(el, `#${channel}-safe`)!.click();
  if (consent !== $<HTMLInputElement>(el, `#${channel}-consent`)!.checked) $<HTMLInputElement>(el, `#${channel}-consent`)!.click();
  await el.updateComplete;
}

export const submit = async (el: Picker, channel: string) => {
  $<HTMLButtonElement>(el, `#reveal-${channel} [part="submit"]`)!.click();
  await el.updateComplete;
};
