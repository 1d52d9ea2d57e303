import type { Meta } from '@storybook/web-components';
import { storiesFrom } from './story-from-example.js';
import { quickExitExamples } from '../src/elements/quick-exit/quick-exit.examples.js';

const meta: Meta = {
  title: 'Elements/Quick exit',
  component: 'quick-exit',
  tags: ['autodocs'],
};
export default meta;

const story = storiesFrom('quick-exit', quickExitExamples);

const describe = (story: string) => ({ docs: { description: { story } } });

export const Sticky = story(
  'Sticky',
  describe(
    'The default: the bar stays at the top of the viewport, and the document’s `scroll-padding-top` keeps a focused control from being scrolled under it. “Leave this page”, or Shift pressed 3 times, really navigates away in Storybook.',
  ),
);
export const Static = story('Static', describe('`placement="static"`: the bar stays where it is placed and scrolls away with the page.'));
export const CountingShiftPresses = story(
  'Counting Shift presses',
  describe('After two presses of Shift: two of three lights on, and the status region says “Shift, press 1 more time to leave.”'),
);
