/**
 * `raw` as an absolute http(s) address a person may safely follow (relative addresses resolve
 * against the page), or null: never `javascript:`, `data:` or anything else that runs or embeds.
 * Where there is no page (a server render) only absolute addresses are accepted.
 */
export function webAddress(raw: string | undefined | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, globalThis.document?.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
