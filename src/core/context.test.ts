import { expect } from '@open-wc/testing';
import { readContext } from './context.js';

describe('context from the page URL', () => {
  it('keeps only allowlisted parameters, trimmed, cleaned and cut to 64 characters', () => {
    const url =
      'https://example.org/?officer=%201234%20&unit=HV&src=qr&ref=' + 'x'.repeat(80) + '&email=a@b.c&name=Jo&crime=burglary&unit2=1';
    expect(readContext(url, ['officer', 'unit', 'ref', 'src'])).to.deep.equal({
      officer: '1234',
      unit: 'HV',
      ref: 'x'.repeat(64),
      src: 'qr',
    });
  });

  it('reads no crime reference by default: an address naming the case would stay in the history', () => {
    expect(readContext('https://example.org/?officer=1234&unit=HV&src=qr&ref=AB%2F123%2F25')).to.deep.equal({
      officer: '1234',
      unit: 'HV',
      src: 'qr',
    });
  });

  it('drops empty values and control characters, and reads only what it is told', () => {
    expect(readContext('https://example.org/?officer=&unit=%0A%0D&src=q%00r', ['officer', 'unit', 'src'])).to.deep.equal({ src: 'qr' });
    expect(readContext('https://example.org/?officer=1&campaign=x', ['campaign'])).to.deep.equal({ campaign: 'x' });
    expect(readContext('not a url')).to.deep.equal({});
  });
});
