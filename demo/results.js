// The team's results page: reads GET /api/summary and shows the figures as text and tables, with
// a bar chart of the rating distribution. The page runs under a strict CSP with Trusted Types, so
// everything is built with DOM APIs (createElement, createElementNS, textContent), never as HTML,
// and sizes are SVG attributes while colours are classes in demo.css. The chart is hidden from
// assistive technology (aria-hidden); the table under it, which says so, gives the same figures.
// Staff-facing and English only; it does not load the library. The receiver serves this page only
// to signed-in staff; what the figures show depends on the role (/api/session): reviewers also get
// the comment review queue, with phone numbers and email addresses already masked by the receiver.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** GOV.UK satisfaction wording, as on the feedback form (1 to 5 scale only). */
const LABELS_5 = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither satisfied or dissatisfied',
  4: 'Satisfied',
  5: 'Very satisfied',
};

const integer = new Intl.NumberFormat('en-GB');
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const plural = new Intl.PluralRules('en-GB');

/** `count` with the right form of the noun: 1 rating, 2 ratings. */
const counted = (count, one, other) => `${integer.format(count)} ${plural.select(count) === 'one' ? one : other}`;

/**
 * Creates an HTML element. `props.class` sets the class; every other prop is an attribute.
 * Children are nodes or text (never parsed as HTML); null and false are skipped.
 */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Creates an SVG element with attributes and text content. */
