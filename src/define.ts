import { warnOnce } from './core/warn.js';
import { ensureLocale, resolvedLocale } from './core/i18n/i18n.js';
import { requestedLocale } from './core/i18n/locale-controller.js';

const waiting = new Map<string, CustomElementConstructor>();

/**
 * Languages that elements already in the page (a script tag runs after the page is parsed) need
 * and that are not loaded yet. The tag is defined only once they are: until then the element stays
 * `:not(:defined)`, its fallback shows in the space dist/victim-care-elements.css holds, and its
 * first render is complete, so nothing moves when a language chunk arrives.
 */
function languagesToLoad(tag: string): string[] {
  if (typeof document === 'undefined') return [];
  const needed = new Set<string>();
  for (const element of document.querySelectorAll(tag)) {
    const locale = requestedLocale(element);
    if (!resolvedLocale(locale)) needed.add(locale);
  }
  return [...needed];
}

/**
 * Registers `tag` for `constructor` without ever throwing. A tag already taken by the same class is
 * left alone; a tag taken by another class (a second copy of the library, or a host's own element)
 * warns once and leaves the page working with the element that was there first. Where there is no
 * `customElements` (Node, a worker) it does nothing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // No registry (Node without a DOM shim, a worker): nothing to define, and nothing to break.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    warnOnce(
      `<${tag}> is already defined by another class, perhaps a second copy ` +
        `of this library. The first definition is kept. Import the classes from ` +
        `"victim-care-elements/classes.js" to register them under your own tag names.`,
    );
    return;
  }
  if (waiting.get(tag) === constructor) return;
  const languages = languagesToLoad(tag);
  if (languages.length) {
    waiting.set(tag, constructor);
    // A language that fails to load falls back to English: define all the same.
    void Promise.allSettled(languages.map((lng) => ensureLocale(lng))).then(() => {
      waiting.delete(tag);
      if (!customElements.get(tag)) register(tag, constructor);
      else defineElement(tag, constructor);
    });
    return;
  }
  register(tag, constructor);
}

function register(tag: string, constructor: CustomElementConstructor): void {
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // The same constructor under a second tag, or an invalid name: say so, never break the page.
    console.warn(`victim-care-elements: could not define <${tag}>.`, error);
  }
}
