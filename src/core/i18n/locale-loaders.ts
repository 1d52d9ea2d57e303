/// <reference types="vite/client" />
import type { LocaleResources } from '../../config.js';

/**
 * Every `src/locales/<lng>.json` but English (which is always loaded): a file put there is a
 * built-in language, with nothing else to add. Each is a separate chunk in the build, fetched only
 * when a page needs it. Vite expands the glob in the build and in Storybook; the browser tests'
 * dev server expands it the same way (scripts/wtr/import-glob.mjs).
 */
const files = import.meta.glob<{ default: LocaleResources }>(['../../locales/*.json', '!../../locales/en.json']);

/** Loaders by language tag (`zh-Hans` for `zh-Hans.json`). */
export const localeLoaders: Record<string, () => Promise<{ default: LocaleResources }>> = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), load]),
);
