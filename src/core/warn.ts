const said = new Set<string>();

/**
 * Warns in the console once per distinct `key` (the message itself unless given), prefixed with
 * the library's name: the one warn-once of the library, so that `resetWarnings()` clears them all.
 * A key lets a message that carries changing detail (an address tried) still be said only once.
 */
export function warnOnce(message: string, key: string = message): void {
  if (said.has(key)) return;
  said.add(key);
  console.warn(`victim-care-elements: ${message}`);
}

/**
 * Forgets every warning given, so that the next one is said again. For tests, so that a test of a
 * warning does not depend on which test ran first; a page never needs it.
 * @internal
 */
export function resetWarnings(): void {
  said.clear();
}
