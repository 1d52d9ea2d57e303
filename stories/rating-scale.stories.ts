import type { Meta } from '@storybook/web-components';
import { storiesFrom } from './story-from-example.js';
import { ratingScaleExamples } from '../src/elements/rating-scale/rating-scale.examples.js';

const meta: Meta = {
  title: 'Elements/Rating scale',
  component: 'rating-scale',
  tags: ['autodocs'],
};
export default meta;

const story = storiesFrom('rating-scale', ratingScaleExamples);

export const Empty = story('Empty');
export const Chosen = story('Chosen');
export const Invalid = story('Invalid');
export const Disabled = story('Disabled');
export const Readonly = story('Readonly');
export const TenPoints = story('Ten points');
export const WithComment = story('With comment');
export const WithoutComment = story('Without comment');
export const WithCommentAndPrivacyNotice = story('With comment and privacy notice');
export const CommentTooLong = story('Comment too long');
export const Sending = story('Sending');
export const Sent = story('Sent');
export const Queued = story('Queued');
export const Failed = story('Failed');
export const LowRatingWithSignposting = story('Low rating with signposting');
export const Arabic = { ...story('With comment', { locale: 'ar' }), name: 'Arabic, right to left' };
