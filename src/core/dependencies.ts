/**
 * The elements an element draws inside itself, by their default tag (Shoelace's
 * `static dependencies`): `{ 'qr-badge': QrBadge }`.
 */
export type Dependencies = Record<string, CustomElementConstructor>;

const derived = new WeakMap<CustomElementConstructor, Map<string, string>>();

/**
 * The tag to draw `dependency` with inside an element whose own tag is `hostTag`, so that an
 * element registered under a host's own name (from `classes.js`) still draws working parts:
 * - the default tag, where it is defined by this very class (the usual page);
 * - else any tag the host registered this class under (`customElements.getName`);
 * - else `<hostTag>-<defaultTag>` (`force-leaflet-qr-badge`), defined now for a subclass, so the
 *   class itself stays free for the host to register later, and a default tag taken by another
 *   copy of the library is left alone.
 * Where there is no registry (a server render) it is the default tag.
 */
export function dependencyTag(hostTag: string, defaultTag: string, dependency: CustomElementConstructor): string {
  if (typeof customElements === 'undefined') return defaultTag;
  if (customElements.get(defaultTag) === dependency) return defaultTag;
  const registry = customElements as CustomElementRegistry & { getName?: (constructor: CustomElementConstructor) => string | null };
  const own = registry.getName?.(dependency);
  if (own) return own;
  const byHost = derived.get(dependency) ?? new Map<string, string>();
  derived.set(dependency, byHost);
  const known = byHost.get(hostTag);
  if (known) return known;
  const tag = `${hostTag}-${defaultTag}`;
  if (!customElements.get(tag)) customElements.define(tag, class extends (dependency as typeof HTMLElement) {});
  byHost.set(hostTag, tag);
  return tag;
}
