// @ts-check
// Finds a Chromium for tests and screenshots, so `npm test` works on a fresh machine:
// CHROME_PATH, else an installed Chromium or Chrome, else the Chromium that ships inside the
// npm package @sparticuz/chromium (no download at run time).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Flags every headless run uses: no sandbox (CI runs as root), and no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const candidates = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** @param {string} name */
function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The path of a Chromium to launch. */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const name of candidates) {
    const found = which(name);
    if (found) return found;
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install chromium), set CHROME_PATH, ' +
        `or install the optional npm package @sparticuz/chromium. (${/** @type {Error} */ (error).message})`,
      { cause: error },
    );
  }
}
