import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { resolvedLocale } from './core/i18n/i18n.js';
import { localeLoaders } from './core/i18n/locale-loaders.js';

// An element already in the page whose language is not loaded yet is defined only once it is,
// so its first render is complete and nothing moves when the language chunk arrives.
describe('defineElement: waits for the languages of the elements already in the page', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    delete localeLoaders['qaa'];
  });

  function place(html: string): void {
    const box = document.createElement('div');
    box.innerHTML = html;
    document.body.append(box);
    added.push(box);
  }

  it('defines the tag after the Welsh strings of a Welsh element are loaded, not before', async () => {
    expect(resolvedLocale('cy')).to.equal(undefined);
    place('<section lang="cy"><vce-test-welsh></vce-test-welsh></section>');
    class Welsh extends HTMLElement {}
    defineElement('vce-test-welsh', Welsh);
    expect(customElements.get('vce-test-welsh')).to.equal(undefined);
    await customElements.whenDefined('vce-test-welsh');
    expect(resolvedLocale('cy')).to.equal('cy');
    expect(document.querySelector('vce-test-welsh')).to.be.instanceOf(Welsh);
  });

  it('defines at once when every element in the page is in a loaded language', () => {
    place('<vce-test-english></vce-test-english>');
    class English extends HTMLElement {}
    defineElement('vce-test-english', English);
    expect(customElements.get('vce-test-english')).to.equal(English);
  });

  it('still defines the tag, in English, when the language fails to load', async () => {
    localeLoaders['qaa'] = () => Promise.reject(new Error('offline'));
    place('<vce-test-offline lang="qaa"></vce-test-offline>');
    class Offline extends HTMLElement {}
    defineElement('vce-test-offline', Offline);
    defineElement('vce-test-offline', Offline);
    await customElements.whenDefined('vce-test-offline');
    expect(customElements.get('vce-test-offline')).to.equal(Offline);
  });
});
