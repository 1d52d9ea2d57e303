import type { Meta } from '@storybook/web-components';
import { storiesFrom } from './story-from-example.js';
import { qrBadgeExamples } from '../src/elements/qr-badge/qr-badge.examples.js';

const meta: Meta = {
  title: 'Elements/QR badge',
  component: 'qr-badge',
  tags: ['autodocs'],
};
export default meta;

const story = storiesFrom('qr-badge', qrBadgeExamples);

export const Default = story('Default');
export const ErrorCorrectionL = story('Error correction L');
export const ErrorCorrectionM = story('Error correction M');
export const ErrorCorrectionQ = story('Error correction Q');
export const ErrorCorrectionH = story('Error correction H');
export const LongUrl = story('Long URL');
export const PhoneNumber = story('Phone number');
export const UnsafeValueShownAsText = story('Unsafe value shown as text');
export const AddressHidden = story('Address hidden');
export const ValueTooLong = story('Value too long');
export const Empty = story('Empty');
export const DarkTheme = story('Dark theme', { backgrounds: { disable: true } });
export const RtlLabel = story('RTL label');
export const PrintPreview = story('Print preview', {
  docs: {
    description: {
      story:
        'Print styles apply only when printing. This draws the print layout on screen: the code at 25 mm with its address beside it and no buttons. Use the browser’s print preview to see the real thing.',
    },
  },
});
export const Downloadable = story('Downloadable');
export const Arabic = { ...story('Downloadable', { locale: 'ar' }), name: 'Arabic, right to left' };
