import { expect } from '@open-wc/testing';
import { storedPayloadIs } from '../../core/transport/payload.js';
import schema from '../../schema/victim-feedback-1.schema.json';
import { CONTACT_REQUEST, contactRequestPayload } from './feedback-channel-picker.payload.js';

// The `contact-request` kind as <feedback-channel-picker> declares it, held against the schema.
const limits = schema.properties.contact.properties;

describe('<feedback-channel-picker>: the contact-request payload', () => {
  it('is the kind the schema names', () => {
    expect(CONTACT_REQUEST.kind).to.equal(schema.allOf[1].if.properties.kind.const);
    expect(schema.allOf[1].then.title).to.equal('ContactRequestPayload');
  });

  it('carries the channel and address, with both of the person’s ticks', () => {
    const p = contactRequestPayload({ locale: 'ar', channel: 'email', address: 'victim@example.com' });
    expect(p).to.deep.include({
      kind: 'contact-request',
      locale: 'ar',
      contact: { channel: 'email', address: 'victim@example.com', safe: true, consent: true },
    });
    expect(Object.keys(p)).not.to.include.members(['rating', 'comment']);
    expect(storedPayloadIs(p)).to.equal('valid');
  });

  it('sends again from storage only a request it could have written', () => {
    const p = contactRequestPayload({ locale: 'en', channel: 'sms', address: '+447700900123' });
    const withContact = (change: Record<string, unknown>) => storedPayloadIs({ ...p, contact: { ...p.contact, ...change } });
    expect(withContact({ address: 'a'.repeat(limits.address.maxLength) })).to.equal('valid');
    expect(withContact({ address: 'a'.repeat(limits.address.maxLength + 1) })).to.equal('invalid');
    expect(withContact({ address: '' })).to.equal('invalid');
    expect(withContact({ channel: 'phone' })).to.equal('invalid');
    expect(withContact({ safe: false })).to.equal('invalid');
    expect(withContact({ consent: 'yes' })).to.equal('invalid');
    expect(withContact({ name: 'A. Person' })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, comment: 'hello' })).to.equal('invalid');
    expect(storedPayloadIs({ ...p, contact: undefined })).to.equal('invalid');
  });
});
