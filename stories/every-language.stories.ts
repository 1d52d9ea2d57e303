import type { Meta, StoryObj } from '@storybook/web-components';
/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import { directionOf } from '../src/core/i18n/direction.js';
import { builtInLanguages } from '../src/core/i18n/i18n.js';
import { exampleNamed, type ElementExample } from '../src/elements/element-example.js';
import { feedbackChannelPickerExamples } from '../src/elements/feedback-channel-picker/feedback-channel-picker.examples.js';
import { qrBadgeExamples } from '../src/elements/qr-badge/qr-badge.examples.js';
import { ratingScaleExamples } from '../src/elements/rating-scale/rating-scale.examples.js';
import { rightsLeafletExamples } from '../src/elements/rights-leaflet/rights-leaflet.examples.js';

/**
 * One element in every language the library ships, side by side, plus the pseudo-locale: for
 * translators checking their language in place and designers looking for text that overflows.
 * A locale file added to src/locales appears here by itself.
 */
const meta: Meta = {
  title: 'Languages/Every language side by side',
  parameters: { layout: 'fullscreen', wide: true },
};
export default meta;

const languages = [...builtInLanguages, 'en-XA'];

/** Each file's `_meta`, for the language's own name (browsers lack some, Welsh among them). */
const metas = import.meta.glob<{ name?: string; status?: string }>('../src/locales/*.json', { eager: true, import: '_meta' });
const metaOf = (lng: string) => metas[`../src/locales/${lng}.json`];

function ownName(lng: string): string {
  if (lng === 'en-XA') return 'Pseudo-locale (en-XA)';
  const meta = metaOf(lng);
  return `${meta?.name ?? lng} (${lng}${meta?.status && meta.status !== 'source' ? `, ${meta.status}` : ''})`;
}

function sideBySide(render: () => TemplateResult, minWidth = '20rem'): StoryObj {
  return {
    render:
      () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(${minWidth}, 1fr)); gap: 1.5rem; padding: 1rem">
      ${languages.map(
        (lng) => html`<section lang=${lng} dir=${directionOf(lng)} style="border-top: 4px solid #1d70b8; padding-top: 0.5rem; min-width: 0">
          <h2 style="font: 700 1rem system-ui, sans-serif; margin: 0 0 0.75rem">${ownName(lng)}</h2>
          ${render()}
        </section>`,
      )}
    </div>`,
  };
}

const example = <T extends HTMLElement>(examples: ElementExample<T>[], name: string) => exampleNamed(examples, name).render;

export const RatingScale = { ...sideBySide(example(ratingScaleExamples, 'With comment')), name: 'Rating scale' };
export const FeedbackChannelPicker = {
  ...sideBySide(example(feedbackChannelPickerExamples, 'Phone, open now')),
  name: 'Feedback channel picker',
};
export const QrBadge = { ...sideBySide(example(qrBadgeExamples, 'Default'), '14rem'), name: 'QR badge' };
export const RightsLeaflet = { ...sideBySide(example(rightsLeafletExamples, 'Compact'), '26rem'), name: 'Rights leaflet' };
