// @ts-check
/**
 * The receiver's static file server (demo/server/static.js: safe paths, known types, brotli or
 * gzip, ETags, immutable hashed names) serving `root` at `/` on a free loopback port, for scripts
 * that drive a browser over a built folder (storybook-static, an example app's build, the
 * benchmark's bundles). HTML goes without the demo's Content-Security-Policy, which Storybook and
 * the example apps are not written for; dotfiles and unknown file types are not served.
 */
import { createServer } from 'node:http';
import { COMMON_HEADERS } from '../demo/server/security.js';
import { createStatic } from '../demo/server/static.js';

/**
 * @param {string} root the folder to serve
 * @returns {Promise<{ base: string, close: () => Promise<void> }>} its base URL, and close (which
 *   also ends the connections a browser keeps open)
 */
export async function serveStatic(root) {
  const files = createStatic({ mounts: [{ prefix: '/', dir: root }], htmlHeaders: COMMON_HEADERS });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...COMMON_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0];
    files.serve(req, res, pathname).catch((error) => {
      console.error(`serve-static: ${pathname}: ${error}`);
      if (!res.headersSent) res.writeHead(500, COMMON_HEADERS);
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
