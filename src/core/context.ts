import { getConfig } from '../config.js';

/** Longest value kept for one context parameter. */
export const CONTEXT_VALUE_MAX = 64;

/**
 * Reads the allowlisted query parameters (default `officer unit src`) of `url`, each trimmed,
 * stripped of control characters and cut to {@link CONTEXT_VALUE_MAX} characters. Nothing else
 * about the person, page or device is read. Without a page (a server render) there is nothing to read.
 */
export function readContext(
  url: string = globalThis.location?.href ?? '',
  allowed: readonly string[] = getConfig().contextParams,
): Record<string, string> {
  const context: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return context;
  }
  for (const name of allowed) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = raw
      // Control characters are exactly what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, CONTEXT_VALUE_MAX);
    if (value) context[name] = value;
  }
  return context;
}
