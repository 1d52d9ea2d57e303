import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { ElementExample } from './elements/element-example.js';
import { feedbackChannelPickerExamples } from './elements/feedback-channel-picker/feedback-channel-picker.examples.js';
import { qrBadgeExamples } from './elements/qr-badge/qr-badge.examples.js';
import { ratingScaleExamples } from './elements/rating-scale/rating-scale.examples.js';
import { rightsLeafletExamples } from './elements/rights-leaflet/rights-leaflet.examples.js';
import { renderExample } from './test-support/examples.js';

interface Declaration {
  tagName?: string;
  cssParts: { name: string }[];
  slots: { name: string }[];
}

/** custom-elements.json as the build wrote it (npm test builds first). */
async function declarations(): Promise<Declaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations);
}

const examples: Record<string, ElementExample<LitElement>[]> = {
  'rating-scale': ratingScaleExamples as ElementExample<LitElement>[],
  'feedback-channel-picker': feedbackChannelPickerExamples as ElementExample<LitElement>[],
  'qr-badge': qrBadgeExamples as ElementExample<LitElement>[],
  'rights-leaflet': rightsLeafletExamples as ElementExample<LitElement>[],
};

// Every state is drawn once in the examples; over all of them, the parts and slots the element
// really renders must be exactly the ones custom-elements.json documents.
describe('custom-elements.json against what the elements render', () => {
  for (const [tag, list] of Object.entries(examples)) {
    it(`<${tag}>: every part and named slot it renders is documented, and every documented one is rendered`, async () => {
      const declaration = (await declarations()).find((d) => d.tagName === tag)!;
      expect(declaration, `${tag} in custom-elements.json`).to.exist;
      const parts = new Set<string>();
      const slots = new Set<string>();
      for (const example of list) {
        const element = await renderExample(tag, list, example.name, { lang: 'en' });
        for (const node of element.shadowRoot!.querySelectorAll('[part]')) {
          for (const part of node.getAttribute('part')!.split(/\s+/)) parts.add(part);
        }
        for (const slot of element.shadowRoot!.querySelectorAll('slot[name]')) slots.add(slot.getAttribute('name')!);
      }
      expect([...parts].sort()).to.deep.equal(declaration.cssParts.map((p) => p.name).sort());
      const documentedSlots = declaration.slots
        .map((s) => s.name)
        .filter(Boolean)
        .sort();
      expect([...slots].sort()).to.deep.equal(documentedSlots);
    });
  }
});
