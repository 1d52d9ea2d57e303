// @ts-check
/**
 * The providers that deliver feedback links, behind one small interface:
 *
 *   provider.channels            the channels it can send: Set of 'sms' | 'email'
 *   provider.send(message)       resolves { providerRef } once the provider has accepted it;
 *                                rejects with a ProviderError that says whether to retry
 *   provider.findSent(requestId) after a crash mid-send: resolves true if the provider already
 *                                holds a message for this request, false if not, null if it cannot tell
 *
 * GOV.UK Notify (text messages and email, through its official client) and SMTP (email, through
 * nodemailer) are built in. The message holds the feedback link and the force's name, nothing else.
 */
import NotifyClient from 'notifications-node-client';
import nodemailer from 'nodemailer';
import { messageText } from './messages.js';

/**
 * @typedef {'sms' | 'email'} Channel
 * @typedef {{ id: string, channel: Channel, address: string, locale: string, link: string, organisation: string }} Message
 * @typedef {{
 *   name: string, channels: Set<Channel>,
 *   send(message: Message): Promise<{ providerRef: string | null }>,
 *   findSent(requestId: string, channel: Channel): Promise<boolean | null>
 * }} Provider
 */

/** A provider's refusal or failure. `retry` is true for 5xx, 429 and network errors. */
export class ProviderError extends Error {
  /**
   * @param {string} message the provider's own words, kept for the team (never personal data)
   * @param {{ retry: boolean, status?: number, retryAfterMs?: number }} how
   */
  constructor(message, { retry, status, retryAfterMs }) {
    super(message);
    this.name = 'ProviderError';
    this.retry = retry;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * Whether an HTTP status from a provider is worth retrying.
 * @param {number | undefined} status
 */
export const retryable = (status) => status === undefined || status === 408 || status === 429 || status >= 500;

/**
 * @param {string | undefined} header a Retry-After header: seconds or an HTTP date
 * @param {number} nowMs
 */
function retryAfterMs(header, nowMs) {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Picks the template for a channel and language: the language's own where the force has one
 * (`NOTIFY_SMS_TEMPLATE_ID_CY`), else the default.
 * @param {{ default: string, byLanguage: Record<string, string> } | null} templates
 * @param {string} locale
 */
export function templateFor(templates, locale) {
  if (!templates) return null;
  const language = locale.toLowerCase().split('-')[0];
  return templates.byLanguage[locale.toLowerCase()] ?? templates.byLanguage[language] ?? templates.default;
}

/**
 * GOV.UK Notify through notifications-node-client.
 * @param {{ apiKey: string, baseUrl: string, sms: { default: string, byLanguage: Record<string, string> } | null,
 *           email: { default: string, byLanguage: Record<string, string> } | null }} options
 * @returns {Provider}
 */
export function notifyProvider({ apiKey, baseUrl, sms, email }) {
  const client = new NotifyClient.NotifyClient(baseUrl, apiKey);
  /** @type {Set<Channel>} */
  const channels = new Set();
  if (sms) channels.add('sms');
  if (email) channels.add('email');

  /** @param {any} err */
  const toProviderError = (err) => {
    const status = err?.response?.status;
    const errors = err?.response?.data?.errors;
    const words =
      Array.isArray(errors) && errors.length
        ? errors.map((/** @type {any} */ e) => `${e.error}: ${e.message}`).join('; ')
        : status
          ? `HTTP ${status}`
          : `network: ${err?.code ?? err?.message ?? 'no answer'}`;
    return new ProviderError(`Notify: ${words}`, {
      retry: retryable(status),
      status,
      retryAfterMs: retryAfterMs(err?.response?.headers?.['retry-after'], Date.now()),
    });
  };

  return {
    name: 'notify',
    channels,
    async send(message) {
      const personalisation = { link: message.link, organisation: message.organisation };
      const options = { personalisation, reference: message.id };
      try {
        const response =
          message.channel === 'sms'
            ? await client.sendSms(/** @type {string} */ (templateFor(sms, message.locale)), message.address, options)
            : await client.sendEmail(/** @type {string} */ (templateFor(email, message.locale)), message.address, options);
        return { providerRef: response.data?.id ?? null };
      } catch (err) {
        throw toProviderError(err);
      }
    },
    async findSent(requestId, channel) {
      try {
        const response = await client.getNotifications(channel, undefined, requestId);
        const found = response.data?.notifications ?? [];
        return found.some((/** @type {any} */ n) => n.reference === requestId);
      } catch {
        return null;
      }
    },
  };
}

/**
 * Email through SMTP with nodemailer. SMTP cannot be asked afterwards whether a message went, so
 * a send interrupted by a crash is not repeated (findSent answers null: "cannot tell").
 * @param {{ url: string, from: string }} options
 * @returns {Provider}
 */
export function smtpProvider({ url, from }) {
  const transport = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    channels: new Set(/** @type {Channel[]} */ (['email'])),
    async send(message) {
      const { subject, body } = messageText('email', message.locale, message);
      const domain = from.replace(/^.*@/, '').replace(/[>\s].*$/, '') || 'localhost';
      try {
        const info = await transport.sendMail({
          from,
          to: message.address,
          subject,
          text: body,
          // One Message-ID per request: a mail system that sees the same one twice can drop the copy.
          messageId: `<${message.id}@${domain}>`,
        });
        return { providerRef: info.messageId ?? null };
      } catch (err) {
        const e = /** @type {any} */ (err);
        const code = typeof e?.responseCode === 'number' ? e.responseCode : undefined;
        // SMTP 4xx replies are temporary, 5xx permanent; no reply at all is a network fault.
        const retry = code === undefined || (code >= 400 && code < 500);
        throw new ProviderError(`SMTP: ${e?.response ?? e?.code ?? e?.message ?? 'failed'}`, { retry, status: code });
      }
    },
    async findSent() {
      return null;
    },
  };
}
