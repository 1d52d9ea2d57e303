import { defineElement } from '../../define.js';
import { FeedbackChannelPicker } from './feedback-channel-picker.component.js';

export { FeedbackChannelPicker };
defineElement('feedback-channel-picker', FeedbackChannelPicker);

declare global {
  interface HTMLElementTagNameMap {
    'feedback-channel-picker': FeedbackChannelPicker;
  }
}
