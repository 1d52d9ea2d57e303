import type { Meta, StoryObj } from '@storybook/web-components';
import type { RatingScale } from '../src/elements/rating-scale/rating-scale.component.js';
import { ratingScaleExamples } from '../src/elements/rating-scale/rating-scale.examples.js';

const meta: Meta = {
  title: 'Elements/Rating scale',
  component: 'rating-scale',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Each state of the element, from the one list the accessibility tests also run over. */
function story(name: string, parameters: Story['parameters'] = {}): Story {
  const example = ratingScaleExamples.find((e) => e.name === name)!;
  return {
    name,
    parameters,
    render: () => example.render(),
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<RatingScale>('rating-scale')!;
      await element.updateComplete;
      await example.prepare?.(element);
    },
  };
}

export const Empty = story('Empty');
export const Chosen = story('Chosen');
export const Invalid = story('Invalid');
export const Disabled = story('Disabled');
export const Readonly = story('Readonly');
export const TenPoints = story('Ten points');
export const WithComment = story('With comment');
export const CommentTooLong = story('Comment too long');
export const Sending = story('Sending');
export const Sent = story('Sent');
export const Queued = story('Queued');
export const Failed = story('Failed');
export const LowRatingWithSignposting = story('Low rating with signposting');
export const Arabic = { ...story('With comment', { locale: 'ar' }), name: 'Arabic, right to left' };
