import { declarePayloadKind, hasOnlyKeys, isRecord } from '../../core/transport/payload.js';
import type { ContactRequestPayload } from '../../schema/victim-feedback-1.js';

/**
 * The `contact-request` kind, which `<feedback-channel-picker>` sends: a request to be sent a
 * feedback link. The check is the one a stored request must pass before the outbox sends it again.
 */
export const CONTACT_REQUEST = declarePayloadKind<ContactRequestPayload>('contact-request', {
  contact: (contact) => {
    if (!isRecord(contact) || !hasOnlyKeys(contact, ['channel', 'address', 'safe', 'consent'])) return false;
    const { channel, address, safe, consent } = contact;
    return (
      (channel === 'sms' || channel === 'email') &&
      typeof address === 'string' &&
      address.length >= 1 &&
      address.length <= 254 &&
      safe === true &&
      consent === true
    );
  },
});

/** Builds a contact request; the person has ticked both `safe` and `consent`, or the form does not send. */
export function contactRequestPayload(options: { locale: string; channel: 'sms' | 'email'; address: string }): ContactRequestPayload {
  return CONTACT_REQUEST.build(options.locale, {
    contact: { channel: options.channel, address: options.address, safe: true, consent: true },
  });
}
