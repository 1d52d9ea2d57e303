import type { Meta } from '@storybook/web-components';
import { storiesFrom } from './story-from-example.js';
import { feedbackChannelPickerExamples } from '../src/elements/feedback-channel-picker/feedback-channel-picker.examples.js';

const meta: Meta = {
  title: 'Elements/Feedback channel picker',
  component: 'feedback-channel-picker',
  tags: ['autodocs'],
};
export default meta;

const story = storiesFrom('feedback-channel-picker', feedbackChannelPickerExamples);

export const NothingChosen = story('Nothing chosen');
export const OnlineChosen = story('Online chosen');
export const OnlineRatingInPlace = story('Online, rating in place');
export const TextMessageChosen = story('Text message chosen');
export const EmailChosen = story('Email chosen');
export const TextMessageWithPrivacyNotice = story('Text message with privacy notice', {
  docs: {
    description: { story: '`privacy-href`: “How we use your information” beside the button, wherever a number or address is asked.' },
  },
});
export const TextMessageLinkNoEndpoint = story('Text message link, no endpoint');
export const EmailLinkNoEndpoint = story('Email link, no endpoint');
export const PhoneOpenNow = story('Phone, open now');
export const PhoneClosedNow = story('Phone, closed now');
export const RequiredNothingChosen = story('Required, nothing chosen');
export const ErrorNothingFilledIn = story('Error: nothing filled in');
export const ErrorNumberNotValid = story('Error: number not valid');
export const ErrorLandlineForAText = story('Error: landline for a text');
export const ErrorEmailNotValid = story('Error: email not valid');
export const ErrorConsentNotGiven = story('Error: consent not given');
export const Sending = story('Sending');
export const SentTextMessage = story('Sent, text message');
export const SentEmail = story('Sent, email');
export const SentArrivesTomorrowCanBeCancelled = story('Sent, arrives tomorrow, can be cancelled');
export const SentThenCancelled = story('Sent, then cancelled');
export const Queued = story('Queued');
export const Failed = story('Failed');
export const Disabled = story('Disabled');
export const NoChannelCanWork = story('No channel can work, fallback shown');

/** The same states in Arabic, right to left, whatever the toolbar says. */
export const ArabicTextMessage = { ...story('Text message chosen', { locale: 'ar' }), name: 'Arabic: text message, right to left' };
export const ArabicErrors = { ...story('Error: nothing filled in', { locale: 'ar' }), name: 'Arabic: errors' };
export const ArabicPhone = { ...story('Phone, open now', { locale: 'ar' }), name: 'Arabic: phone and opening times' };
export const ArabicSent = { ...story('Sent, text message', { locale: 'ar' }), name: 'Arabic: sent' };
