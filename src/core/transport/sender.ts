import { getConfig } from '../../config.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { pageClock, type Clock } from '../clock.js';

/** What one POST came to. */
export type SendResult =
  | { outcome: 'delivered'; status: number; response: unknown }
  | { outcome: 'retry'; status: number | null; retryAfterMs: number | null }
  | { outcome: 'refused'; status: number };

/** Seconds or an HTTP date, as `Retry-After` allows; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Largest answer body read: a receiver's acknowledgement is small; anything else is ignored. */
const ANSWER_LIMIT = 16 * 1024;

/**
 * The receiver's JSON answer to a delivered payload (the reference receiver says when a requested
 * message will go and how to cancel it), or null: not JSON, too large, or unreadable. Data only:
 * an element that uses it checks every field it reads.
 */
async function answerOf(response: Response): Promise<unknown> {
  if (!/^application\/(.+\+)?json\b/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const text = await response.text();
    return text.length > ANSWER_LIMIT ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Statuses worth trying again: timeouts, rate limits and server errors. */
export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * POSTs `payload` once as JSON with an `Idempotency-Key`, and sorts the answer: any 2xx is
 * delivered; network failure, 408, 429 and 5xx may be retried; any other status is refused. The
 * request is given up after `retry.timeout` on `clock`, and a `Retry-After` date is read against it.
 */
export async function sendOnce(endpoint: string, payload: FeedbackPayload, clock: Clock = pageClock): Promise<SendResult> {
  const config = getConfig();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
      body: JSON.stringify(payload),
      credentials: config.credentials,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      keepalive: true,
      signal: clock.timeoutSignal(config.retry.timeout),
    });
    if (response.ok) return { outcome: 'delivered', status: response.status, response: await answerOf(response) };
    if (isRetryable(response.status)) {
      return { outcome: 'retry', status: response.status, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), clock.now()) };
    }
    return { outcome: 'refused', status: response.status };
  } catch {
    return { outcome: 'retry', status: null, retryAfterMs: null };
  }
}

/** The wait before attempt `attempt + 1`: exponential, capped, with jitter, never under Retry-After. */
export function backoffDelay(attempt: number, retryAfterMs: number | null, random = Math.random): number {
  const { baseDelay, maxDelay } = getConfig().retry;
  const ceiling = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, attempt - 1));
  // "Equal jitter": half fixed, half random, so many clients coming back online do not retry in step.
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
