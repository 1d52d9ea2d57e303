// Requests for a feedback link by text message or email: how many are in each state.
import { h, scrollable } from './dom.js';
import { integer } from './format.js';

/** Requests for a feedback link by text message or email, from /api/summary's contactRequests. */
export function contactSection(requests) {
  if (!requests) return null;
  const rows = [
    ['waiting', 'Waiting to be sent'],
    ['sent', 'Sent'],
    ['failed', 'Could not be sent'],
    ['expired', 'Expired before they could be sent'],
    ['cancelled', 'Cancelled by the person'],
    ['capped', 'Not sent: too many to one number or address'],
    ['unconfirmed', 'Interrupted while sending, not sent again'],
  ];
  const captionId = 'contact-caption';
  const table = h(
    'table',
    { class: 'results-table' },
    h('caption', { id: captionId }, 'Requests for a feedback link'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'State'), h('th', { scope: 'col', class: 'numeric' }, 'Requests'))),
    h(
      'tbody',
      {},
      rows.map(([key, text]) =>
        h('tr', {}, h('th', { scope: 'row' }, text), h('td', { class: 'numeric' }, integer.format(requests[key] ?? 0))),
      ),
    ),
  );
  const missing = ['sms', 'email'].filter((c) => !requests.channels.includes(c));
  return h(
    'section',
    { 'aria-labelledby': 'contact-heading' },
    h('h2', { id: 'contact-heading' }, 'Requests for a feedback link'),
    scrollable(table, captionId),
    missing.length
      ? h(
          'p',
          { class: 'hint' },
          `This receiver cannot send ${missing.map((c) => (c === 'sms' ? 'text messages' : 'emails')).join(' or ')} yet: those requests wait and then expire. See docs/receiver.md.`,
        )
      : null,
  );
}
