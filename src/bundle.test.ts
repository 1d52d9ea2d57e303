import { expect, waitUntil } from '@open-wc/testing';

// The one-file bundle a CMS page loads with a script tag (npm test builds it first), in a page
// that has nothing else and sends a strict Content-Security-Policy with Trusted Types.
describe('dist/victim-care-elements.js in a plain page under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  const violations: string[] = [];

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '1200px';
    frame.src = '/src/test-support/fixtures/script-tag.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  after(() => frame.remove());

  it('defines the elements and renders English and, in an Arabic section, right to left', async () => {
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#ar')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'Arabic rendered', { timeout: 5000 });
    const en = doc.querySelector('rating-scale')!;
    expect(en.shadowRoot!.querySelector('legend')!.textContent).to.equal('Overall, how did you feel about the service you received?');
    expect(doc.querySelector('#ar')!.shadowRoot!.querySelector('legend')!.textContent).to.equal('بشكل عام، ما رأيك في الخدمة التي تلقيتها؟');
    expect(violations).to.deep.equal([]);
  });

  it('sends a rating from the Arabic element to its endpoint, once', async () => {
    const rating = frame.contentDocument!.querySelector('#ar')!;
    rating.shadowRoot!.querySelector<HTMLInputElement>('#point-2')!.click();
    rating.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => rating.getAttribute('status') === 'sent', 'sent', { timeout: 5000 });
    const log = await (await fetch('/__endpoint__/log/scripttagbundle')).json();
    expect(log.stored).to.have.length(1);
    expect(log.stored[0]).to.include({ kind: 'rating', locale: 'ar' });
    expect(log.stored[0].rating).to.deep.equal({ value: 2, max: 5 });
    expect(violations).to.deep.equal([]);
  });

  it('loaded Arabic as a chunk of its own, and no other language', () => {
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.startsWith('/dist/') && p.endsWith('.js')).map((p) => p.replace(/\.(\w+)-[\w-]{8}\.js$/, '.$1.js'))).to.have.members([
      '/dist/victim-care-elements.js',
      '/dist/victim-care-elements.ar.js',
    ]);
  });
});
