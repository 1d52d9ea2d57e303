import type { StoryObj } from '@storybook/web-components';
import type { LitElement } from 'lit';
import type { ElementExample } from '../src/elements/element-example.js';

/**
 * A story builder for one element: `story(name)` shows the example of that name, from the one list
 * the accessibility tests also run over, and brings it into its state after it renders.
 */
export function storiesFrom<T extends LitElement>(tag: string, examples: ElementExample<T>[]) {
  return (name: string, parameters: StoryObj['parameters'] = {}): StoryObj => {
    const example = examples.find((e) => e.name === name);
    if (!example) throw new Error(`No <${tag}> example named "${name}"`);
    return {
      name,
      parameters,
      render: () => example.render(),
      play: async ({ canvasElement }) => {
        const element = canvasElement.querySelector<T>(tag)!;
        await element.updateComplete;
        await example.prepare?.(element);
      },
    };
  };
}
