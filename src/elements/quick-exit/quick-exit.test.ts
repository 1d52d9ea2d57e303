import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delivery } from '../../core/transport/delivery.js';
import { ratingPayload } from '../rating-scale/rating-scale.payload.js';
import { axeViolations, describeAxeOverExamples } from '../../test-support/axe.js';
import { emulateMedia, engine, pageOfSize, sendKeys, sendMouse, type Engine } from '../../test-support/browser.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { deepActive } from '../../test-support/dom.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import { QuickExit } from './quick-exit.component.js';
import { quickExitExamples } from './quick-exit.examples.js';
import './quick-exit.js';

/** A quick exit that records where it would go instead of leaving the test page, on a clock the test moves. */
class RecordingQuickExit extends QuickExit {
  visited: string[] = [];
  clock = 0;
  protected override navigate(href: string): void {
    this.visited.push(href);
  }
  override now(): number {
    return this.clock;
  }
}
customElements.define('recording-quick-exit', RecordingQuickExit);

const part = (el: QuickExit, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: QuickExit) => text(el.shadowRoot!.querySelector('[role="status"]'));
const lights = (el: QuickExit) => el.shadowRoot!.querySelectorAll('.light--on').length;
const shift = () => sendKeys({ press: 'Shift' });

/** The most entries a tab's session history keeps, by engine. */
const SESSION_HISTORY_MAX: Record<Engine, number> = { chromium: 50, firefox: 50, webkit: 100 };
const warnings = warningsInEachTest();
const waitingPayload = () => {
  delivery().outbox.put({ endpoint: '/nowhere', payload: ratingPayload({ locale: 'en', value: 2, max: 5, comment: 'private' }) });
  expect(delivery().outbox.entries()).to.have.length(1);
};
const frame = (view: Window = window) => new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));

afterEach(async () => {
  localStorage.clear();
  document.documentElement.style.scrollPaddingTop = '';
  window.scrollTo(0, 0);
});

describeAxeOverExamples('quick-exit', quickExitExamples, (element) => {
  expect(part(element, 'button')).to.exist;
});
describeTargetSizesOverExamples('quick-exit', quickExitExamples);

describe('<quick-exit>: leaving', () => {
  it('leaves with the button: empties the outbox, covers the page and replaces it with the neutral site', async () => {
    waitingPayload();
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="https://www.example.org/news"></recording-quick-exit>`);
    const button = part(el, 'button') as HTMLButtonElement;
    expect(text(button.querySelector('.button__text'))).to.equal('Leave this page');
    expect(text(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!))).to.equal(
      'Or press the Shift key 3 times to leave quickly.',
    );
    button.click();
    expect(el.visited).to.deep.equal(['https://www.example.org/news']);
    expect(delivery().outbox.entries()).to.have.length(0);
    expect(localStorage.getItem('victim-care-elements:outbox')).to.equal(null);
    await el.updateComplete;
    const overlay = part(el, 'overlay') as HTMLDialogElement;
    // Modal: in the top layer over everything, and the page behind it can no longer be reached.
    expect(overlay.matches(':modal')).to.be.true;
    expect(text(overlay)).to.equal('Loading.');
    expect(overlay.getBoundingClientRect().width).to.equal(window.innerWidth);
    expect(await axeViolations(el)).to.deep.equal([]);
    overlay.close();
  });

  it('goes to https://www.bbc.co.uk/weather by default, and there with a warning when href is not http(s)', async () => {
    const plain = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    plain.exit();
    expect(plain.visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    (part(plain, 'overlay') as HTMLDialogElement).close();
    const hostile = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="javascript:alert(1)"></recording-quick-exit>`);
    hostile.exit();
    expect(hostile.visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(warnings.some((w) => w.includes('href="javascript:alert(1)"'))).to.be.true;
    (part(hostile, 'overlay') as HTMLDialogElement).close();
  });

  it('replaces the page in the history: Back from the neutral site goes to the page before, never to the page left', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position: fixed; inset: 0; width: 400px; height: 300px; border: 0';
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const where = () => frame.contentDocument?.getElementById('where')?.textContent;
    // Real clicks, so that each navigation is the person's own and makes a history entry.
    const click = async (target: Element) => {
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    };
    frame.src = '/src/test-support/fixtures/quick-exit.html?before';
    document.body.append(frame);
    try {
      await loaded();
      const start = history.length;
      let next = loaded();
      await click(frame.contentDocument!.getElementById('go')!);
      await next;
      await waitUntil(() => frame.contentDocument!.querySelector('quick-exit')?.shadowRoot?.querySelector('button'), 'quick exit drawn');
      // A tab keeps a limited number of entries: this page has run other test files before, so
      // the list may be full already, and then the oldest entry gives way to the new one.
      const most = SESSION_HISTORY_MAX[await engine()];
      expect(history.length, 'following a link adds an entry').to.equal(Math.min(start + 1, most));
      const afterLink = history.length;
      next = loaded();
      await click(frame.contentDocument!.querySelector('quick-exit')!.shadowRoot!.querySelector('button')!);
      await next;
      await waitUntil(() => where() === 'neutral', 'at the neutral page');
      expect(history.length, 'quick exit adds none').to.equal(afterLink);
      next = loaded();
      frame.contentWindow!.history.back();
      await next;
      await waitUntil(() => where() === 'start', 'back at the page before');
      expect(frame.contentWindow!.location.search).to.equal('?before');
    } finally {
      frame.remove();
    }
  });
});

