const said = new Set<string>();

/** Warns in the console once per distinct message, prefixed with the library's name. */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`victim-care-elements: ${message}`);
}
