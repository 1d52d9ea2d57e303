import type { TemplateResult } from 'lit';

/**
 * One state of an element, drawn once in `<tag>.examples.ts`: Storybook shows it as a story and the
 * tests run axe over it in a left-to-right and a right-to-left language.
 */
export interface ElementExample<T extends HTMLElement> {
  name: string;
  render: () => TemplateResult;
  /** Brings the element into the state after it renders. */
  prepare?: (element: T) => Promise<void> | void;
}
