import { expect } from '@open-wc/testing';
import { html, nothing, render, type LitElement } from 'lit';
import { prepareExample, type ElementExample } from '../elements/element-example.js';
import { pageOfSize } from './browser.js';

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
  // The element's own window: the page measured may be a frame of the size under test.
  const view = element.ownerDocument.defaultView!;
  if (element.localName !== 'a' || view.getComputedStyle(element).display !== 'inline') return false;
  let block = element.parentElement;
  while (block && view.getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
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
 * Each width is a page of that size (`pageOfSize`, a frame, the same in every engine) with every
 * element defined, and each example is drawn into it in turn.
 */
export function describeTargetSizesOverExamples<T extends LitElement>(tag: string, examples: ElementExample<T>[]): void {
  describe(`<${tag}>: every target at least ${TARGET} × ${TARGET} CSS px`, () => {
    const pages = new Map<number, ReturnType<typeof pageOfSize>>();
    const pageOfWidth = (width: number) => {
      let page = pages.get(width);
      if (!page) pages.set(width, (page = pageOfSize({ width, height: 800 }, ['/src/index.ts'], '')));
      return page;
    };
    afterEach(async () => {
      for (const page of pages.values()) render(nothing, (await page).document.body);
    });
    after(async () => {
      for (const page of pages.values()) (await page).remove();
      pages.clear();
    });
    for (const [lang, width] of [
      ['en', 320],
      ['en', 1280],
      ['ar', 320],
    ] as const) {
      for (const example of examples) {
        it(`${example.name} (${lang}, ${width} px)`, async () => {
          const page = await pageOfWidth(width);
          const element = await inLanguageIn<T>(page.document, tag, lang, example.render());
          await prepareExample(example, element);
          // Elements drawn inside this one (a leaflet's QR code and quick exit) render first too.
          for (const inner of interactiveHosts(element)) await inner.updateComplete;
          expect(page.document.defaultView!.innerWidth, 'the page measured').to.equal(width);
          expect(smallTargets(element)).to.deep.equal([]);
        });
      }
    }
  });
}

/** As `inLanguage` (dom.ts), in the body of another document: `template` inside `<div lang=…>`, its first `tag` rendered. */
async function inLanguageIn<T extends LitElement>(doc: Document, tag: string, lang: string, template: unknown): Promise<T> {
  await doc.defaultView!.customElements.whenDefined(tag);
  // Created in `doc`, so that its own registry (and its own copy of each element) upgrades them.
  render(html`<div lang=${lang}>${template}</div>`, doc.body, { creationScope: doc });
  const element = doc.querySelector(tag) as T;
  await element.updateComplete;
  return element;
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
