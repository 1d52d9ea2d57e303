import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { getConfig, onConfigure, type LocaleResources } from '../../config.js';
import { localeLoaders } from './locale-loaders.js';

export type { TFunction };

/**
 * The library's own i18next instance. A host's i18next, if it has one, is never touched.
 * Values are inserted as text by Lit, never parsed as HTML, so i18next's escaping is off.
 */
export const i18n: I18n = createInstance();
// English arrives namespace by namespace with the elements that use it (./english.ts).
void i18n.init({
  resources: {},
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnObjects: false,
});

const loading = new Map<string, Promise<boolean>>();
const warnedTags = new Set<string>();

function addResources(lng: string, resources: LocaleResources | undefined): void {
  if (!resources || typeof resources !== 'object') return;
  for (const [ns, strings] of Object.entries(resources)) {
    if (strings && typeof strings === 'object') i18n.addResourceBundle(lng, ns, strings, true, true);
  }
}

function applyHostResources(): void {
  for (const [lng, resources] of Object.entries(getConfig().resources)) addResources(lng, resources);
}
applyHostResources();
onConfigure(() => {
  // A new localesUrl may now find languages that failed before.
  for (const [lng, promise] of loading) void promise.then((ok) => ok || loading.delete(lng));
  resolved.clear();
  applyHostResources();
});

async function fetchLocaleFile(template: string, lng: string): Promise<LocaleResources | null> {
  const url = template.replace('{{lng}}', encodeURIComponent(lng));
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return data && typeof data === 'object' ? (data as LocaleResources) : null;
  } catch {
    return null;
  }
}

/** Loads one exact language tag's strings, once; true when the language has strings. */
function loadLanguage(lng: string): Promise<boolean> {
  let promise = loading.get(lng);
  if (!promise) {
    promise = (async () => {
      if (lng === 'en') return true;
      const loader = localeLoaders[lng];
      let resources: LocaleResources | null = null;
      if (loader) resources = (await loader()).default;
      else if (getConfig().localesUrl) resources = await fetchLocaleFile(getConfig().localesUrl!, lng);
      addResources(lng, resources ?? undefined);
      // Host overrides always win over built-in or fetched strings.
      addResources(lng, getConfig().resources[lng]);
      return Boolean(resources || getConfig().resources[lng]);
    })();
    loading.set(lng, promise);
  }
  return promise;
}

/** A canonical BCP 47 tag, or null (with one warning per tag) when `tag` is not one. */
export function canonicalLocale(tag: string): string | null {
  const trimmed = tag.trim();
  if (!trimmed) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    if (!warnedTags.has(trimmed)) {
      warnedTags.add(trimmed);
      console.warn(`victim-care-elements: lang="${trimmed}" is not a valid language tag; using the next one up, or English.`);
    }
    return null;
  }
}

/** `pt-BR` → `['pt-BR', 'pt']`; `zh-Hant-HK` → `['zh-Hant-HK', 'zh-Hant', 'zh']`. */
export function fallbackChain(locale: string): string[] {
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain;
}

/**
 * Makes sure strings for `locale` (or its nearest parent language) are loaded and returns the
 * language tag that will actually be used: the requested one, a parent, or `en`.
 */
export async function ensureLocale(locale: string): Promise<string> {
  let used = 'en';
  for (const candidate of fallbackChain(locale)) {
    if (candidate === 'en' || (await loadLanguage(candidate))) {
      used = candidate;
      break;
    }
  }
  resolved.set(locale, used);
  return used;
}

const resolved = new Map<string, string>();

/** The language `ensureLocale(locale)` settled on, if it already has; else undefined. */
export function resolvedLocale(locale: string): string | undefined {
  return locale === 'en' ? 'en' : resolved.get(locale);
}

/** The languages the library ships, English first. */
export const builtInLanguages: readonly string[] = ['en', ...Object.keys(localeLoaders)];
