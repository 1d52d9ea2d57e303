// Test commands that work through each engine's driver: Chromium (puppeteer over CDP), Firefox
// (puppeteer over WebDriver BiDi) and WebKit (WebKitWebDriver, W3C WebDriver classic).
// The browser side is src/test-support/browser.ts. Where a driver cannot do a thing, the command
// answers `false` and the browser side does it another way (print: a stylesheet toggle; a small
// viewport: a frame of that size, in every engine) or skips the test by name (recorded here,
// printed by the summary reporter).
import { engineOf } from './engines.mjs';

/** Tests skipped in an engine, each with its reason: { engine, file, title, reason }. */
export const engineSkips = [];

// W3C WebDriver key values for the named keys the tests press.
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

function webdriverKey(name) {
  if (name in webdriverKeys) return webdriverKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`vce-keys: no WebDriver key for "${name}".`);
}

// Puppeteer's key names, the same for CDP and BiDi, except Space, which BiDi does not know by name.
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

async function sendKeys(session, payload) {
  const { browser } = session;
  if (browser.type === 'puppeteer') {
    const { keyboard } = browser.getPage(session.id);
    if ('type' in payload) await keyboard.type(payload.type);
    else if ('press' in payload) await keyboard.press(puppeteerKey(payload.press));
    else if ('down' in payload) await keyboard.down(puppeteerKey(payload.down));
    else if ('up' in payload) await keyboard.up(puppeteerKey(payload.up));
    return true;
  }
  if (browser.type === 'webdriver') {
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
  throw new Error(`vce-keys: unsupported launcher ${browser.type}.`);
}

// A real mouse click at a point of the viewport, in CSS pixels: the driver's own pointer, so the
// page sees trusted events and the person's own activation (a navigation makes a history entry).
async function sendMouse(session, payload) {
  if (payload?.type !== 'click' || !Array.isArray(payload.position))
    throw new Error('vce-mouse: only { type: "click", position: [x, y] }.');
  const [x, y] = payload.position.map((n) => Math.round(n));
  const { browser } = session;
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
  throw new Error(`vce-mouse: unsupported launcher ${browser.type}.`);
}

// Chromium's media emulation per page: the CDP call sets the media type and every feature at once.
const emulation = new WeakMap();

async function emulateMedia(session, payload) {
  // Only Chromium's protocol emulates media; the BiDi and WebDriver drivers cannot.
  if (engineOf(session.browser) !== 'chromium') return false;
  const page = session.browser.getPage(session.id);
  let state = emulation.get(page);
  if (!state) {
    state = { client: await page.createCDPSession(), media: '', forcedColors: '' };
    emulation.set(page, state);
  }
  if ('media' in payload) state.media = payload.media === 'screen' ? '' : payload.media;
  if ('forcedColors' in payload) state.forcedColors = payload.forcedColors === 'none' ? '' : payload.forcedColors;
  // Puppeteer's emulateMediaFeatures refuses forced-colors, so this goes to CDP directly.
  await state.client.send('Emulation.setEmulatedMedia', {
    media: state.media,
    features: state.forcedColors ? [{ name: 'forced-colors', value: state.forcedColors }] : [],
  });
  return true;
}

/** The wtr plugin: vce-engine, vce-keys, vce-mouse, vce-media, vce-skip. */
export function engineCommands() {
  return {
    name: 'vce-engine-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'vce-engine':
          return engineOf(session.browser);
        case 'vce-keys':
          return sendKeys(session, payload);
        case 'vce-mouse':
          return sendMouse(session, payload);
        case 'vce-media':
          return emulateMedia(session, payload);
        case 'vce-skip':
          engineSkips.push({ engine: engineOf(session.browser), file: session.testFile, title: payload.title, reason: payload.reason });
          return true;
        default:
          return undefined;
      }
    },
  };
}