function s(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The rating values of a scale, 1 to max. */
const values = (max) => Array.from({ length: max }, (_, i) => i + 1);

/** "2 – Dissatisfied" on the 1 to 5 scale, else "1 (lowest)", "7", "10 (highest)". */
function ratingLabel(value, max) {
  if (max === 5) return `${value} – ${LABELS_5[value]}`;
  if (value === 1) return '1 (lowest)';
  if (value === max) return `${value} (highest)`;
  return String(value);
}

/**
 * An ISO week key ("2025-W03") as dates, with short month names to keep the table narrow:
 * "13 to 19 Jan 2025", "30 Dec 2024 to 5 Jan 2025".
 * @returns {{ dates: string, week: string }}
 */
function weekLabel(key) {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return { dates: key, week: '' };
  const [year, week] = [Number(match[1]), Number(match[2])];
  // Week 1 is the week with 4 January in it; weeks start on Monday.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const part = (date, options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(date);
  const sameYear = monday.getUTCFullYear() === sunday.getUTCFullYear();
  const sameMonth = sameYear && monday.getUTCMonth() === sunday.getUTCMonth();
  const start = sameMonth
    ? part(monday, { day: 'numeric' })
    : part(monday, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
  return {
    dates: `${start} to ${part(sunday, { day: 'numeric', month: 'short', year: 'numeric' })}`,
    week: `Week ${week}`,
  };
}

/**
 * Wraps a wide table so that it scrolls sideways on a narrow screen. When it does, a hint says so,
 * and the wrapper becomes a named, focusable region, so that keyboard users can scroll it too.
 */
function scrollable(table, captionId) {
  const wrapper = h('div', { class: 'table-scroll' }, table);
  const hint = h('p', { class: 'hint scroll-hint', hidden: '' }, 'Scroll sideways to see the whole table.');
  const update = () => {
    const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    hint.hidden = !scrolls;
    if (scrolls) {
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-labelledby', captionId);
    } else {
      wrapper.removeAttribute('tabindex');
      wrapper.removeAttribute('role');
      wrapper.removeAttribute('aria-labelledby');
    }
  };
  new ResizeObserver(update).observe(wrapper);
  return h('div', {}, hint, wrapper);
}

/**
 * The distribution as a horizontal bar chart in inline SVG. Bars are sized in per cent of the
 * chart's width (no viewBox), so the text keeps its size on every screen.
 */
function distributionChart(counts, max) {
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
function distributionTable(overall, max) {
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

/**
 * One breakdown (by week, unit or officer): a table of the groups shown, and what was hidden.
 * @param {{ groups: { key: string, count: number, mean: number, counts: Record<string, number> }[], suppressed: number }} breakdown
 */
function breakdownSection({ id, heading, column, columnHint, one, other, unlinked, label, verifiedOnly, intro }, breakdown, summary) {
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

const languageNames = new Intl.DisplayNames('en-GB', { type: 'language', fallback: 'code' });
const CHANNEL_NAMES = { qr: 'QR code', sms: 'Link in a text message', email: 'Link in an email', web: 'Web page', other: 'Other' };
const VERIFIED_INTRO =
  'Only ratings from a code made on the officer page count here: the receiver signs those, so no one can rate a made-up officer or unit.';

const BREAKDOWNS = [
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

function render(summary) {
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

/** Requests for a feedback link by text message or email, from /api/summary's contactRequests. */
function contactSection(requests) {
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

/** The comment review queue, for reviewers: comments not yet reviewed, newest first. */
async function commentSection(session, query) {
  const section = h('section', { 'aria-labelledby': 'comments-heading' }, h('h2', { id: 'comments-heading' }, 'Comments to review'));
  const status = h('p', { role: 'status', class: 'hint' });
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) if (query.get(name)) params.set(name, query.get(name));
  let body;
  try {
    const response = await fetch(`/api/comments?${params}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    body = await response.json();
  } catch {
    section.append(h('p', {}, 'The comments could not be loaded. Refresh the page to try again.'));
    return section;
  }
  section.append(
    h(
      'p',
      {},
      'Phone numbers and email addresses in comments are removed before you see them. Mark a comment as reviewed once you have acted on it.',
    ),
    status,
  );
  if (!body.comments.length) {
    section.append(h('p', {}, 'There are no comments waiting for review.'));
    return section;
  }
  const list = h('ul', { class: 'comment-list' });
  for (const c of body.comments) {
    const button = h('button', { type: 'button', class: 'button button--secondary' }, 'Mark as reviewed');
    const item = h(
      'li',
      {},
      h('blockquote', {}, c.comment),
      h(
        'p',
        { class: 'hint' },
        `Rated ${c.rating.value} out of ${c.rating.max}, ${weekLabel(c.week).dates}, in ${languageNames.of(c.language) ?? c.language}` +
          (c.unit ? `, unit ${c.unit}` : ''),
      ),
      button,
    );
    button.addEventListener('click', async () => {
      button.disabled = true;
      const response = await fetch(`/api/comments/${encodeURIComponent(c.id)}/reviewed`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
        body: '{}',
      }).catch(() => null);
      if (response?.ok) {
        button.replaceWith(h('p', {}, h('strong', {}, 'Reviewed')));
        status.textContent = 'Comment marked as reviewed.';
      } else {
        button.disabled = false;
        status.textContent = 'The comment could not be marked as reviewed. Try again.';
      }
    });
    list.append(item);
  }
  section.append(list);
  return section;
}

/** Who is signed in, and a sign-out button (a form posting the session's CSRF token). */
function signedIn(session) {
  const roles = { analyst: 'analyst', reviewer: 'reviewer', sender: 'sender', officer: 'officer' };
  return h(
    'div',
    { class: 'signed-in' },
    h('p', {}, `Signed in as ${session.name} (${roles[session.role] ?? session.role}).`),
    h(
      'form',
      { method: 'post', action: '/signout' },
      h('input', { type: 'hidden', name: 'csrf', value: session.csrf }),
      h('button', { type: 'submit', class: 'button button--secondary' }, 'Sign out'),
    ),
  );
}

/** The period and place filters: a plain GET form, so the address says what is shown. */
function filters(summary, query) {
  const field = (id, text, control) => h('div', { class: 'field' }, h('label', { for: id }, text), control);
  const date = (name) => {
    const input = h('input', { type: 'date', id: `filter-${name}`, name });
    input.value = query.get(name) ?? '';
    return input;
  };
  const select = (name, empty, options) => {
    const element = h('select', { id: `filter-${name}`, name }, h('option', { value: '' }, empty));
    for (const [value, text] of options) element.append(h('option', { value }, text));
    element.value = query.get(name) ?? '';
    return element;
  };
  const boroughs = [...new Set(summary.units.map((u) => u.borough))].map((b) => [b, b]);
  const form = h(
    'form',
    { method: 'get', action: '/results.html', class: 'filters', 'aria-label': 'Filter the results' },
    field('filter-from', 'From', date('from')),
    field('filter-to', 'To', date('to')),
    boroughs.length ? field('filter-borough', 'Borough', select('borough', 'All boroughs', boroughs)) : null,
    summary.units.length
      ? field(
          'filter-unit',
          'Unit',
          select(
            'unit',
            'All units',
            summary.units.map((u) => [u.code, u.name]),
          ),
        )
      : null,
    h('input', { type: 'hidden', name: 'max', value: String(summary.max) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, 'Show results')),
  );
  return form;
}

function failed(message) {
  return [h('div', { class: 'results-error', role: 'alert' }, h('h2', {}, 'The results could not be loaded'), h('p', {}, message))];
}

async function main() {
  const container = document.getElementById('results');
  const query = new URL(location.href).searchParams;
  const requested = Number(query.get('max') ?? 5);
  const max = Number.isInteger(requested) && requested >= 3 && requested <= 10 ? requested : 5;
  // Only the filters the receiver knows travel on; the values are checked there.
  const params = new URLSearchParams({ max: String(max) });
  for (const name of ['from', 'to', 'borough', 'unit']) if (query.get(name)) params.set(name, query.get(name));
  let nodes;
  try {
    const [sessionResponse, response] = await Promise.all([
      fetch('/api/session', { cache: 'no-store' }),
      fetch(`/api/summary?${params}`, { headers: { Accept: 'application/json' }, cache: 'no-store' }),
    ]);
    if (response.status === 401 || sessionResponse.status === 401) {
      nodes = failed('Your session has ended. Sign in again to see the results.');
      nodes.push(h('p', {}, h('a', { href: '/signin?next=/results.html' }, 'Sign in')));
    } else if (!response.ok) {
      nodes = failed(
        `The server answered with status ${response.status}. ${response.status === 400 ? 'Check the dates.' : 'Try again later.'}`,
      );
    } else {
      const session = await sessionResponse.json();
      const summary = await response.json();
      nodes = [signedIn(session), filters(summary, query), ...render(summary), contactSection(summary.contactRequests)];
      if (session.permissions.includes('comments')) nodes.push(await commentSection(session, query));
      const download = document.getElementById('download-link');
      if (download) {
        const period = new URLSearchParams();
        for (const name of ['from', 'to']) if (query.get(name)) period.set(name, query.get(name));
        download.href = `/api/export.csv${period.size ? `?${period}` : ''}`;
      }
      if (!session.permissions.includes('comments')) document.getElementById('download-comments')?.setAttribute('hidden', '');
    }
  } catch {
    nodes = failed('The server could not be reached. Check that the receiver is running, then refresh the page.');
  }
  container.replaceChildren(...nodes.filter(Boolean));
  container.removeAttribute('aria-busy');
}

main();
