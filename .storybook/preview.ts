import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { configure, type LocaleResources } from '../src/config.js';
import { directionOf } from '../src/core/i18n/direction.js';
import en from '../src/locales/en.json';
import { pseudoLocale } from './pseudo-locale.js';
import { argTypesFromManifest } from '../stories/manifest-arg-types.js';

/** Every locale file, for the toolbar: a file added to src/locales shows up here by itself. */
const localeFiles = import.meta.glob<{ _meta?: { name?: string; status?: string } }>('../src/locales/*.json', {
  eager: true,
  import: 'default',
});
/** `[tag, own name, status]` for every language, English first. */
const languages: [string, string, string][] = Object.entries(localeFiles)
  .map(([path, data]): [string, string, string] => [
    path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
    data._meta?.name ?? '',
    data._meta?.status ?? '',
  ])
  .sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

setCustomElementsManifest(manifest);
// `en-XA` (a reserved pseudo-locale tag): longer, accented English, to find truncation and
// strings that do not come from the locale files.
configure({ resources: { 'en-XA': pseudoLocale(en) as LocaleResources } });

/**
 * A toolbar to see every story in each built-in language; the direction follows the language,
 * as it does in the elements, so Arabic shows right to left.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          ...languages.map(([value, name, status]) => {
            const notes = [status === 'source' ? '' : status, directionOf(value) === 'rtl' ? 'right to left' : ''].filter(Boolean);
            return { value, title: `${name || value}${notes.length ? ` (${notes.join(', ')})` : ''}` };
          }),
          { value: 'en-XA', title: 'Pseudo-locale (longer text)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = (context.parameters.locale as string | undefined) ?? (context.globals.locale as string) ?? 'en';
      // `wide` stories (every language side by side) use the whole width.
      const width = context.parameters.wide ? '' : 'max-width: 48rem';
      return html`<div lang=${locale} dir=${directionOf(locale)} style=${width}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Controls and the docs table from custom-elements.json: every attribute live, with its type.
    docs: { extractArgTypes: argTypesFromManifest },
    a11y: {
      // Fail the a11y panel on any WCAG 2.2 A or AA violation.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } },
    },
  },
};
export default preview;
