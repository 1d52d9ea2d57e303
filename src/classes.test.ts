import { expect } from '@open-wc/testing';
import * as classes from './classes.js';

// This file runs in a page of its own, so nothing else has defined the elements.
describe('the classes-only entry', () => {
  it('exports every class and defines no element, so a host can choose its own tag names', () => {
    for (const tag of ['rating-scale', 'qr-badge', 'feedback-channel-picker', 'rights-leaflet', 'quick-exit']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(Object.keys(classes)).to.include.members(['RatingScale', 'QrBadge', 'FeedbackChannelPicker', 'RightsLeaflet', 'QuickExit', 'configure', 'clearOutbox']);
  });

  it('lets a host register a class under its own tag', async () => {
    customElements.define('force-rating', classes.RatingScale);
    const element = document.createElement('force-rating') as InstanceType<typeof classes.RatingScale>;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(5);
    element.remove();
  });
});
