import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { rightsLeafletExamples } from './rights-leaflet.examples.js';

// What the leaflet's test files (rights-leaflet*.test.ts) share: its parts and its examples drawn
// as their stories are. Not a test file itself.

export const NS = 'pack-england-wales-2021';

export const root = (el: RightsLeaflet) => el.shadowRoot!;
export const part = (el: RightsLeaflet, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: RightsLeaflet, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const rightHeadings = (el: RightsLeaflet) => parts(el, 'right').map((right) => right.firstElementChild as HTMLElement);
export const titleHeading = (el: RightsLeaflet) => root(el).querySelector<HTMLElement>('.title')!;

/** The example called `name` (rights-leaflet.examples.ts), drawn as its story is. */
export const example = (name: string, options?: ExampleOptions) =>
  renderExample<RightsLeaflet>('rights-leaflet', rightsLeafletExamples, name, options);
