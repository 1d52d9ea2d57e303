import { warnOnce } from './warn.js';

/** What one copy of the library keeps on the page for every copy to share. */
interface Shared<T> {
  version: number;
  value: T;
}

/**
 * State shared by every copy of the library on the page (a host's bundle and the script tag, say),
 * kept on `globalThis` under `Symbol.for('victim-care-elements.<name>')`: the first copy to load
 * creates it and later copies use the same object, so a call to any copy reaches them all. A copy
 * that finds the state in a shape it does not know (another `version`) keeps its own and warns
 * once, in words, what will not be shared.
 */
export function pageShared<T>(name: string, version: number, create: () => T, unshared: string): T {
  const key = Symbol.for(`victim-care-elements.${name}`);
  const global = globalThis as typeof globalThis & Record<symbol, Shared<T> | undefined>;
  const found = global[key];
  if (!found) {
    const value = create();
    Object.defineProperty(global, key, { value: { version, value }, configurable: true });
    return value;
  }
  if (found.version === version && found.value) return found.value;
  warnOnce(`another copy of this library, of an incompatible version, is on this page: ${unshared} Load one copy only.`);
  return create();
}
