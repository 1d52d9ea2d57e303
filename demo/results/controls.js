// The top of the results: who is signed in (with sign-out), and the period and place filters.
import { h } from './dom.js';

/** Who is signed in, and a sign-out button (a form posting the session's CSRF token). */
export function signedIn(session) {
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
export function filters(summary, query) {
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
