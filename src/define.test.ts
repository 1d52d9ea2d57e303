import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement: collision-safe registration', () => {
  let warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines a free tag, and defining it again with the same class does nothing', () => {
    class First extends HTMLElement {}
    defineElement('vce-test-free', First);
    expect(customElements.get('vce-test-free')).to.equal(First);
    defineElement('vce-test-free', First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class when another claims the tag, warning once and never throwing', () => {
    class Host extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    customElements.define('vce-test-taken', Host);
    expect(() => defineElement('vce-test-taken', SecondCopy)).not.to.throw();
    defineElement('vce-test-taken', SecondCopy);
    expect(customElements.get('vce-test-taken')).to.equal(Host);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<vce-test-taken> is already defined');
  });

  it('warns instead of throwing for a name the browser refuses', () => {
    class Bad extends HTMLElement {}
    expect(() => defineElement('notvalid', Bad)).not.to.throw();
    expect(customElements.get('notvalid')).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });
});
