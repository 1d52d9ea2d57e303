import type { ElementExample } from '../element-example.js';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { QuickExit } from './quick-exit.component.js';
import './quick-exit.js';

/**
 * Every state of <quick-exit>, drawn once: Storybook shows each as a story and the tests run axe
 * over each in a left-to-right and a right-to-left language, so a new state is tested the day
 * it is drawn.
 */
export type QuickExitExample = ElementExample<QuickExit>;

/** A few paragraphs and links for the bar to stay above as the page scrolls. */
const page = () =>
  html`${Array.from(
    { length: 6 },
    (_, i) => html`<p style=${styleMap({ maxWidth: '40rem' })}>
      Paragraph ${i + 1} of the host page, with <a href="#top">a link to focus</a>, to show the bar staying at the top of the
      viewport and never covering the control that has focus.
    </p>`,
  )}`;

export const quickExitExamples: QuickExitExample[] = [
  {
    name: 'Sticky',
    render: () => html`<quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>${page()}`,
  },
  {
    name: 'Static',
    render: () => html`<quick-exit placement="static"></quick-exit>${page()}`,
  },
  {
    name: 'Counting Shift presses',
    render: () => html`<quick-exit></quick-exit>${page()}`,
    prepare: async (element) => {
      // Two presses of Shift: two of the three lights on, and the status region says one more.
      for (let i = 0; i < 2; i++) element.ownerDocument.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      await element.updateComplete;
    },
  },
];
