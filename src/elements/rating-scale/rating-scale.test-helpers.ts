import { inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import type { RatingScale } from './rating-scale.component.js';
import { ratingScaleExamples } from './rating-scale.examples.js';

// What the rating's test files (rating-scale*.test.ts) share: its parts and its examples drawn as
// their stories are. Not a test file itself.

export const radios = (el: RatingScale) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
export const part = (el: RatingScale, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const inLanguage = (lang: string, template: unknown) => inLanguageOf<RatingScale>('rating-scale', lang, template);
/** The example called `name` (rating-scale.examples.ts), drawn as its story is. */
export const example = (name: string, options?: ExampleOptions) =>
  renderExample<RatingScale>('rating-scale', ratingScaleExamples, name, options);
