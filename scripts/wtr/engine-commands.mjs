// @ts-check
// Test commands that work through each engine's driver: Chromium (puppeteer over CDP), Firefox
// (puppeteer over WebDriver BiDi) and WebKit (WebKitWebDriver, W3C WebDriver classic).
// The browser side is src/test-support/browser.ts. Where a driver cannot do a thing, the command
// answers `false` and the browser side does it another way (print: a stylesheet toggle; a small
// viewport: a frame of that size, in every engine) or skips the test by name (recorded here,
// printed by the summary reporter).
import { engineOf } from './engines.mjs';

/**
 * What the commands use of a session's launcher: puppeteer's page for the session (Chromium and
 * Firefox), or WebdriverIO's browser (WebKit: a field @web/test-runner-webdriver keeps private).
 * @typedef {ReturnType<import('@web/test-runner-chrome').ChromeLauncher['getPage']>} Page puppeteer's
 * @typedef {{ type: 'puppeteer', getPage(id: string): Page }} PuppeteerSide
 * @typedef {{ type: 'webdriver', driver: { performActions(actions: object[]): Promise<void> } }} WebdriverSide
 * @typedef {import('./engines.mjs').EngineLauncher & (PuppeteerSide | WebdriverSide)} Launcher
 * @typedef {import('@web/test-runner').TestSession['browser']} AnyLauncher
 * The payloads the browser side (src/test-support/browser.ts) sends.
 * @typedef {{ type: string } | { press: string } | { down: string } | { up: string }} KeysPayload
 * @typedef {{ type: string, position: number[] }} MousePayload
 * @typedef {{ media?: string, forcedColors?: string }} MediaPayload
 * @typedef {{ title: string, reason: string }} SkipPayload
 */

/** @param {AnyLauncher} browser */
const launcher = (browser) => /** @type {Launcher} */ (browser);

/**
 * Tests skipped in an engine, each with its reason.
 * @type {{ engine: string, file: string, title: string, reason: string }[]}
 */
export const engineSkips = [];

// W3C WebDriver key values for the named keys the tests press.
/** @type {Record<string, string>} */
const webdriverKeys = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
  Delete: '\uE017',
};

/** @param {string} name */
function webdriverKey(name) {
  if (name in webdriverKeys) return webdriverKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`vce-keys: no WebDriver key for "${name}".`);
}

// Puppeteer's key names, the same for CDP and BiDi, except Space, which BiDi does not know by name.
const puppeteerKey = (/** @type {string} */ name) =>
  /** @type {Parameters<Page['keyboard']['press']>[0]} */ (name === 'Space' ? ' ' : name);

/**
 * @param {import('@web/test-runner').TestSession} session
 * @param {KeysPayload} payload
 */
async function sendKeys(session, payload) {
  const browser = launcher(session.browser);
  if (browser.type === 'puppeteer') {
    const { keyboard } = browser.getPage(session.id);
    if ('type' in payload) await keyboard.type(payload.type);
    else if ('press' in payload) await keyboard.press(puppeteerKey(payload.press));
    else if ('down' in payload) await keyboard.down(puppeteerKey(payload.down));
    else if ('up' in payload) await keyboard.up(puppeteerKey(payload.up));
    return true;
  }
  if (browser.type === 'webdriver') {
    /** @type {{ type: 'keyDown' | 'keyUp', value: string }[]} */
    const actions = [];
    if ('type' in payload) for (const c of payload.type) actions.push({ type: 'keyDown', value: c }, { type: 'keyUp', value: c });
    else if ('press' in payload) {
      const key = webdriverKey(payload.press);
      actions.push({ type: 'keyDown', value: key }, { type: 'keyUp', value: key });
    } else if ('down' in payload) actions.push({ type: 'keyDown', value: webdriverKey(payload.down) });
    else if ('up' in payload) actions.push({ type: 'keyUp', value: webdriverKey(payload.up) });
    await browser.driver.performActions([{ type: 'key', id: 'vce-keyboard', actions }]);
    return true;
  }
  throw new Error(`vce-keys: unsupported launcher ${session.browser.type}.`);
}

// A real mouse click at a point of the viewport, in CSS pixels: the driver's own pointer, so the
// page sees trusted events and the person's own activation (a navigation makes a history entry).
/**
 * @param {import('@web/test-runner').TestSession} session
 * @param {MousePayload | undefined} payload
 */
async function sendMouse(session, payload) {
  if (payload?.type !== 'click' || !Array.isArray(payload.position))
    throw new Error('vce-mouse: only { type: "click", position: [x, y] }.');
  const [x, y] = payload.position.map((n) => Math.round(n));
  const browser = launcher(session.browser);
  if (browser.type === 'puppeteer') {
    await browser.getPage(session.id).mouse.click(x, y);
    return true;
  }
  if (browser.type === 'webdriver') {
    await browser.driver.performActions([
      {
        type: 'pointer',
        id: 'vce-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return true;
  }
  throw new Error(`vce-mouse: unsupported launcher ${session.browser.type}.`);
}

// Chromium's media emulation per page: the CDP call sets the media type and every feature at once.
/** @type {WeakMap<Page, { client: Awaited<ReturnType<Page['createCDPSession']>>, media: string, forcedColors: string }>} */
const emulation = new WeakMap();

/**
 * @param {import('@web/test-runner').TestSession} session
 * @param {MediaPayload} payload
 */
async function emulateMedia(session, payload) {
  // Only Chromium's protocol emulates media; the BiDi and WebDriver drivers cannot.
  const browser = launcher(session.browser);
  if (engineOf(browser) !== 'chromium' || browser.type !== 'puppeteer') return false;
  const page = browser.getPage(session.id);
  let state = emulation.get(page);
  if (!state) {
    state = { client: await page.createCDPSession(), media: '', forcedColors: '' };
    emulation.set(page, state);
  }
  if ('media' in payload) state.media = payload.media === 'screen' ? '' : String(payload.media);
  if ('forcedColors' in payload) state.forcedColors = payload.forcedColors === 'none' ? '' : String(payload.forcedColors);
  // Puppeteer's emulateMediaFeatures refuses forced-colors, so this goes to CDP directly.
  await state.client.send('Emulation.setEmulatedMedia', {
    media: state.media,
    features: state.forcedColors ? [{ name: 'forced-colors', value: state.forcedColors }] : [],
  });
  return true;
}

/**
 * The wtr plugin: vce-engine, vce-keys, vce-mouse, vce-media, vce-skip.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function engineCommands() {
  return {
    name: 'vce-engine-commands',
    async executeCommand({ command, payload, session: basic }) {
      // Commands come from test pages, whose sessions are full TestSessions.
      const session = /** @type {import('@web/test-runner').TestSession} */ (basic);
      switch (command) {
        case 'vce-engine':
          return engineOf(session.browser);
        case 'vce-keys':
          return sendKeys(session, /** @type {KeysPayload} */ (payload));
        case 'vce-mouse':
          return sendMouse(session, /** @type {MousePayload | undefined} */ (payload));
        case 'vce-media':
          return emulateMedia(session, /** @type {MediaPayload} */ (payload));
        case 'vce-skip': {
          const { title, reason } = /** @type {SkipPayload} */ (payload);
          engineSkips.push({ engine: engineOf(session.browser), file: session.testFile, title, reason });
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
