// The comment review queue, for reviewers: phone numbers and email addresses already masked by
// the receiver; "Mark as reviewed" posts with the session's CSRF token.
import { h } from './dom.js';
import { languageNames, weekLabel } from './format.js';

/** The comment review queue, for reviewers: comments not yet reviewed, newest first. */
export async function commentSection(session, query) {
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
