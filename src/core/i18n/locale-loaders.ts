import type { LocaleResources } from '../../config.js';

/**
 * Languages built into the library besides English. Each is a separate chunk in the build,
 * fetched only when a page needs it. To add one: put `<lng>.json` in src/locales and a line here
 * (docs/translating.md).
 */
export const localeLoaders: Record<string, () => Promise<{ default: LocaleResources }>> = {
  ar: () => import('../../locales/ar.json'),
  cy: () => import('../../locales/cy.json'),
  pl: () => import('../../locales/pl.json'),
};
