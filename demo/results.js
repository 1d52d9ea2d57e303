// The team's results page: reads GET /api/summary and shows the figures as text and tables, with
// a bar chart of the rating distribution. The page runs under a strict CSP with Trusted Types, so
// everything is built with DOM APIs (createElement, createElementNS, textContent), never as HTML,
// and sizes are SVG attributes while colours are classes in demo.css. The chart is hidden from
// assistive technology (aria-hidden); the table under it, which says so, gives the same figures.
// Staff-facing and English only; it does not load the library. The receiver serves this page only
// to signed-in staff; what the figures show depends on the role (/api/session): reviewers also get
// the comment review queue, with phone numbers and email addresses already masked by the receiver.
//
// The page's sections are modules in results/: dom.js (building nodes), format.js (numbers,
// ratings, weeks), controls.js (signed in, filters), summary.js with distribution.js and
// breakdowns.js (the figures), contact-requests.js, comments.js. This file loads the data and
// puts them on the page.
import { h } from './results/dom.js';
import { signedIn, filters } from './results/controls.js';
import { figures } from './results/summary.js';
import { contactSection } from './results/contact-requests.js';
import { commentSection } from './results/comments.js';

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
      nodes = [signedIn(session), filters(summary, query), ...figures(summary), contactSection(summary.contactRequests)];
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
