import { resetConfig } from '../config.js';
import { emulateMedia } from './browser.js';

/**
 * Puts the page back after each test of the file that calls it (at its top level), so that its
 * tests do not depend on their order: the library's configuration reset, storage emptied and
 * `<html lang>` English again; with `{ media: true }`, screen media again too, after a test that
 * emulated print.
 */
export function resetPageAfterEach(options: { media?: boolean } = {}): void {
  afterEach(async () => {
    resetConfig();
    localStorage.clear();
    document.documentElement.lang = 'en';
    if (options.media) await emulateMedia({ media: 'screen' });
  });
}
