import { defineElement } from '../../define.js';
import { RatingScale } from './rating-scale.component.js';

export { RatingScale };
defineElement('rating-scale', RatingScale);

declare global {
  interface HTMLElementTagNameMap {
    'rating-scale': RatingScale;
  }
}
