import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { delivery } from '../../core/transport/delivery.js';
import { ratingPayload } from '../rating-scale/rating-scale.payload.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { example, part, root } from './rights-leaflet.test-helpers.js';
import './rights-leaflet.js';

/** The leaflet's `<quick-exit>`, made to record where it would go instead of leaving the test page. */
function recordExit(el: RightsLeaflet): string[] {
  const visited: string[] = [];
  const exit = root(el).querySelector('quick-exit')!;
  (exit as unknown as { navigate: (href: string) => void }).navigate = (href) => void visited.push(href);
  return visited;
}
const closeOverlay = (el: RightsLeaflet) => root(el).querySelector('quick-exit')?.shadowRoot?.querySelector('dialog')?.close();

const warnings = warningsInEachTest();
resetPageAfterEach({ media: true });

describe('<rights-leaflet>: quick exit', () => {
  const waitingPayload = () => {
    const payload = ratingPayload({ locale: 'en', value: 2, max: 5, comment: 'private' });
    delivery().outbox.put({ endpoint: '/nowhere', payload });
    expect(delivery().outbox.entries()).to.have.length(1);
  };

  it('draws a <quick-exit> first, before the language switcher and the leaflet, going to quick-exit-href', async () => {
    waitingPayload();
    const el = await example('Quick exit');
    const exit = part(el, 'quick-exit')!;
    expect(exit.localName).to.equal('quick-exit');
    expect(part(el, 'base')!.firstElementChild).to.equal(exit);
    const visited = recordExit(el);
    await (exit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    exit.shadowRoot!.querySelector('button')!.click();
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(delivery().outbox.entries()).to.have.length(0);
    closeOverlay(el);
  });

  it('leaves when Shift is pressed three times, through its <quick-exit>', async () => {
    const el = await example('Quick exit');
    const visited = recordExit(el);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    closeOverlay(el);
  });

  it('quickExit() leaves as the button does', async () => {
    const el = await example('Quick exit');
    const visited = recordExit(el);
    el.quickExit();
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    closeOverlay(el);
  });

  it('is off, with a warning, for an address that is not http(s)', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet quick-exit-href="javascript:alert(1)"></rights-leaflet>`);
    expect(part(el, 'quick-exit')).to.equal(null);
    expect(warnings.some((w) => w.includes('quick-exit-href="javascript:alert(1)"'))).to.be.true;
  });

  it('has no Shift listener of its own when quick exit is not set', async () => {
    const el = await example('Compact');
    expect(part(el, 'quick-exit')).to.equal(null);
    const before = location.href;
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(location.href).to.equal(before);
  });
});
