import type { Args, StoryObj } from '@storybook/web-components';
import { render, type LitElement } from 'lit';
import { exampleNamed, prepareExample, type ElementExample } from '../src/elements/element-example.js';
import { applyArgs, argsOfElement, declarationOf, eventArg } from './manifest-arg-types.js';

/**
 * A story builder for one element: `story(name)` shows the example of that name, from the one list
 * the accessibility tests also run over, and brings it into its state after it renders. Its
 * Controls start from the example's own attributes (custom-elements.json gives the rest), and
 * every change to a control sets that attribute on the element, live.
 */
export function storiesFrom<T extends LitElement>(tag: string, examples: ElementExample<T>[]) {
  return (name: string, parameters: StoryObj['parameters'] = {}): StoryObj => {
    const example = exampleNamed(examples, name);
    const scratch = document.createElement('div');
    render(example.render(), scratch);
    const initial = argsOfElement(tag, scratch.querySelector(tag));
    render(null, scratch);
    /** Controls changed since the story loaded: they stay applied, even when set back. */
    const changed = new Set<string>();
    const listening = new WeakSet<Element>();
    return {
      name,
      parameters,
      args: initial,
      render: (args: Args, context) => {
        for (const { name: key } of declarationOf(tag).attributes ?? []) if (args[key] !== initial[key]) changed.add(key);
        queueMicrotask(() => {
          const element = context.canvasElement.querySelector(tag);
          if (!element) return;
          applyArgs(tag, element, args, changed);
          if (!listening.has(element)) {
            listening.add(element);
            for (const event of declarationOf(tag).events ?? []) {
              element.addEventListener(event.name, (e) => (args[eventArg(event.name)] as ((e: Event) => void) | undefined)?.(e));
            }
          }
        });
        return example.render();
      },
      play: async ({ canvasElement }) => {
        await prepareExample(example, canvasElement.querySelector<T>(tag)!);
      },
    };
  };
}
