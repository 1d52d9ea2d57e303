import type { ElementExample } from '../element-example.js';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { configure } from '../../config.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { registerContentPack } from './rights-leaflet.packs.js';
import './rights-leaflet.js';

/**
 * Every state of <rights-leaflet>, drawn once: Storybook shows each as a story and the tests run
 * axe over each in a left-to-right and a right-to-left language, so a new state is tested the
 * day it is drawn.
 */
export type RightsLeafletExample = ElementExample<RightsLeaflet>;

const feedbackHref = 'https://feedback.example.police.uk/give-feedback?src=qr';
const quickExitHref = 'https://www.bbc.co.uk/weather';

/**
 * A tiny pack, as a host would add one for another jurisdiction: strings under a namespace of its
 * own, then a registration. docs/content-packs.md walks through it.
 */
export function registerExamplePack(): void {
  configure({
    resources: {
      en: {
        'pack-example-2026': {
          meta: { sources: ['https://www.example.gov.uk/victims'] },
          title: 'Your rights (example pack)',
          intro: ['This pack shows how a host adds its own rights. It is not real guidance.'],
          rightsHeading: 'Your rights',
          rights: {
            informed: {
              title: 'To be told what is happening',
              summary: 'We will tell you about your case.',
              details: ['We will call you within 5 working days of any change.'],
            },
            heard: {
              title: 'To be heard',
              summary: 'You can tell us how the crime affected you.',
              details: ['You can write it down or tell an officer.'],
            },
          },
          services: {
            heading: 'Who to call',
            items: {
              emergency: { name: 'Emergency', phone: '999', note: 'If you are in danger now.' },
              helpline: { name: 'Example helpline', phone: '0300 000 0000', note: 'Monday to Friday.' },
            },
          },
        },
      },
    },
  });
  registerContentPack('example-2026', { namespace: 'pack-example-2026', version: '0.1', lastChecked: '2026-11-29' });
}

export const rightsLeafletExamples: RightsLeafletExample[] = [
  {
    name: 'Full',
    render: () =>
      html`<rights-leaflet
        languages="en cy pl ar"
        feedback-href=${feedbackHref}
        organisation="Metropolitan Police"
        phone-number="020 7230 1212"
        phone-hours="Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00"
        quick-exit-href=${quickExitHref}
      ></rights-leaflet>`,
  },
  { name: 'Compact', render: () => html`<rights-leaflet></rights-leaflet>` },
  {
    name: 'Details open',
    render: () => html`<rights-leaflet feedback-href=${feedbackHref}></rights-leaflet>`,
    prepare: async (element) => {
      await element.updateComplete;
      for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    },
  },
  {
    name: 'Welsh',
    render: () => html`<rights-leaflet lang="cy" languages="cy en" feedback-href=${feedbackHref}></rights-leaflet>`,
  },
  {
    name: 'Polish',
    render: () => html`<rights-leaflet lang="pl" languages="pl en" feedback-href=${feedbackHref}></rights-leaflet>`,
  },
  {
    name: 'Arabic, right to left',
    render: () =>
      html`<rights-leaflet
        lang="ar"
        languages="ar en"
        feedback-href=${feedbackHref}
        organisation="Metropolitan Police"
        phone-number="020 7230 1212"
        phone-hours="Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00"
      ></rights-leaflet>`,
  },
  {
    name: 'Under a level 4 heading',
    render: () => html`<rights-leaflet heading-level="5"></rights-leaflet>`,
  },
  {
    name: 'Opening times as written',
    render: () =>
      html`<rights-leaflet organisation="Example Council" phone-number="0300 123 4567" phone-hours="Weekdays, 9am to 5pm"></rights-leaflet>`,
  },
  {
    name: 'Print preview',
    // On an A4-wide sheet with every detail open: what the leaflet prints, short of the print
    // styles themselves, which only the browser's print preview (Ctrl+P) can show.
    render: () =>
      html`<div style=${styleMap({ width: '210mm', maxWidth: '100%', padding: '12mm', boxSizing: 'border-box', border: '1px solid #b1b4b6' })}>
        <rights-leaflet
          feedback-href=${feedbackHref}
          organisation="Metropolitan Police"
          phone-number="020 7230 1212"
          phone-hours="Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00"
        ></rights-leaflet>
      </div>`,
    prepare: async (element) => {
      await element.updateComplete;
      for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    },
  },
  {
    name: 'Custom pack',
    render: () => {
      registerExamplePack();
      return html`<rights-leaflet content="example-2026"></rights-leaflet>`;
    },
  },
  {
    name: 'Quick exit',
    render: () => html`<rights-leaflet quick-exit-href=${quickExitHref} languages="en cy pl ar"></rights-leaflet>`,
  },
];
