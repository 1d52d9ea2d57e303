import { parseEmailAddress } from '../../core/contact/email-address.js';
import { dialString } from '../../core/contact/phone-number.js';
import { webAddress } from '../../core/contact/web-address.js';
import { warnOnce } from '../../core/warn.js';

/** A way to give feedback. */
export type FeedbackChannel = 'web' | 'sms' | 'email' | 'phone';

/** `detail` of `channel-change`. */
export interface ChannelChangeDetail {
  channel: FeedbackChannel;
}

declare global {
  interface HTMLElementEventMap {
    'channel-change': CustomEvent<ChannelChangeDetail>;
  }
}

export const ALL_CHANNELS: readonly FeedbackChannel[] = ['web', 'sms', 'email', 'phone'];
export const DEFAULT_CHANNELS = ALL_CHANNELS.join(' ');

/** A `value` attribute or form state as a channel name (not yet checked against those offered), or null. */
export function parseChannel(raw: string | null): FeedbackChannel | null {
  const value = raw?.trim().toLowerCase() ?? '';
  return value ? (value as FeedbackChannel) : null;
}

/** The attributes that decide which channels can work. */
export interface ChannelSettings {
  channels: string;
  webHref?: string | undefined;
  smsNumber?: string | undefined;
  emailAddress?: string | undefined;
  phoneNumber?: string | undefined;
  endpoint?: string | undefined;
}

/** The channels that can work, in the order asked for, with what each link goes to. */
export interface WorkingChannels {
  channels: FeedbackChannel[];
  /** `web-href` when it is safe to follow. */
  webLink: string | null;
  /** `sms-number` as an `sms:` address takes it. */
  smsDigits: string | null;
  /** `email-address` when it is an address. */
  mailbox: string | null;
}

/**
 * The channels asked for that can work with the attributes given; each that cannot, and each
 * attribute that cannot be used, warns once. `hasWebContent` says whether the host gave
 * slot="web" content (asked only when `web` has no address).
 */
export function workingChannels(tag: string, settings: ChannelSettings, hasWebContent: () => boolean): WorkingChannels {
  const { channels, webHref, smsNumber, emailAddress, endpoint } = settings;
  const webLink = webHref ? webAddress(webHref) : null;
  const smsDigits = dialString(smsNumber ?? '');
  const email = parseEmailAddress(emailAddress ?? '');
  const mailbox = email.valid ? email.address : null;

  /** What `channel` lacks to work, or null when it can work. */
  const missingFor = (channel: FeedbackChannel): string | null => {
    switch (channel) {
      case 'web':
        if (webHref && !webLink) warnOnce(`<${tag}> web-href="${webHref}" is not an http(s) or relative address; it is not used.`);
        return webLink || hasWebContent() ? null : 'web-href (an http(s) or relative address) or slot="web" content';
      case 'sms':
        if (endpoint) return null;
        if (smsNumber && !smsDigits) warnOnce(`<${tag}> sms-number="${smsNumber}" is not a number; it is not used.`);
        return smsDigits ? null : 'endpoint or sms-number';
      case 'email':
        if (endpoint) return null;
        if (emailAddress && !mailbox) warnOnce(`<${tag}> email-address="${emailAddress}" is not an email address; it is not used.`);
        return mailbox ? null : 'endpoint or email-address';
      case 'phone':
        return settings.phoneNumber?.trim() ? null : 'phone-number';
    }
  };

  const working: FeedbackChannel[] = [];
  for (const token of channels.trim().toLowerCase().split(/\s+/).filter(Boolean)) {
    const channel = token as FeedbackChannel;
    if (!ALL_CHANNELS.includes(channel)) {
      warnOnce(`<${tag} channels="${channels}"> "${token}" is not one of ${ALL_CHANNELS.join(', ')}; it is left out.`);
      continue;
    }
    if (working.includes(channel)) continue;
    const missing = missingFor(channel);
    if (missing) warnOnce(`<${tag} channels="${channels}"> channel "${channel}" needs ${missing}; it is left out.`);
    else working.push(channel);
  }
  return { channels: working, webLink, smsDigits, mailbox };
}
