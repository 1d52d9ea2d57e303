import type { ElementExample } from '../element-example.js';
import { html } from 'lit';
import type { RatingScale } from './rating-scale.component.js';
import './rating-scale.js';

/**
 * Every state of <rating-scale>, drawn once: Storybook shows each as a story and the tests run
 * axe over each in a left-to-right and a right-to-left language, so a new state is tested the
 * day it is drawn.
 */
export type RatingScaleExample = ElementExample<RatingScale>;

const endpoint = '/api/feedback';

export const ratingScaleExamples: RatingScaleExample[] = [
  { name: 'Empty', render: () => html`<rating-scale></rating-scale>` },
  { name: 'Chosen', render: () => html`<rating-scale value="4"></rating-scale>` },
  {
    name: 'Invalid',
    render: () => html`<rating-scale required></rating-scale>`,
    prepare: (element) => void element.reportValidity(),
  },
  { name: 'Disabled', render: () => html`<rating-scale value="3" disabled></rating-scale>` },
  { name: 'Readonly', render: () => html`<rating-scale value="3" readonly></rating-scale>` },
  { name: 'Ten points', render: () => html`<rating-scale max="10"></rating-scale>` },
  { name: 'With comment', render: () => html`<rating-scale endpoint=${endpoint}></rating-scale>` },
  { name: 'Without comment', render: () => html`<rating-scale endpoint=${endpoint} comment="off"></rating-scale>` },
  {
    name: 'With comment and privacy notice',
    render: () => html`<rating-scale endpoint=${endpoint} privacy-href="/privacy.html"></rating-scale>`,
  },
  {
    name: 'Comment too long',
    render: () => html`<rating-scale endpoint=${endpoint} value="4"></rating-scale>`,
    prepare: async (element) => {
      const textarea = element.shadowRoot!.querySelector('textarea')!;
      textarea.value = 'x'.repeat(1260);
      textarea.dispatchEvent(new Event('input'));
      await element.updateComplete;
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    },
  },
  { name: 'Sending', render: () => html`<rating-scale endpoint=${endpoint} value="4" status="sending"></rating-scale>` },
  { name: 'Sent', render: () => html`<rating-scale endpoint=${endpoint} value="4" status="sent"></rating-scale>` },
  { name: 'Queued', render: () => html`<rating-scale endpoint=${endpoint} value="4" status="queued"></rating-scale>` },
  {
    name: 'Failed',
    render: () => html`<rating-scale endpoint=${endpoint} value="4" status="failed" phone-number="020 7230 1212"></rating-scale>`,
  },
  {
    name: 'Low rating with signposting',
    render: () => html`<rating-scale endpoint=${endpoint} value="1" status="sent" phone-number="020 7230 1212"></rating-scale>`,
  },
];
