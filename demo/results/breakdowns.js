// The breakdowns of the ratings: by week, borough, unit, officer, channel and language, each a
// table of the groups large enough to show, and a note of what is hidden.
import { h, scrollable } from './dom.js';
import { counted, integer, languageNames, oneDecimal, values, weekLabel } from './format.js';

const CHANNEL_NAMES = { qr: 'QR code', sms: 'Link in a text message', email: 'Link in an email', web: 'Web page', other: 'Other' };
const VERIFIED_INTRO =
  'Only ratings from a code made on the officer page count here: the receiver signs those, so no one can rate a made-up officer or unit.';

export const BREAKDOWNS = [
  {
    key: 'byWeek',
    id: 'by-week',
    heading: 'By week',
    column: 'Week',
    one: 'week',
    other: 'weeks',
    unlinked: '',
    intro: 'The trend: ratings by the week they arrived.',
  },
  {
    key: 'byBorough',
    id: 'by-borough',
    heading: 'By borough',
    column: 'Borough',
    one: 'borough',
    other: 'boroughs',
    unlinked: 'from a unit without a borough',
    verifiedOnly: true,
    intro: VERIFIED_INTRO,
  },
  {
    key: 'byUnit',
    id: 'by-unit',
    heading: 'By unit',
    column: 'Unit',
    one: 'unit',
    other: 'units',
    unlinked: 'without a unit',
    verifiedOnly: true,
    label: (code, summary) => {
      const unit = summary.units.find((u) => u.code === code);
      return unit ? { text: unit.name, hint: `${code}, ${unit.borough}` } : { text: code };
    },
  },
  {
    key: 'byOfficer',
    id: 'by-officer',
    heading: 'By officer',
    column: 'Officer',
    columnHint: 'collar number',
    one: 'officer',
    other: 'officers',
    unlinked: 'without an officer’s collar number',
    verifiedOnly: true,
  },
  {
    key: 'byChannel',
    id: 'by-channel',
    heading: 'By channel',
    column: 'How they reached the form',
    one: 'channel',
    other: 'channels',
    unlinked: 'without a channel',
    label: (key) => ({ text: CHANNEL_NAMES[key] ?? key }),
  },
  {
    key: 'byLanguage',
    id: 'by-language',
    heading: 'By language',
    column: 'Language',
    one: 'language',
    other: 'languages',
    unlinked: '',
    label: (key) => ({ text: languageNames.of(key) ?? key, hint: key }),
  },
];

/**
 * One breakdown (by week, unit or officer): a table of the groups shown, and what was hidden.
 * @param {{ groups: { key: string, count: number, mean: number, counts: Record<string, number> }[], suppressed: number }} breakdown
 */
export function breakdownSection(
  { id, heading, column, columnHint, one, other, unlinked, label, verifiedOnly, intro },
  breakdown,
  summary,
) {
  const { max, minGroupSize } = summary;
  // Officers, units and boroughs count verified ratings only (from a signed officer link).
  const total = verifiedOnly ? summary.verified.count : summary.overall.count;
  const captionId = `${id}-caption`;
  const section = h(
    'section',
    { 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading),
    intro ? h('p', {}, intro) : null,
  );

  if (breakdown.groups.length > 0) {
    const table = h(
      'table',
      { class: 'results-table' },
      h('caption', { id: captionId }, `Ratings ${heading.toLowerCase()}`),
      // The counts per value sit under one group header, each column headed by its value only (with
      // "Rated" for screen readers), so that even ten of them fit.
      h('colgroup', { span: 3 }),
      h('colgroup', { span: max }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', rowspan: 2 }, column, columnHint ? h('span', { class: 'cell-hint' }, columnHint) : null),
          h('th', { scope: 'col', rowspan: 2, class: 'numeric' }, 'Ratings'),
          h('th', { scope: 'col', rowspan: 2, class: 'numeric' }, 'Average', h('span', { class: 'cell-hint' }, `out of ${max}`)),
          h('th', { scope: 'colgroup', colspan: max, class: 'colgroup-heading' }, 'Number of people who rated'),
        ),
        h(
          'tr',
          {},
          values(max).map((value) =>
            h('th', { scope: 'col', class: 'numeric' }, h('span', { class: 'results-visually-hidden' }, 'Rated '), String(value)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        breakdown.groups.map((group) => {
          let rowHeader;
          if (id === 'by-week') {
            const { dates, week } = weekLabel(group.key);
            rowHeader = h('th', { scope: 'row' }, dates, week ? h('span', { class: 'cell-hint' }, week) : null);
          } else if (label) {
            const { text, hint } = label(group.key, summary);
            rowHeader = h('th', { scope: 'row' }, text, hint ? h('span', { class: 'cell-hint' }, hint) : null);
          } else {
            rowHeader = h('th', { scope: 'row' }, group.key);
          }
          return h(
            'tr',
            {},
            rowHeader,
            h('td', { class: 'numeric' }, integer.format(group.count)),
            h('td', { class: 'numeric' }, oneDecimal.format(group.mean)),
            values(max).map((value) => h('td', { class: 'numeric' }, integer.format(group.counts[value] ?? 0))),
          );
        }),
      ),
    );
    section.append(scrollable(table, captionId));
  } else if (breakdown.suppressed === 0) {
    section.append(h('p', {}, `No ratings were sent ${unlinked}.`));
  }

  const shown = breakdown.groups.reduce((sum, group) => sum + group.count, 0);
  if (breakdown.suppressed > 0) {
    section.append(
      h(
        'div',
        { class: 'results-note' },
        h(
          'p',
          {},
          h('strong', {}, `${counted(breakdown.suppressed, one, other)} ${breakdown.suppressed === 1 ? 'is' : 'are'} not shown. `),
          `Groups of fewer than ${counted(minGroupSize, 'response', 'responses')} are hidden so no one can be identified.`,
        ),
        h('p', {}, 'Sometimes a larger group is hidden too, so that a small one cannot be worked out from the totals.'),
      ),
    );
  }
  if (shown < total && breakdown.groups.length > 0) {
    const rest =
      breakdown.suppressed > 0
        ? unlinked
          ? `are in hidden groups, or were sent ${unlinked}`
          : 'are in hidden groups'
        : `were sent ${unlinked}`;
    section.append(
      h(
        'p',
        { class: 'hint' },
        `The ${other} shown hold ${integer.format(shown)} of the ${counted(total, 'rating', 'ratings')}. The others ${rest}.`,
      ),
    );
  }
  return section;
}
