import { expect } from '@open-wc/testing';
import type { FeedbackChannel } from './index.js';
import { runFormControlTests } from './test-support/form-control-tests.js';
import './index.js';

// The shared form-control suite (src/test-support/form-control-tests.ts), over every
// form-associated element the library defines.
const suites = {
  'rating-scale': () =>
    runFormControlTests<number>({
      tag: 'rating-scale',
      defaultName: 'rating',
      values: [2, 4],
      serialize: String,
      choose: (element, value) => element.shadowRoot!.querySelector<HTMLInputElement>(`#point-${value}`)!.click(),
      textField: { attributes: 'endpoint="/__endpoint__/post/form-control-suite"', selector: 'textarea' },
    }),
  'feedback-channel-picker': () =>
    runFormControlTests<FeedbackChannel>({
      tag: 'feedback-channel-picker',
      attributes: 'channels="sms phone" sms-number="60066" phone-number="020 7230 1212"',
      defaultName: 'channel',
      values: ['sms', 'phone'],
      serialize: String,
      choose: (element, value) => element.shadowRoot!.querySelector<HTMLInputElement>(`#channel-${value}`)!.click(),
      textField: {
        attributes: 'channels="sms" endpoint="/__endpoint__/post/form-control-suite" organisation="Example Police"',
        reveal: async (element) => {
          element.shadowRoot!.querySelector<HTMLInputElement>('#channel-sms')!.click();
          await element.updateComplete;
        },
        selector: '#sms-address',
      },
    }),
};

for (const run of Object.values(suites)) run();

describe('The shared form-control suite', () => {
  it('runs over every form-associated element the library defines', () => {
    const tags = ['rating-scale', 'qr-badge', 'feedback-channel-picker', 'rights-leaflet'];
    const formAssociated = tags.filter((tag) => (customElements.get(tag) as unknown as { formAssociated?: boolean }).formAssociated);
    expect(Object.keys(suites).sort()).to.deep.equal(formAssociated.sort());
  });
});
