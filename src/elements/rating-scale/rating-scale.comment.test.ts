import { expect, fixture, html } from '@open-wc/testing';
import { LocalizedElement } from '../../core/i18n/localized-element.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { CommentController } from './rating-scale.comment.js';
// The element brings the English strings the comment box speaks.
import './rating-scale.js';

// The comment box's count is shown at once and spoken only once typing pauses (GOV.UK's character
// count): timed on a fake clock, so the pause is asserted, not waited for.

const clock = new FakeClock();

class CommentHost extends LocalizedElement {
  readonly comment = new CommentController(this, this.locale, 10, clock);
  override render() {
    return this.comment.render({ showError: false, disabled: false });
  }
}
customElements.define('comment-host-test', CommentHost);

async function typed(host: CommentHost, text: string): Promise<void> {
  const box = host.shadowRoot!.querySelector('textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await host.updateComplete;
}

const spoken = (host: CommentHost) => host.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
const shown = (host: CommentHost) => host.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();

describe('rating-scale: the comment count', () => {
  it('shows the count at once and speaks it only when typing has paused for a second', async () => {
    const host = await fixture<CommentHost>(html`<comment-host-test></comment-host-test>`);
    await typed(host, 'abc');
    expect(shown(host)).to.equal('You have 7 characters remaining');
    expect(spoken(host), 'nothing spoken while typing').to.equal('');
    expect(clock.pending()).to.deep.equal([1000]);

    clock.advance(999);
    await host.updateComplete;
    expect(spoken(host)).to.equal('');
    await typed(host, 'abcdefghijkl');
    expect(shown(host)).to.equal('You have 2 characters too many');
    expect(clock.pending(), 'each keystroke starts the pause again').to.deep.equal([1000]);

    clock.advance(1000);
    await host.updateComplete;
    expect(spoken(host)).to.equal('You have 2 characters too many');
  });

  it('forgets the pending count when the box leaves the page', async () => {
    const host = await fixture<CommentHost>(html`<comment-host-test></comment-host-test>`);
    await typed(host, 'abc');
    expect(clock.pending()).to.have.length(1);
    host.remove();
    expect(clock.pending()).to.deep.equal([]);
  });
});
