// How people rated the service: the distribution as a bar chart (hidden from assistive
// technology) and as the table under it that gives the same figures.
import { h, s, scrollable } from './dom.js';
import { integer, percent, ratingLabel, values } from './format.js';

/**
 * The distribution as a horizontal bar chart in inline SVG. Bars are sized in per cent of the
 * chart's width (no viewBox), so the text keeps its size on every screen.
 */
export function distributionChart(counts, max) {
  const ROW = 64;
  const BAR_Y = 26;
  const BAR_HEIGHT = 28;
  const largest = Math.max(1, ...values(max).map((v) => counts[v] ?? 0));
  const svg = s('svg', {
    class: 'chart',
    width: '100%',
    height: max * ROW - (ROW - BAR_Y - BAR_HEIGHT),
    'aria-hidden': 'true',
    focusable: 'false',
  });
  values(max).forEach((value, i) => {
    const count = counts[value] ?? 0;
    const width = (count / largest) * 100;
    const row = s('g', { transform: `translate(0 ${i * ROW})` });
    row.append(s('text', { class: 'chart__label', x: 0, y: 18 }, ratingLabel(value, max)));
    if (count > 0) {
      row.append(s('rect', { class: 'chart__bar', x: 0, y: BAR_Y, width: `${width}%`, height: BAR_HEIGHT }));
    }
    // The count sits after the bar, or inside a long bar so that it never runs off the edge.
    const inside = width > 75;
    row.append(
      s(
        'text',
        {
          class: inside ? 'chart__value chart__value--inside' : 'chart__value',
          x: `${width}%`,
          dx: inside ? -8 : count > 0 ? 8 : 0,
          y: BAR_Y + BAR_HEIGHT / 2,
          'dominant-baseline': 'central',
          'text-anchor': inside ? 'end' : 'start',
        },
        integer.format(count),
      ),
    );
    svg.append(row);
  });
  return svg;
}

/** The distribution as a table: the chart's text alternative. */
export function distributionTable(overall, max) {
  const captionId = 'distribution-caption';
  const table = h(
    'table',
    { class: 'results-table' },
    h('caption', { id: captionId }, 'Number of people who gave each rating'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Rating'),
        h('th', { scope: 'col', class: 'numeric' }, 'People'),
        h('th', { scope: 'col', class: 'numeric' }, 'Share'),
      ),
    ),
    h(
      'tbody',
      {},
      values(max).map((value) => {
        const count = overall.counts[value] ?? 0;
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, ratingLabel(value, max)),
          h('td', { class: 'numeric' }, integer.format(count)),
          h('td', { class: 'numeric' }, percent.format(overall.count ? count / overall.count : 0)),
        );
      }),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Total'),
        h('td', { class: 'numeric' }, integer.format(overall.count)),
        h('td', { class: 'numeric' }, percent.format(1)),
      ),
    ),
  );
  return scrollable(table, captionId);
}
