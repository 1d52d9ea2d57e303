import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../config.js';
import en from '../../locales/en.json';
import '../../index.js';
import { addEnglish } from './english.js';
import { i18n } from './i18n.js';

describe('English strings, namespace by namespace', () => {
  afterEach(() => resetConfig());

  it('are all present once every element is imported: no namespace of en.json is left unregistered', () => {
    const missing = Object.keys(en).filter((ns) => !i18n.hasResourceBundle('en', ns));
    expect(missing).to.deep.equal([]);
    expect(i18n.getResource('en', 'rating', 'question')).to.equal(en.rating.question);
  });

  it('never overwrite a string the host set with configure({ resources })', () => {
    configure({ resources: { en: { rating: { question: 'How did we do?' } } } });
    addEnglish({ rating: en.rating });
    expect(i18n.getResource('en', 'rating', 'question')).to.equal('How did we do?');
    expect(i18n.getResource('en', 'rating', 'send')).to.equal(en.rating.send);
  });
});
