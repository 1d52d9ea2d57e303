import { expect, waitUntil } from '@open-wc/testing';
import { framedPage } from './test-support/browser.js';
import en from './locales/en.json';

// The per-element script-tag entries (dist/cdn, built by npm test first): a page with the rating
// and the picker loads those two entries and the one runtime chunk they share, nothing else.
describe('dist/cdn: one script-tag entry per element, one shared runtime', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await framedPage('/src/test-support/fixtures/script-tag-per-element.html', { width: 800, height: 1200 });
  });
  after(() => frame.remove());

  const loadedScripts = () =>
    frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/') && p.endsWith('.js'))
      .map((p) => p.replace(/-[\w-]{8}\.js$/, '.js'));

  it('renders both elements, in English, from two entries and one runtime chunk', async () => {
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('feedback-channel-picker')?.shadowRoot?.querySelector('legend'), 'picker rendered', {
      timeout: 5000,
    });
    await waitUntil(() => doc.querySelector('rating-scale')?.shadowRoot?.querySelector('legend'), 'rating rendered', { timeout: 5000 });
    expect(doc.querySelector('rating-scale')!.shadowRoot!.querySelector('legend')!.textContent).to.equal(en.rating.question);
    expect(loadedScripts()).to.have.members(['/dist/cdn/rating-scale.js', '/dist/cdn/feedback-channel-picker.js', '/dist/cdn/runtime.js']);
  });

  it('gives each entry only its own English strings; the rights pack and the QR encoder stay out', async () => {
    const text = async (path: string) => (await fetch(path)).text();
    const runtimePath = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .find((p) => /\/dist\/cdn\/runtime-[\w-]{8}\.js$/.test(p))!;
    const [rating, picker, runtime] = await Promise.all([
      text('/dist/cdn/rating-scale.js'),
      text('/dist/cdn/feedback-channel-picker.js'),
      text(runtimePath),
    ]);
    expect(rating).to.include(en.rating.thanksHeading);
    expect(rating).to.not.include(en.channel.legend);
    expect(picker).to.include(en.channel.legend);
    expect(picker).to.not.include(en.rating.thanksHeading);
    for (const file of [rating, picker, runtime]) {
      expect(file).to.not.include(en['pack-england-wales-2021'].title);
      expect(file).to.not.include(en.rights.feedbackScan);
      expect(file).to.not.include(en.exit.hint);
      expect(file).to.not.include('The amount of data is too big to be stored in a QR Code');
    }
    // Minified, whitespace too: no line starts with an indent.
    expect(runtime.split('\n').filter((line) => /^\s+\S/.test(line))).to.have.length(0);
  });

  it('exports the class and configure from an entry', async () => {
    const module = await import(/* @vite-ignore */ `${location.origin}/dist/cdn/rating-scale.js`);
    expect(module.RatingScale).to.equal(customElements.get('rating-scale'));
    expect(module.configure).to.be.a('function');
  });
});
