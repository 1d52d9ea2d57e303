import { expect } from '@open-wc/testing';
import { storedPayloadIs } from '../../core/transport/payload.js';
import schema from '../../schema/victim-feedback-1.schema.json';
import { COMMENT_MAX, RATING, ratingPayload } from './rating-scale.payload.js';

// The `rating` kind as <rating-scale> declares it, held against the schema it must agree with.
const limits = schema.properties.rating.properties;

describe('<rating-scale>: the rating payload', () => {
  it('is the kind the schema names, with the schema’s longest comment', () => {
    expect(RATING.kind).to.equal(schema.allOf[0].if.properties.kind.const);
    expect(schema.allOf[0].then.title).to.equal('RatingPayload');
    expect(COMMENT_MAX).to.equal(schema.properties.comment.maxLength);
  });

  it('carries the rating and a trimmed comment; a blank comment is left out, a long one cut', () => {
    const p = ratingPayload({ locale: 'pl', value: 4, max: 5, comment: '  Kind and quick \n' });
    expect(p).to.deep.include({ kind: 'rating', locale: 'pl', rating: { value: 4, max: 5 }, comment: 'Kind and quick' });
    expect(ratingPayload({ locale: 'en', value: 1, max: 3, comment: ' \n ' })).not.to.have.property('comment');
    expect(ratingPayload({ locale: 'en', value: 1, max: 3 })).not.to.have.property('comment');
    expect(ratingPayload({ locale: 'en', value: 1, max: 3, comment: 'x'.repeat(COMMENT_MAX + 9) }).comment).to.have.length(COMMENT_MAX);
    expect(storedPayloadIs(p)).to.equal('valid');
  });

  it('sends again from storage only a rating it could have written: the schema’s bounds, and value <= max', () => {
    const p = ratingPayload({ locale: 'en', value: 2, max: 5 });
    const withRating = (rating: unknown) => storedPayloadIs({ ...p, rating });
    expect(withRating({ value: limits.value.minimum, max: limits.max.minimum })).to.equal('valid');
    expect(withRating({ value: limits.value.maximum, max: limits.max.maximum })).to.equal('valid');
    expect(withRating({ value: 2, max: limits.max.minimum - 1 })).to.equal('invalid');
    expect(withRating({ value: 2, max: limits.max.maximum + 1 })).to.equal('invalid');
    expect(withRating({ value: limits.value.minimum - 1, max: 5 })).to.equal('invalid');
    expect(withRating({ value: 6, max: 5 })).to.equal('invalid'); // The rule the schema cannot say.
    expect(withRating({ value: 2.5, max: 5 })).to.equal('invalid');
    expect(withRating({ value: 2, max: 5, extra: 1 })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, rating: undefined })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, comment: 'x'.repeat(COMMENT_MAX) })).to.equal('valid');
    expect(storedPayloadIs({ ...p, comment: 'x'.repeat(COMMENT_MAX + 1) })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, comment: 5 })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, contact: { channel: 'sms', address: '+447700900123', safe: true, consent: true } })).to.equal('invalid');
  });
});
