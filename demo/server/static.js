// @ts-check
/**
 * Static files: the repository's demo/ folder at / and dist/ at /dist/.
 * Only known file types are served; dotfiles, the receiver's own folder (demo/server, which may hold
 * the database) and anything outside the two roots are refused, symlinks included.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { COMMON_HEADERS, HTML_HEADERS } from './security.js';

/** @type {Readonly<Record<string, string>>} */
export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
});

/**
 * @typedef {{ prefix: string, dir: string }} Mount
 * @typedef {{ status: number, headers?: Record<string, string> }} Refusal
 */

/**
 * @param {{ mounts: Mount[], deny: string[] }} options
 *   mounts: URL prefix (ending in "/") to directory, longest prefix first;
 *   deny: directories never served (the receiver's folder, the data folder).
 */
export function createStatic({ mounts, deny }) {
  const roots = mounts
    .map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const denied = deny.map((d) => resolve(d));

  /** @param {string} file */
  const isDenied = (file) => denied.some((d) => file === d || file.startsWith(d + sep));

  /**
   * Maps a URL path to a file, or a refusal.
   * @param {string} pathname raw (still percent-encoded) path of the request URL
   * @returns {Promise<{ file: string, size: number, mtime: Date } | Refusal>}
   */
  async function locate(pathname) {
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { status: 400 };
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
    const root = roots.find((r) => decoded.startsWith(r.prefix));
    if (!root) return { status: 404 };
    const rest = decoded.slice(root.prefix.length);
    const segments = rest.split('/');
    // No "..", no dotfiles or dot-folders, no empty segments in the middle ("a//b").
    if (segments.some((s, i) => s.startsWith('.') || (s === '' && i < segments.length - 1))) return { status: 404 };
    let file = join(root.dir, ...segments);
    if (file !== root.dir && !file.startsWith(root.dir + sep)) return { status: 404 };
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!decoded.endsWith('/')) {
          return { status: 308, headers: { Location: encodeURI(decoded) + '/' } };
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return { status: 404 };
      // Resolve symlinks and check again that the real file is inside a root and not denied.
      const real = await realpath(file);
      const realRoot = await realpath(root.dir);
      if (!real.startsWith(realRoot + sep) || isDenied(real) || isDenied(file)) return { status: 404 };
      if (!CONTENT_TYPES[extname(real).toLowerCase()]) return { status: 404 };
      return { file: real, size: info.size, mtime: info.mtime };
    } catch {
      return { status: 404 };
    }
  }

  /**
   * Serves a GET or HEAD request. Returns false if no mount matches, so the caller can 404.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  async function serve(req, res, pathname) {
    const found = await locate(pathname);
    if ('status' in found) {
      const body = found.status === 308 ? '' : `${found.status === 400 ? 'Bad request' : 'Not found'}\n`;
      res.writeHead(found.status, {
        ...COMMON_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        ...found.headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const ext = extname(found.file).toLowerCase();
    res.writeHead(200, {
      ...(ext === '.html' ? HTML_HEADERS : COMMON_HEADERS),
      'Content-Type': CONTENT_TYPES[ext],
      'Content-Length': found.size,
      'Last-Modified': found.mtime.toUTCString(),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  return { locate, serve };
}
