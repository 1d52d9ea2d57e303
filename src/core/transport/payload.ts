import { readContext, type FeedbackContext } from '../context.js';

/** The payload schema this library sends. */
export const PAYLOAD_SCHEMA = 'victim-feedback/1';
/** Longest comment a rating may carry. */
export const COMMENT_MAX = 1250;

interface PayloadBase {
  schema: typeof PAYLOAD_SCHEMA;
  /** UUID v4, the same on every retry; the receiver de-duplicates on it. */
  id: string;
  /** ISO 8601 UTC: when the person pressed send. */
  createdAt: string;
  /** BCP 47 tag of the language the person used. */
  locale: string;
  context?: FeedbackContext;
}

/** A rating, with an optional comment. */
export interface RatingPayload extends PayloadBase {
  kind: 'rating';
  rating: { value: number; max: number };
  comment?: string;
}

/** A request to be sent a feedback link by SMS or email. */
export interface ContactRequestPayload extends PayloadBase {
  kind: 'contact-request';
  contact: { channel: 'sms' | 'email'; address: string; safe: true; consent: true };
}

/** Everything an element posts: the `victim-feedback/1` contract. */
export type FeedbackPayload = RatingPayload | ContactRequestPayload;

function base(locale: string) {
  const context = readContext();
  return {
    schema: PAYLOAD_SCHEMA,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    locale,
    ...(Object.keys(context).length ? { context } : {}),
  } as const;
}

/** Builds a rating payload; an empty or blank comment is left out. */
export function ratingPayload(options: { locale: string; value: number; max: number; comment?: string }): RatingPayload {
  const comment = options.comment?.trim().slice(0, COMMENT_MAX);
  return {
    ...base(options.locale),
    kind: 'rating',
    rating: { value: options.value, max: options.max },
    ...(comment ? { comment } : {}),
  };
}

/** Builds a contact request; `safe` and `consent` must both have been given. */
export function contactRequestPayload(options: { locale: string; channel: 'sms' | 'email'; address: string }): ContactRequestPayload {
  return {
    ...base(options.locale),
    kind: 'contact-request',
    contact: { channel: options.channel, address: options.address, safe: true, consent: true },
  };
}
