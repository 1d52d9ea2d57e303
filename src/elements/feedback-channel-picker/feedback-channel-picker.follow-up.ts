import { getConfig } from '../../config.js';
import type { TFunction } from '../../core/i18n/i18n.js';
import { formatTimeOfDay } from '../../core/opening-hours.js';

/**
 * What the picker can tell the person after a contact request was delivered, from the endpoint's
 * answer: when the message should come, and how to cancel it before then. The reference receiver
 * answers `{ request: { sendAfter, cancel: { href, token } } }` (docs/receiver.md); any other
 * endpoint may answer nothing, and the confirmation then says only what it always said.
 */
export interface FollowUp {
  /** When the message should be sent; null when the receiver did not say. */
  sendAfter: Date | null;
  /** Where and with what to cancel; null when the receiver offers no way. */
  cancel: { url: string; token: string } | null;
}

/** Reads the answer defensively: it is data from the network, and only these fields are used. */
export function followUpFrom(response: unknown, endpoint: string): FollowUp {
  const request = (response as { request?: unknown } | null)?.request as Record<string, unknown> | undefined;
  const result: FollowUp = { sendAfter: null, cancel: null };
  if (!request || typeof request !== 'object') return result;
  if (typeof request.sendAfter === 'string') {
    const at = new Date(request.sendAfter);
    if (!Number.isNaN(at.getTime())) result.sendAfter = at;
  }
  const cancel = request.cancel as { href?: unknown; token?: unknown } | undefined;
  if (cancel && typeof cancel.href === 'string' && typeof cancel.token === 'string' && /^[\w-]{16,128}$/.test(cancel.token)) {
    try {
      const base = new URL(endpoint, document.baseURI);
      const url = new URL(cancel.href, base);
      // Only back to the endpoint's own origin: an answer cannot send the person's browser elsewhere.
      if (url.origin === base.origin) result.cancel = { url: url.href, token: cancel.token };
    } catch {
      // Not an address: no cancel button.
    }
  }
  return result;
}

const MINUTES = 60_000;

/**
 * "It should arrive in the next few minutes." or "…after 08:00 tomorrow.", in the person's own
 * time zone and language; null when nothing useful can be said.
 */
export function whenSentence(t: TFunction, lang: string, sendAfter: Date | null, now: Date): string | null {
  if (!sendAfter) return null;
  if (sendAfter.getTime() - now.getTime() <= 15 * MINUTES) return t('channel:sentSoon');
  // The person's own clock: the receiver gives an instant, and the phone knows its time zone.
  const time = formatTimeOfDay(sendAfter.getHours() * 60 + sendAfter.getMinutes(), lang);
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(sendAfter) - day(now)) / (24 * 60 * MINUTES));
  if (days === 0) return t('channel:sentAfterToday', { time });
  if (days === 1) return t('channel:sentAfterTomorrow', { time });
  return null;
}

/** How a cancellation ended. */
export type CancelOutcome = 'cancelled' | 'too-late' | 'failed';

/** Asks the endpoint to cancel the request; never throws. */
export async function cancelRequest(cancel: NonNullable<FollowUp['cancel']>): Promise<CancelOutcome> {
  try {
    const response = await fetch(cancel.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: cancel.token }),
      credentials: getConfig().credentials,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(getConfig().retry.timeout),
    });
    if (response.ok) return 'cancelled';
    return response.status === 409 ? 'too-late' : 'failed';
  } catch {
    return 'failed';
  }
}
