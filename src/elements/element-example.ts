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

/** The example called `name`: a name that is not there, or is there twice, throws, naming those that are. */
export function exampleNamed<T extends HTMLElement>(examples: ElementExample<T>[], name: string): ElementExample<T> {
  const found = examples.filter((example) => example.name === name);
  if (found.length !== 1) {
    const names = examples.map((example) => `"${example.name}"`).join(', ');
    throw new Error(`${found.length ? 'Two examples' : 'No example'} named "${name}"; there are ${names}`);
  }
  return found[0]!;
}

/**
 * Brings `element`, as `example.render()` drew it, into the example's state, the same way for a
 * story's play function and for a test: rendered, then `prepare`, then rendered again.
 */
export async function prepareExample<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  example: ElementExample<T>,
  element: T,
): Promise<void> {
  await element.updateComplete;
  await example.prepare?.(element);
  await element.updateComplete;
}
