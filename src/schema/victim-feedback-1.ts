// Generated from victim-feedback-1.schema.json by scripts/payload-types.mjs: do not edit.
// Change the schema, then run `npm run payload-types`.

/**
 * victim-feedback/1: what a victim-care element posts to its endpoint. Unknown fields are refused everywhere. One rule is not expressible here and must be checked in code: rating.value <= rating.max.
 */
export type FeedbackPayload = RatingPayload | ContactRequestPayload;

/**
 * A rating, with an optional comment.
 */
export interface RatingPayload extends FeedbackEnvelope {
  kind: 'rating';
  /**
   * The point chosen (`value`) on a scale of `max` points.
   */
  rating: {
    value: number;
    max: number;
  };
  contact?: never;
  /**
   * Optional free text, at most 1250 characters.
   */
  comment?: string;
}
/**
 * What every payload carries, whatever its kind.
 */
export interface FeedbackEnvelope {
  /**
   * Payload format and version.
   */
  schema: 'victim-feedback/1';
  /**
   * UUID v4 in lower case, the same on every retry; the receiver de-duplicates on it.
   */
  id: string;
  /**
   * What the payload is; each kind carries fields of its own.
   */
  kind: 'rating' | 'contact-request';
  /**
   * ISO 8601 date-time in UTC (ending in Z), when the person pressed send.
   */
  createdAt: string;
  /**
   * BCP 47 language tag of the language the person used (language[-extlang][-script][-region][-variant…][-extension…][-x-private]).
   */
  locale: string;
  context?: FeedbackContext;
}
/**
 * Allowlisted query parameters of the page URL; nothing else about the person or device.
 */
export interface FeedbackContext {
  officer?: string;
  unit?: string;
  ref?: string;
  src?: string;
  /**
   * Optional: the receiver's signature of officer and unit, from a signed officer link (a host adds `sig` to contextParams to pass it on).
   */
  sig?: string;
}
/**
 * A request to be sent a feedback link by SMS or email.
 */
export interface ContactRequestPayload extends FeedbackEnvelope {
  kind: 'contact-request';
  rating?: never;
  /**
   * Where to send a feedback link; the person said it is safe to contact them this way (`safe`) and agreed to it (`consent`).
   */
  contact: {
    channel: 'sms' | 'email';
    address: string;
    safe: true;
    consent: true;
  };
  comment?: never;
}
