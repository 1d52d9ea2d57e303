/**
 * `raw` as an absolute http(s) address a person may safely follow (relative addresses resolve
 * against the page), or null: never `javascript:`, `data:` or anything else that runs or embeds.
 */
export function webAddress(raw: string | undefined | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
