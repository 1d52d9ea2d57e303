/**
 * `raw` as an absolute http(s) address a person may safely follow, or null: never `javascript:`,
 * `data:` or anything else that runs or embeds. Relative addresses resolve against the page unless
 * `relative` is false (what a QR code holds must stand on its own); where there is no page (a
 * server render) only absolute addresses are accepted.
 */
export function webAddress(raw: string | undefined | null, { relative = true }: { relative?: boolean } = {}): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = relative ? new URL(trimmed, globalThis.document?.baseURI) : new URL(trimmed);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
