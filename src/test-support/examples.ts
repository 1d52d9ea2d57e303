import { fixture, html } from '@open-wc/testing';
import { nothing, type LitElement } from 'lit';
import { exampleNamed, prepareExample, type ElementExample } from '../elements/element-example.js';

/** Where and how an example is drawn for a test. */
export interface ExampleOptions {
  /** The language of the page around it (a `<div lang>`); by default the test page's own. */
  lang?: string;
  /**
   * Attributes set on the element once it is drawn, as Storybook's Controls set them: only what a
   * test needs that a drawing cannot carry, such as the address of an endpoint scripted for it.
   */
  attributes?: Record<string, string>;
}

/**
 * Draws the example called `name` of `examples` as its story does and returns its `<tag>`: rendered
 * (in a `<div>`, with `lang` if given), then brought into its state by its `prepare`. Behaviour
 * tests, the axe and manifest checks and Storybook all draw the same named states, as GOV.UK
 * Frontend's tests `render('radios', examples['with hints on items'])`.
 */
export async function renderExample<T extends LitElement>(
  tag: string,
  examples: ElementExample<T>[],
  name: string,
  options: ExampleOptions = {},
): Promise<T> {
  const example = exampleNamed(examples, name);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? nothing}>${example.render()}</div>`);
  const element = wrapper.querySelector<T>(tag);
  if (!element) throw new Error(`The example "${name}" draws no <${tag}>`);
  for (const [attribute, value] of Object.entries(options.attributes ?? {})) element.setAttribute(attribute, value);
  await prepareExample(example, element);
  return element;
}
