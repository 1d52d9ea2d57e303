import { parseEmailAddress } from '../../core/contact/email-address.js';
import { parsePhoneNumber } from '../../core/contact/phone-number.js';

/** The channels that can post a contact request. */
export type ContactChannel = 'sms' | 'email';

/** What the person has entered for one contact channel. */
export interface Entry {
  address: string;
  safe: boolean;
  consent: boolean;
}

/** The fields of a contact request. */
export type Field = 'address' | 'safe' | 'consent';

/** A field in error and the key of its message under `channel:errors`. */
export interface FieldError {
  field: Field;
  key: string;
}

/**
 * Checks a contact request before it is sent: a mobile number (never a landline: a text to one is
 * read aloud by a voice service, which someone else in the home could hear) or an email address,
 * and both boxes ticked. Returns the errors in the order the fields appear, and the address in
 * the form to send (E.164 for numbers).
 */
export function checkContactRequest(channel: ContactChannel, entry: Entry): { errors: FieldError[]; address: string } {
  const errors: FieldError[] = [];
  let address = '';
  if (channel === 'sms') {
    const phone = parsePhoneNumber(entry.address);
    if (!phone.valid)
      errors.push({ field: 'address', key: { empty: 'smsEmpty', characters: 'smsCharacters', format: 'smsFormat' }[phone.problem] });
    else if (phone.kind === 'uk-landline') errors.push({ field: 'address', key: 'smsLandline' });
    else address = phone.e164;
  } else {
    const email = parseEmailAddress(entry.address);
    if (!email.valid)
      errors.push({ field: 'address', key: { empty: 'emailEmpty', 'too-long': 'emailTooLong', format: 'emailFormat' }[email.problem] });
    else address = email.address;
  }
  // Both boxes, every time: a contact request never leaves without them.
  if (!entry.safe) errors.push({ field: 'safe', key: 'safe' });
  if (!entry.consent) errors.push({ field: 'consent', key: 'consent' });
  return { errors, address };
}

/** Nothing typed or ticked, on either channel: the form as first drawn and after a reset. */
export function emptyEntries(): Record<ContactChannel, Entry> {
  return { sms: { address: '', safe: false, consent: false }, email: { address: '', safe: false, consent: false } };
}
