import { expect, waitUntil } from '@open-wc/testing';
import { framedPage } from './test-support/browser.js';
import { scriptedEndpoint } from './test-support/endpoint.js';

// The one-file bundle a CMS page loads with a script tag (npm test builds it first), in a page
// that has nothing else and sends a strict Content-Security-Policy with Trusted Types.
describe('dist/victim-care-elements.js in a plain page under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  const violations: string[] = [];

  before(async () => {
    frame = await framedPage('/src/test-support/fixtures/script-tag.html', { width: 800, height: 1200 });
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  after(() => frame.remove());

  it('defines the elements and renders English and, in an Arabic section, right to left', async () => {
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('#ar')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl',
      'Arabic rendered',
      { timeout: 5000 },
    );
    const en = doc.querySelector('rating-scale')!;
    expect(en.shadowRoot!.querySelector('legend')!.textContent).to.equal('Overall, how did you feel about the service you received?');
    expect(doc.querySelector('#ar')!.shadowRoot!.querySelector('legend')!.textContent).to.equal(
      'بشكل عام، ما رأيك في الخدمة التي تلقيتها؟',
    );
    expect(violations).to.deep.equal([]);
  });

  it('sends a rating from the Arabic element to its endpoint, once', async () => {
    const rating = frame.contentDocument!.querySelector('#ar')!;
    // An endpoint of this run's own: every engine loads the same page from the same test server.
    const endpoint = await scriptedEndpoint(['201']);
    rating.setAttribute('endpoint', endpoint.url);
    await (rating as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    rating.shadowRoot!.querySelector<HTMLInputElement>('#point-2')!.click();
    rating.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => rating.getAttribute('status') === 'sent', 'sent', { timeout: 5000 });
    const log = await endpoint.log();
    expect(log.stored).to.have.length(1);
    expect(log.stored[0]).to.include({ kind: 'rating', locale: 'ar' });
    expect(log.stored[0].rating).to.deep.equal({ value: 2, max: 5 });
    expect(violations).to.deep.equal([]);
  });

  it('loaded Arabic as a chunk of its own, and no other language', () => {
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(
      scripts.filter((p) => p.startsWith('/dist/') && p.endsWith('.js')).map((p) => p.replace(/\.(\w+)-[\w-]{8}\.js$/, '.$1.js')),
    ).to.have.members(['/dist/victim-care-elements.js', '/dist/victim-care-elements.ar.js']);
  });
});

// The normal script-tag case for a language the library does not ship: the elements are on the
// page before the host's own script calls configure(), imported from the bundle itself.
describe('dist/victim-care-elements.js: a language added after the elements are on the page', () => {
  let frame: HTMLIFrameElement;
  const violations: string[] = [];
  const messages: string[] = [];
  const onMessage = (event: MessageEvent) => messages.push(String(event.data));

  before(async () => {
    window.addEventListener('message', onMessage);
    frame = await framedPage('/src/test-support/fixtures/script-tag-late.html', { width: 800, height: 800 });
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    await waitUntil(() => messages.includes('ready'), 'host script ready', { timeout: 5000 });
  });
  after(() => {
    window.removeEventListener('message', onMessage);
    frame.remove();
  });

  const legend = (id: string) => frame.contentDocument!.getElementById(id)?.shadowRoot?.querySelector('legend')?.textContent ?? '';
  const configureInFrame = async (options: unknown) => {
    const before = messages.filter((m) => m === 'configured').length;
    frame.contentWindow!.postMessage(options, location.origin);
    await waitUntil(() => messages.filter((m) => m === 'configured').length > before, 'configured', { timeout: 5000 });
  };

  it('shows English first, then French once configure({ resources }) brings it', async () => {
    await waitUntil(() => legend('fr') !== '', 'rendered', { timeout: 5000 });
    expect(legend('fr')).to.equal('Overall, how did you feel about the service you received?');
    await configureInFrame({
      resources: { fr: { rating: { question: 'Dans l’ensemble, qu’avez-vous pensé du service reçu aujourd’hui ?' } } },
    });
    await waitUntil(() => legend('fr').startsWith('Dans l’ensemble'), 'French', { timeout: 5000 });
    expect(violations).to.deep.equal([]);
  });

  it('shows German once configure({ localesUrl }) points at a file that has it', async () => {
    expect(legend('de')).to.equal('Overall, how did you feel about the service you received?');
    await configureInFrame({ localesUrl: '/src/test-support/fixtures/{{lng}}.json' });
    await waitUntil(() => legend('de').startsWith('Wie zufrieden'), 'German', { timeout: 5000 });
    expect(legend('fr').startsWith('Dans l’ensemble')).to.equal(true);
    expect(violations).to.deep.equal([]);
  });
});
