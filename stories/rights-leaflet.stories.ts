import type { Meta } from '@storybook/web-components';
import { storiesFrom } from './story-from-example.js';
import { rightsLeafletExamples } from '../src/elements/rights-leaflet/rights-leaflet.examples.js';

const meta: Meta = {
  title: 'Elements/Rights leaflet',
  component: 'rights-leaflet',
  tags: ['autodocs'],
};
export default meta;

const story = storiesFrom('rights-leaflet', rightsLeafletExamples);

const describe = (story: string) => ({ docs: { description: { story } } });

export const Full = story(
  'Full',
  describe('Every option: a language switcher, the host’s own line with opening times, the feedback QR code and quick exit.'),
);
export const Compact = story('Compact', describe('No options: the rights, who the Code covers, complaints and support services.'));
export const DetailsOpen = story('Details open');
export const Welsh = story('Welsh', describe('`lang="cy"` on the element. Translations other than English are drafts until reviewed.'));
export const Polish = story('Polish');
export const Arabic = story('Arabic, right to left', {
  ...describe('Mirrored layout; phone numbers still read left to right.'),
  locale: 'ar',
});
export const HeadingLevel = story(
  'Under a level 4 heading',
  describe('`heading-level="5"`: the title is an h5, sections h6, and each right `role="heading" aria-level="7"`.'),
);
export const OpeningTimesAsWritten = story(
  'Opening times as written',
  describe('Opening times the element cannot read are shown exactly as written, untranslated, with a console warning.'),
);
export const PrintPreview = story(
  'Print preview',
  describe(
    'An A4-wide sheet with every detail open. The print styles themselves (two columns, smaller type, no buttons, the QR code at (modules + 8) × 0.33 mm, at least 25 mm) apply only when printing: use the browser’s print preview (Ctrl+P) on this story, or call `print()` on the element.',
  ),
);
export const CustomPack = story(
  'Custom pack',
  describe('A two-right pack added with `configure({ resources })` and `registerContentPack()`; see docs/content-packs.md.'),
);
export const QuickExit = story(
  'Quick exit',
  describe(
    '`quick-exit-href` draws a `<quick-exit>`: “Leave this page”, or Shift pressed 3 times, empties the outbox, covers the page and replaces it with `quick-exit-href`. In Storybook this really navigates away.',
  ),
);
