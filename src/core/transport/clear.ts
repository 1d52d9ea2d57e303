import { delivery } from './delivery.js';

/**
 * Stops every retry and forgets every payload waiting in this library's outbox. For a host's own
 * quick-exit button: nothing the person wrote should stay on the device after they leave in a hurry.
 */
export function clearOutbox(): void {
  delivery().clear();
}
