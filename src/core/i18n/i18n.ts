import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { getConfig, onConfigure, type LocaleResources } from '../../config.js';
import { localeLoaders } from './locale-loaders.js';
import { warnOnce } from '../warn.js';

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
  // An empty string in a file (a template not yet filled in) is no translation: English shows.
  returnEmptyString: false,
  returnObjects: false,
});

const loading = new Map<string, Promise<boolean>>();
/** Languages whose strings arrived; every other entry of `loading` may be tried again. */
const loaded = new Set<string>();
const attempts = new Map<string, symbol>();

/** Plural keys filled from `_other` of the same language, so a later `_other` refills them. */
const filledPlurals = new Map<string, Set<string>>();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * A language file that lacks a plural category its language needs (Romanian `_few`, say) would
 * otherwise show that one sentence in English; the language's own `_other` is used instead.
 */
function fillPluralCategories(lng: string): void {
  let categories: readonly string[];
  try {
    categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return;
  }
  const filled = filledPlurals.get(lng) ?? new Set<string>();
  filledPlurals.set(lng, filled);
  for (const ns of Object.keys(i18n.getDataByLanguage(lng) ?? {})) {
    const bundle = i18n.getResourceBundle(lng, ns) as Record<string, unknown> | undefined;
    if (!bundle) continue;
    const visit = (node: Record<string, unknown>, path: string[]) => {
      for (const [key, value] of Object.entries(node)) {
        if (value && typeof value === 'object') visit(value as Record<string, unknown>, [...path, key]);
        else if (key.endsWith('_other') && typeof value === 'string') {
          const base = key.slice(0, -'_other'.length);
          for (const category of categories) {
            const name = `${base}_${category}`;
            const id = [ns, ...path, name].join('\u0000');
            if (name in node && !filled.has(id)) continue;
            filled.add(id);
            i18n.addResource(lng, ns, [...path, name].join('.'), value, { silent: true });
          }
        }
      }
    };
    visit(bundle, []);
  }
}

function addResources(lng: string, resources: LocaleResources | undefined): void {
  if (!resources || typeof resources !== 'object') return;
  for (const [ns, strings] of Object.entries(resources)) {
    if (strings && typeof strings === 'object') {
      i18n.addResourceBundle(lng, ns, strings, true, true);
      forgetFilled(lng, ns, strings as Record<string, unknown>, []);
    }
  }
  if (lng !== 'en') fillPluralCategories(lng);
}

/** Keys a file or host supplies itself are theirs, never refilled from `_other`. */
function forgetFilled(lng: string, ns: string, node: Record<string, unknown>, path: string[]): void {
  const filled = filledPlurals.get(lng);
  if (!filled) return;
  for (const [key, value] of Object.entries(node)) {
    if (value && typeof value === 'object') forgetFilled(lng, ns, value as Record<string, unknown>, [...path, key]);
    else if (pluralSuffix.test(key)) filled.delete([ns, ...path, key].join('\u0000'));
  }
}

function applyHostResources(): void {
  for (const [lng, resources] of Object.entries(getConfig().resources)) addResources(lng, resources);
}
applyHostResources();
onConfigure(() => {
  // configure() may come at any moment, also after elements are on the page: a new localesUrl or
  // new resources may now supply a language that failed (or is still on its way) before, so only
  // languages that arrived are kept. The LocaleControllers then ask again and re-render.
  for (const lng of loading.keys()) if (!loaded.has(lng)) loading.delete(lng);
  resolved.clear();
  applyHostResources();
});

async function fetchLocaleFile(template: string, lng: string): Promise<LocaleResources | null> {
  const url = template.replace('{{lng}}', encodeURIComponent(lng));
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as LocaleResources) : null;
  } catch {
    return null;
  }
}

