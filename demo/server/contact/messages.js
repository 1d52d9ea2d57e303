// @ts-check
/**
 * The words of the message a victim receives, for providers that need the receiver to write it
 * (SMTP). GOV.UK Notify keeps its own templates, written from these (docs/receiver.md).
 *
 * Nothing but the force's name and the feedback link: never a word about the crime, so that a
 * message seen by someone else on the person's phone or inbox says as little as possible.
 * Welsh is here because a Welsh request must get a wholly Welsh message; other languages fall back
 * to English until a force adds them.
 */

/** @typedef {{ subject: string, body: string }} Text */

/** @type {Record<string, { subject: (o: string) => string, sms: (o: string, link: string) => string, email: (o: string, link: string) => string }>} */
const TEXTS = {
  en: {
    subject: (o) => `${o}: your feedback link`,
    sms: (o, link) => `${o}: you asked for a link to tell us about our service. ${link} You do not need to reply.`,
    email: (o, link) =>
      `You asked ${o} for a link to tell us about the service you received.\n\n` +
      `Give your feedback here:\n${link}\n\n` +
      `It takes about 2 minutes. You do not need to reply to this email, and we will not send you any more messages about it.\n\n` +
      `If you did not ask for this, you can ignore it.\n\n${o}`,
  },
  cy: {
    subject: (o) => `${o}: eich dolen adborth`,
    sms: (o, link) => `${o}: gofynnoch am ddolen i ddweud wrthym am ein gwasanaeth. ${link} Does dim angen i chi ateb.`,
    email: (o, link) =>
      `Gofynnoch i ${o} am ddolen i ddweud wrthym am y gwasanaeth a gawsoch.\n\n` +
      `Rhowch eich adborth yma:\n${link}\n\n` +
      `Mae'n cymryd tua 2 funud. Does dim angen i chi ateb yr e-bost hwn, ac ni fyddwn yn anfon rhagor o negeseuon atoch amdano.\n\n` +
      `Os na wnaethoch ofyn am hyn, gallwch ei anwybyddu.\n\n${o}`,
  },
};

/** Languages with a message of their own; any other gets English. */
export const MESSAGE_LANGUAGES = Object.freeze(Object.keys(TEXTS));

/**
 * @param {'sms' | 'email'} channel
 * @param {string} locale BCP 47 of the language the person used
 * @param {{ organisation: string, link: string }} values
 * @returns {Text}
 */
export function messageText(channel, locale, { organisation, link }) {
  const language = locale.toLowerCase().split('-')[0];
  const t = TEXTS[language] ?? TEXTS.en;
  return { subject: t.subject(organisation), body: channel === 'sms' ? t.sms(organisation, link) : t.email(organisation, link) };
}
