import { warnOnce } from './core/warn.js';

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
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // The same constructor under a second tag, or an invalid name: say so, never break the page.
    console.warn(`victim-care-elements: could not define <${tag}>.`, error);
  }
}
