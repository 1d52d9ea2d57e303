import { expect } from '@open-wc/testing';
import axe from 'axe-core';
import type { LitElement } from 'lit';
import { directionOf } from '../core/i18n/direction.js';
import type { ElementExample } from '../elements/element-example.js';
import { renderExample } from './examples.js';

/** The WCAG 2.2 A and AA rules (and the 2.0/2.1 ones they include). */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe over `element` (shadow roots included) and returns its violations, readable in a failure. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * The accessibility suite every element runs: each example, in English and in Arabic, rendered,
 * prepared, drawn in the right direction, with no axe violations. `check` adds element-specific
 * assertions.
 */
export function describeAxeOverExamples<T extends LitElement>(
  tag: string,
  examples: ElementExample<T>[],
  check?: (element: T, lang: string) => void,
): void {
  describe(`<${tag}>: accessibility of every state`, () => {
    for (const lang of ['en', 'ar']) {
      for (const example of examples) {
        it(`${example.name} (${lang}) has no axe violations`, async () => {
          const element = await renderExample<T>(tag, examples, example.name, { lang });
          const base = element.shadowRoot!.querySelector('[part~="base"]');
          expect(base?.getAttribute('dir')).to.equal(directionOf(element.getAttribute('lang') ?? lang));
          check?.(element, lang);
          expect(await axeViolations(element)).to.deep.equal([]);
        });
      }
    }
  });
}
