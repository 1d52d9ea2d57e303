// @ts-check
// The browser engines the test suite runs in: Chromium, Firefox and WebKit, each from Debian's
// packages, none downloaded by a tool. `findEngines()` looks for each one, `launcherFor()` makes
// its web-test-runner launcher (starting WebKitWebDriver, and Xvfb when there is no display).
//   VCE_ENGINES=firefox            runs one engine alone (comma- or space-separated list)
//   CI=true                        a missing engine fails the run instead of being named and left out
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findBrowser } from '../find-browser.mjs';

/**
 * An engine found on this machine: its browser's path and version (and for WebKit, WebKitWebDriver's).
 * @typedef {{ name: string, apt: string, path: string, version: string, driver?: string }} FoundEngine
 * A launcher labelled with the engine it runs, for the commands and the reporter.
 * @typedef {import('@web/test-runner').BrowserLauncher & { vceEngine?: string }} EngineLauncher
 */

/** Every engine, in the order the run goes through them, with the apt line that installs it. */
export const allEngines = [
  { name: 'chromium', apt: 'apt-get install chromium' },
  { name: 'firefox', apt: 'apt-get install firefox-esr' },
  { name: 'webkit', apt: 'apt-get install webkit2gtk-driver xvfb xauth' },
];

/** @param {string} name */
function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** @param {string} path */
function versionOf(path, args = ['--version'], env = process.env) {
  try {
    return execFileSync(path, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10000 }).trim();
  } catch {
    return 'unknown version';
  }
}

/** Firefox: FIREFOX_PATH, else firefox-esr or firefox on PATH. */
function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return which('firefox-esr') ?? which('firefox');
}

/** MiniBrowser, the WebKitGTK browser that WebKitWebDriver drives: MINIBROWSER_PATH, else where Debian puts it. */
function findMiniBrowser() {
  const fromEnv = process.env.MINIBROWSER_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  // /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser on Debian; /usr/libexec/… elsewhere.
  const multiarch = safeList('/usr/lib').filter((dir) => /-linux-gnu\w*$/.test(dir));
  for (const root of [...multiarch, '/usr/lib', '/usr/libexec', '/usr/lib64']) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      if (existsSync(`${root}/${api}/MiniBrowser`)) return `${root}/${api}/MiniBrowser`;
    }
  }
  return null;
}

/** @param {string} dir */
function safeList(dir) {
  try {
    return readdirSync(dir).map((e) => `${dir}/${e}`);
  } catch {
    return [];
  }
}

/** The engines to run, as asked by VCE_ENGINES (default: all), each found or missing. */
export async function findEngines(env = process.env) {
  const asked = (env.VCE_ENGINES ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((name) => !allEngines.some((e) => e.name === name));
  if (unknown.length)
    throw new Error(`VCE_ENGINES: unknown engine ${unknown.join(', ')} (use ${allEngines.map((e) => e.name).join(', ')}).`);
  const wanted = allEngines.filter((e) => asked.length === 0 || asked.includes(e.name));
  /** @type {FoundEngine[]} */
  const found = [];
  /** @type {typeof allEngines} */
  const missing = [];
  for (const engine of wanted) {
    if (engine.name === 'chromium') {
      // Chromium is always required: findBrowser() explains what to install when there is none.
      const path = await findBrowser();
      found.push({ ...engine, path, version: versionOf(path) });
    } else if (engine.name === 'firefox') {
      const path = findFirefox();
      if (path) found.push({ ...engine, path, version: versionOf(path) });
      else missing.push(engine);
    } else {
      const driver = env.WEBKIT_WEBDRIVER_PATH ?? which('WebKitWebDriver');
      const browser = findMiniBrowser();
      const display = env.DISPLAY || which('Xvfb');
      // MiniBrowser tells its version only with a display: launcherFor() asks it then.
      if (driver && browser && display) found.push({ ...engine, path: browser, driver, version: 'unknown version' });
      else missing.push(engine);
    }
  }
  return { found, missing };
}

// Xvfb and WebKitWebDriver, stopped when the run ends, however it ends.
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
const stopChildren = () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopChildren();
    // wtr stops its own browsers on SIGINT; with nobody else listening, end as the signal would.
    if (process.listenerCount(signal) === 0) process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb on a free display number and returns ":N".
 * @returns {Promise<string>}
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let out = '';
    /** @type {import('node:stream').Readable} */ (child.stdio[3]).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display.`)));
  });
}

/** @param {FoundEngine} engine */
async function startWebKitWebDriver(engine) {
  const env = { ...process.env };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  engine.version = versionOf(engine.path, ['--version'], env);
  const driver = engine.driver;
  if (!driver) throw new Error('WebKit needs WebKitWebDriver (WEBKIT_WEBDRIVER_PATH).');
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}.`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start listening.');
}

/**
 * The launcher for one found engine, labelled with `vceEngine` for the commands and the reporter; sets `engine.version` for WebKit.
 * @param {FoundEngine} engine
 */
export async function launcherFor(engine) {
  /** @type {EngineLauncher} */
  let launcher;
  if (engine.name === 'chromium') {
    launcher = chromeLauncher({ launchOptions: { executablePath: engine.path, headless: true, args: chromiumArgs } });
  } else if (engine.name === 'firefox') {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    launcher = puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: engine.path,
        headless: true,
        // No calls home: no updates, telemetry, remote settings or captive-portal checks.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    });
  } else {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const port = await startWebKitWebDriver(engine);
    // 'webkitgtk:browserOptions' is WebKitGTK's own capability, which WebdriverIO's types do not list.
    const capabilities = {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: engine.path, args: ['--automation'] },
    };
    launcher = webdriverLauncher({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities });
  }
  launcher.vceEngine = engine.name;
  return launcher;
}

/**
 * The engine a wtr session runs in.
 * @param {EngineLauncher | undefined} browser
 */
export function engineOf(browser) {
  return browser?.vceEngine ?? 'chromium';
}
