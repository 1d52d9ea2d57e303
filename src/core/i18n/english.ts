import type { LocaleResources } from '../../config.js';
import _meta from '../../locales/en.json?ns=_meta';
import common from '../../locales/en.json?ns=common';
import { i18n } from './i18n.js';

/**
 * English is the one language every element needs at once: it is in the bundle, never fetched, so
 * the first render is complete and full size. It is split by namespace (`en.json?ns=rating` is one
 * namespace of src/locales/en.json, cut out at build time by the plugin in vite.config.ts and in
 * tests by scripts/wtr/json-modules.mjs) so that an element's entry carries only its own strings:
 * each element module calls `addEnglish` with its namespaces, the rights pack only with the leaflet.
 *
 * Strings a host set with `configure({ resources })` win: these never overwrite them.
 */
export function addEnglish(resources: LocaleResources): void {
  for (const [ns, strings] of Object.entries(resources)) i18n.addResourceBundle('en', ns, strings, true, false);
}

// Shared by every element: the language's own name and status, and common phrases.
addEnglish({ _meta, common });