describe('<quick-exit>: Shift pressed three times', () => {
  it('leaves when Shift is pressed three times, each within five seconds of the last, counting aloud and with lights', async () => {
    waitingPayload();
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    el.clock = 0;
    await shift();
    await el.updateComplete;
    expect(lights(el)).to.equal(1);
    expect(status(el)).to.equal('Shift, press 2 more times to leave.');
    el.clock = 4000;
    await shift();
    await el.updateComplete;
    expect(lights(el)).to.equal(2);
    expect(status(el)).to.equal('Shift, press 1 more time to leave.');
    el.clock = 9500; // More than five seconds after the last press: the count starts again.
    await shift();
    expect(el.visited).to.deep.equal([]);
    el.clock = 10000;
    await shift();
    el.clock = 14000;
    await shift();
    expect(el.visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(delivery().outbox.entries()).to.have.length(0);
    await el.updateComplete;
    (part(el, 'overlay') as HTMLDialogElement).close();
  });

  it('counts only Shift on its own: another key, or Shift used for a capital letter, starts again', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    await shift();
    await shift();
    await sendKeys({ press: 'a' });
    await el.updateComplete;
    expect(lights(el)).to.equal(0);
    expect(status(el)).to.equal('Leaving with the Shift key has timed out.');
    await shift();
    // Shift as a modifier (a capital A): its release does not count.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'A' });
    await sendKeys({ up: 'Shift' });
    await shift();
    expect(el.visited).to.deep.equal([]);
  });

  it('leaves once however many are on the page, from inside shadow roots too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <recording-quick-exit></recording-quick-exit><recording-quick-exit placement="static"></recording-quick-exit>
      <recording-quick-exit></recording-quick-exit>
    </div>`);
    const all = [...wrapper.querySelectorAll<RecordingQuickExit>('recording-quick-exit')];
    await Promise.all(all.map((el) => el.updateComplete));
    for (let i = 0; i < 3; i++) await shift();
    expect(all.map((el) => el.visited.length)).to.deep.equal([1, 0, 0]);
    // One status region for the page, so nothing is said three times.
    expect(all.map((el) => el.shadowRoot!.querySelectorAll('[role="status"]').length)).to.deep.equal([1, 0, 0]);
    (part(all[0]!, 'overlay') as HTMLDialogElement).close();
  });

  it('stops listening once the last one leaves the page', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    el.remove();
    for (let i = 0; i < 3; i++) await shift();
    expect(el.visited).to.deep.equal([]);
  });
});

describe('<quick-exit>: never covering the focused control', () => {
  // A page of the width under test (a frame of that size, the same in every engine) with a sticky
  // quick exit at the top of a long page of links.
  const longPage = (width: number) =>
    pageOfSize(
      { width, height: 480 },
      ['/src/elements/quick-exit/quick-exit.ts'],
      `<div><quick-exit></quick-exit>${Array.from({ length: 40 }, (_, i) => `<p><a href="#x${i}" id="link-${i}">Link ${i}</a> text under the bar</p>`).join('')}</div>`,
    );

  for (const width of [320, 1280]) {
    it(`at ${width} px, tabbing down a long page never leaves focus under the sticky bar (WCAG 2.4.11 and 2.4.12)`, async () => {
      const page = await longPage(width);
      try {
        const doc = page.document;
        const view = doc.defaultView!;
        expect(view.innerWidth, 'the page is as wide as asked').to.equal(width);
        const el = doc.querySelector<QuickExit>('quick-exit')!;
        await el.updateComplete;
        await frame(view);
        const bar = part(el, 'base')!;
        expect(Number.parseFloat(doc.documentElement.style.scrollPaddingTop)).to.be.at.least(bar.offsetHeight);
        doc.querySelector<HTMLElement>('#link-0')!.focus();
        let covered = 0;
        let stuck = 0;
        for (let i = 1; i < 40; i++) {
          await sendKeys({ press: 'Tab' });
          await frame(view);
          const active = deepActive(doc);
          expect(active?.id, 'Tab moved to the next link').to.equal(`link-${i}`);
          const focused = active!.getBoundingClientRect();
          const barBox = bar.getBoundingClientRect();
          if (barBox.top <= 1) stuck += 1;
          if (focused.top < barBox.bottom && focused.bottom > barBox.top) covered += 1;
        }
        expect(stuck, 'the bar stayed at the top').to.be.greaterThan(10);
        expect(covered).to.equal(0);
      } finally {
        page.remove();
      }
    });
  }

  it('scrolls a control that a script focuses under the bar out from under it', async () => {
    const page = await longPage(320);
    try {
      const doc = page.document;
      const view = doc.defaultView!;
      const el = doc.querySelector<QuickExit>('quick-exit')!;
      await el.updateComplete;
      doc.documentElement.style.scrollPaddingTop = '0px'; // As in a browser that ignores it.
      const link = doc.querySelector<HTMLElement>('#link-20')!;
      view.scrollTo(0, link.getBoundingClientRect().top + view.scrollY - 4);
      link.focus({ preventScroll: true });
      await frame(view);
      const bar = part(el, 'base')!.getBoundingClientRect();
      expect(link.getBoundingClientRect().top).to.be.at.least(bar.bottom);
    } finally {
      page.remove();
    }
  });

  it('static placement scrolls away with the page and sets no scroll padding', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <recording-quick-exit placement="static"></recording-quick-exit>
      ${Array.from({ length: 40 }, (_, i) => html`<p>Line ${i}</p>`)}
    </div>`);
    const el = wrapper.querySelector<RecordingQuickExit>('recording-quick-exit')!;
    await el.updateComplete;
    await frame();
    expect(document.documentElement.style.scrollPaddingTop).to.equal('');
    window.scrollTo(0, 600);
    expect(part(el, 'base')!.getBoundingClientRect().bottom).to.be.below(0);
  });

  it('puts back the scroll padding the host had when it leaves the page', async () => {
    document.documentElement.style.scrollPaddingTop = '3px';
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    await el.updateComplete;
    await frame();
    expect(document.documentElement.style.scrollPaddingTop).not.to.equal('3px');
    el.remove();
    expect(document.documentElement.style.scrollPaddingTop).to.equal('3px');
  });

  it('warns once and stays sticky for an unknown placement', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit placement="floating"></recording-quick-exit>`);
    await el.updateComplete;
    expect(el.placement).to.equal('sticky');
    expect(getComputedStyle(el).position).to.equal('sticky');
    expect(warnings.some((w) => w.includes('placement="floating"'))).to.be.true;
  });

  it('is not printed', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit></recording-quick-exit>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
