// The figures from /api/summary: the overview, the distribution, the breakdowns and the officers
// for recognition, or what to say when there are none yet.
import { h } from './dom.js';
import { counted, dateTime, integer, oneDecimal } from './format.js';
import { distributionChart, distributionTable } from './distribution.js';
import { BREAKDOWNS, breakdownSection } from './breakdowns.js';

/** Links to the other rating scales that have ratings, if any. */
function otherScales(summary) {
  const others = summary.scales.filter((scale) => scale.max !== summary.max && scale.count > 0);
  if (others.length === 0) return null;
  return h(
    'p',
    {},
    'There are also ratings on other scales: ',
    others.flatMap((scale, i) => [
      i > 0 ? ', ' : null,
      h('a', { href: `?max=${scale.max}` }, `${counted(scale.count, 'rating', 'ratings')} from 1 to ${scale.max}`),
    ]),
    '.',
  );
}

/** The figures of one scale, as the nodes to put on the page. */
export function figures(summary) {
  const { max, overall, minGroupSize } = summary;
  const nodes = [];
  const anyRatings = summary.scales.some((scale) => scale.count > 0);

  if (!anyRatings) {
    nodes.push(
      h('h2', {}, 'No feedback yet'),
      h('p', {}, 'No one has sent a rating yet. Ratings show here as soon as people send them from the feedback page.'),
      h(
        'p',
        {},
        'Officers can ',
        h('a', { href: '/officer.html' }, 'print a QR code'),
        ' to give to the people they help. It opens ',
        h('a', { href: '/' }, 'the feedback page'),
        '.',
      ),
    );
    return nodes;
  }

  nodes.push(h('p', { class: 'hint' }, `Figures at ${dateTime.format(new Date(summary.generatedAt))}. Refresh the page to update them.`));

  if (overall.count === 0) {
    nodes.push(h('h2', {}, `No ratings from 1 to ${max}`), otherScales(summary));
    return nodes;
  }

  nodes.push(
    h('h2', {}, 'Overview'),
    h(
      'dl',
      { class: 'stats' },
      h('div', { class: 'stats__item' }, h('dt', {}, 'Ratings'), h('dd', {}, integer.format(overall.count))),
      overall.suppressed
        ? null
        : h(
            'div',
            { class: 'stats__item' },
            h('dt', {}, 'Average rating'),
            h('dd', {}, oneDecimal.format(overall.mean), h('span', { class: 'stats__unit' }, ` out of ${max}`)),
          ),
    ),
    otherScales(summary),
  );

  if (overall.suppressed) {
    nodes.push(
      h(
        'div',
        { class: 'results-note' },
        h(
          'p',
          {},
          `The average and the breakdowns show once there are at least ${counted(minGroupSize, 'rating', 'ratings')}, ` +
            'so that no one can be identified.',
        ),
      ),
    );
    return nodes;
  }

  nodes.push(
    h('h2', { id: 'distribution-heading' }, 'How people rated the service'),
    h('p', {}, 'The chart shows how many people gave each rating. The table below gives the same figures.'),
    h('div', { class: 'chart-figure' }, distributionChart(overall.counts, max)),
    distributionTable(overall, max),
  );

  if (summary.verified.unverified > 0) {
    nodes.push(
      h(
        'p',
        { class: 'hint' },
        `${counted(summary.verified.unverified, 'rating was', 'ratings were')} sent without a signed officer code. ` +
          'They count in the overview, the weeks, channels and languages, never for an officer, unit or borough.',
      ),
    );
  }
  for (const breakdown of BREAKDOWNS) {
    if (summary[breakdown.key]) nodes.push(breakdownSection(breakdown, summary[breakdown.key], summary));
  }
  nodes.push(recognitionSection(summary));
  return nodes;
}

/** The officers with the highest average, each over at least the minimum number of verified ratings. */
function recognitionSection(summary) {
  const section = h('section', { 'aria-labelledby': 'recognition-heading' }, h('h2', { id: 'recognition-heading' }, 'For recognition'));
  if (!summary.recognition.length) {
    section.append(
      h('p', {}, `No officer has ${counted(summary.minGroupSize, 'verified rating', 'verified ratings')} or more in this period yet.`),
    );
    return section;
  }
  section.append(
    h(
      'p',
      {},
      `The officers with the highest average rating, each over at least ${counted(summary.minGroupSize, 'verified rating', 'verified ratings')} in this period.`,
    ),
    h(
      'ol',
      { class: 'recognition' },
      summary.recognition.map((r) =>
        h(
          'li',
          {},
          h('strong', {}, `Officer ${r.officer}`),
          `: ${oneDecimal.format(r.mean)} out of ${summary.max}, from ${counted(r.count, 'rating', 'ratings')}`,
        ),
      ),
    ),
  );
  return section;
}
