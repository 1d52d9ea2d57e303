import { defineElement } from '../../define.js';
import { QuickExit } from './quick-exit.component.js';

export { QuickExit };
defineElement('quick-exit', QuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
