import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { ElementExample } from '../elements/element-example.js';
import { inLanguage } from './dom.js';

/** The project's target size: every control at least this many CSS px wide and tall. */
export const TARGET = 44;

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Every interactive element in `root` and the open shadow roots inside it, in document order. */
function interactive(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(INTERACTIVE)) found.push(element);
    if (element.shadowRoot) found.push(...interactive(element.shadowRoot));
  }
  return found;
}

/**
 * WCAG 2.5.8's inline exception: a link inside a sentence, whose size is set by the line of text
 * around it. A link that is the whole of its line or paragraph is a target like any other.
 */
function inRunningText(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  let block = element.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  const own = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const around = block?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return around.length > own.length;
}

/** A readable name for a failing element: tag, part or class, and its text. */
function nameOf(element: Element): string {
  const name = element.getAttribute('part') ?? element.getAttribute('class') ?? element.getAttribute('type') ?? '';
  const text = (element.textContent ?? element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${name ? ` ${name}` : ''}> "${text}"`;
}

/** The controls in `element` smaller than 44 × 44 CSS px (inline links in sentences excepted), each with its size. */
export function smallTargets(element: Element): string[] {
  const small: string[] = [];
  for (const control of interactive(element.shadowRoot ?? element)) {
    if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
    const box = control.getBoundingClientRect();
    // Visually hidden (1 px, clipped) controls are not targets; their visible label is.
    if (box.width <= 1 || box.height <= 1) continue;
    if (inRunningText(control)) continue;
    if (box.width < TARGET - 0.5 || box.height < TARGET - 0.5) {
      small.push(`${nameOf(control)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
    }
  }
  return small;
}

/**
 * The target-size suite every element runs: each example, at 320 px and at desktop width, in
 * English and Arabic, with every visible interactive element measured (shadow roots included).
 */
export function describeTargetSizesOverExamples<T extends LitElement>(tag: string, examples: ElementExample<T>[]): void {
  describe(`<${tag}>: every target at least ${TARGET} × ${TARGET} CSS px`, () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const [lang, width] of [
      ['en', 320],
      ['en', 1280],
      ['ar', 320],
    ] as const) {
      for (const example of examples) {
        it(`${example.name} (${lang}, ${width} px)`, async () => {
          await setViewport({ width, height: 800 });
          const element = await inLanguage<T>(tag, lang, example.render());
          await example.prepare?.(element);
          await element.updateComplete;
          // Elements drawn inside this one (a leaflet's QR code and quick exit) render first too.
          for (const inner of interactiveHosts(element)) await inner.updateComplete;
          expect(smallTargets(element)).to.deep.equal([]);
        });
      }
    }
  });
}

function interactiveHosts(element: Element): LitElement[] {
  const hosts: LitElement[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if ('updateComplete' in child && child.shadowRoot) {
        hosts.push(child as LitElement);
        walk(child.shadowRoot);
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return hosts;
}