/** Loads one exact language tag's strings, once; true when the language has strings. */
function loadLanguage(lng: string): Promise<boolean> {
  let promise = loading.get(lng);
  if (!promise) {
    const attempt = Symbol(lng);
    attempts.set(lng, attempt);
    promise = (async () => {
      if (lng === 'en') return true;
      const loader = localeLoaders[lng];
      let resources: LocaleResources | null = null;
      if (loader) {
        // A chunk that fails to arrive (offline, a file left out when copying dist/) is a language
        // that cannot be loaded: English, with the one warning, never an element that stays blank.
        try {
          resources = (await loader()).default;
        } catch {
          resources = null;
        }
      } else if (getConfig().localesUrl) resources = await fetchLocaleFile(getConfig().localesUrl!, lng);
      addResources(lng, resources ?? undefined);
      // Host overrides always win over built-in or fetched strings.
      addResources(lng, getConfig().resources[lng]);
      const ok = Boolean(resources || getConfig().resources[lng]);
      // A configure() while this was on its way started another attempt, which has the last word.
      if (ok && attempts.get(lng) === attempt) loaded.add(lng);
      return ok;
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
    warnOnce(`lang="${trimmed}" is not a valid language tag; using the next one up, or English.`);
    return null;
  }
}

/** The script a tag is written in, stated or likely (`zh-CN` → `Hans`, `pa` → `Guru`), if known. */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * The tags to try for `locale`, most specific first: `pt-BR` → `['pt-BR', 'pt']`; `zh-CN` →
 * `['zh-CN', 'zh-Hans', 'zh']` (when there is a `zh-Hans`). A tag in another script than the one asked for is never used:
 * `zh-TW` (Traditional) does not fall back to `zh` (Simplified), nor `pa-PK` (Shahmukhi) to `pa`
 * (Gurmukhi); such a page is shown in English until it has its own language.
 */
export function fallbackChain(locale: string): string[] {
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  const script = scriptOf(locale);
  if (!script) return chain;
  // `zh-Hans` is tried for `zh-CN` when the library or the host has it (no guessing at files).
  const withScript = `${parts[0]}-${script}`;
  const known = withScript in localeLoaders || withScript in getConfig().resources;
  if (known && !chain.includes(withScript)) chain.splice(chain.length - 1, 0, withScript);
  return chain.filter((tag) => {
    const own = scriptOf(tag);
    return !own || own === script;
  });
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
  if (used === 'en' && locale.split('-')[0] !== 'en') warnUnavailable(locale);
  return used;
}

const resolved = new Map<string, string>();

/**
 * One warning per language tag that has no strings anywhere. On a page that is still loading, a
 * host script after the library's may yet add the language with configure(), so the check waits
 * for the page's load event.
 */
function warnUnavailable(locale: string): void {
  const check = () => {
    if (fallbackChain(locale).some((lng) => loaded.has(lng))) return;
    const url = getConfig().localesUrl;
    warnOnce(
      `no strings for lang="${locale}"${url ? ` (tried ${url})` : ''}; showing it in English. ` +
        'Add the language with configure({ localesUrl }) or configure({ resources }).',
      `no strings for lang="${locale}"`,
    );
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') check();
  else window.addEventListener('load', check, { once: true });
}

/** The language `ensureLocale(locale)` settled on, if it already has; else undefined. */
export function resolvedLocale(locale: string): string | undefined {
  return locale === 'en' ? 'en' : resolved.get(locale);
}

/**
 * The language `locale` can be shown in without waiting: the first of its fallback chain whose
 * strings have finished loading (built in, fetched or given to `configure({ resources })`), else `en`.
 */
export function loadedLocale(locale: string): string {
  for (const candidate of fallbackChain(locale)) {
    if (candidate === 'en' || loaded.has(candidate)) return candidate;
  }
  return 'en';
}

/**
 * Loads the strings of these languages (built in, or from `configure({ localesUrl })`) and settles
 * when they are ready. In the browser elements load their language themselves; a server render
 * (Lit SSR) cannot wait, so a server awaits this once, before rendering, for every language its
 * pages use: `await loadLanguages(['ar', 'cy'])`.
 */
export async function loadLanguages(languages: readonly string[]): Promise<void> {
  await Promise.all(
    languages.map((tag) => {
      const canonical = canonicalLocale(tag);
      return canonical ? ensureLocale(canonical) : undefined;
    }),
  );
}

/** The languages the library ships, English first. */
export const builtInLanguages: readonly string[] = ['en', ...Object.keys(localeLoaders)];
