import { declarePayloadKind, hasOnlyKeys, isRecord } from '../../core/transport/payload.js';
import type { RatingPayload } from '../../schema/victim-feedback-1.js';

/** Longest comment a rating may carry (the schema's `comment.maxLength`). */
export const COMMENT_MAX = 1250;

const isWhole = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/**
 * The `rating` kind, which `<rating-scale>` sends. The checks are those a stored rating must pass
 * before the outbox sends it again: the schema's, and `value <= max`, which the schema cannot say.
 */
export const RATING = declarePayloadKind<RatingPayload>('rating', {
  rating: (rating) =>
    isRecord(rating) && hasOnlyKeys(rating, ['value', 'max']) && isWhole(rating.max, 3, 10) && isWhole(rating.value, 1, rating.max),
  comment: (comment) => comment === undefined || (typeof comment === 'string' && comment.length <= COMMENT_MAX),
});

/** Builds a rating payload; a blank comment is left out, a long one cut to {@link COMMENT_MAX}. */
export function ratingPayload(options: { locale: string; value: number; max: number; comment?: string }): RatingPayload {
  const comment = options.comment?.trim().slice(0, COMMENT_MAX);
  return RATING.build(options.locale, { rating: { value: options.value, max: options.max }, ...(comment ? { comment } : {}) });
}
