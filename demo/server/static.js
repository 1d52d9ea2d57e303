// @ts-check
/**
 * Static files: the repository's demo/ folder at / and dist/ at /dist/.
 * Only known file types are served; dotfiles, the receiver's own folder (demo/server, which may hold
 * the database) and anything outside the two roots are refused, symlinks included.
 *
 * Served as a host's CDN should serve the library (README, "Serving the files"): text compressed
 * with brotli, else gzip, whichever the browser accepts; files whose name carries a content hash
 * (`runtime-Bx3k9QzA.js`) cached for a year as immutable; every other file revalidated each time
 * with its ETag (`no-cache`), answered 304 when unchanged.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { COMMON_HEADERS, HTML_HEADERS } from './security.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

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

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);

/**
 * A name the build gave a content hash, `name-[8 characters].js` (`runtime-Bx3k9QzA.js`), whose
 * content never changes. A hash has a capital or a digit; a word such as `-elements.js` does not.
 */
export const HASHED_NAME = /-(?=[\w-]*[A-Z0-9])[\w-]{8}\.(?:js|mjs|css)(?:\.map)?$/;

/** Cache-Control for a file: hashed names forever, the rest revalidated every time. */
export function cacheControl(/** @type {string} */ file) {
  return HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The encoding to answer with: `br` if the request accepts it, else `gzip`, else none (identity).
 * @param {string | undefined} header Accept-Encoding
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
  if (!header) return null;
  /** @type {Map<string, number>} */
  const accepted = new Map();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(quality) ? quality : 0);
  }
  const quality = (/** @type {string} */ name) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return null;
}

/**
 * @typedef {{ body: Buffer, etag: string, br?: Promise<Buffer>, gzip?: Promise<Buffer> }} Cached
 * @typedef {{ prefix: string, dir: string }} Mount
 * @typedef {{ status: number, headers?: Record<string, string> }} Refusal
 */

/**
 * @param {{ mounts: Mount[], deny?: string[], htmlHeaders?: Readonly<Record<string, string>> }} options
 *   mounts: URL prefix (ending in "/") to directory, longest prefix first;
 *   deny: directories never served (the receiver's folder, the data folder);
 *   htmlHeaders: the headers of HTML pages, by default HTML_HEADERS with the demo's
 *   Content-Security-Policy (scripts/serve-static.mjs gives COMMON_HEADERS for Storybook and the
 *   example apps, which are not written for it).
 */
export function createStatic({ mounts, deny = [], htmlHeaders = HTML_HEADERS }) {
  const roots = mounts.map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) })).sort((a, b) => b.prefix.length - a.prefix.length);
  const denied = deny.map((d) => resolve(d));

  /**
   * Contents, ETag and compressed copies of files served, keyed by path, size and modification
   * time, so each file is read, hashed and compressed once until it changes.
   * @type {Map<string, Cached>}
   */
  const cache = new Map();
  const CACHE_LIMIT = 200;

  /** @param {{ file: string, size: number, mtime: Date }} found */
  async function load(found) {
    const key = `${found.file}\0${found.size}\0${found.mtime.getTime()}`;
    let entry = cache.get(key);
    if (!entry) {
      const body = await readFile(found.file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      entry = { body, etag };
      if (cache.size >= CACHE_LIMIT) cache.delete(/** @type {string} */ (cache.keys().next().value));
      cache.set(key, entry);
    }
    return entry;
  }

  /**
   * @param {Cached} entry
   * @param {'br' | 'gzip'} encoding
   */
  function compressed(entry, encoding) {
    if (encoding === 'br') {
      entry.br ??= brotli(entry.body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 11,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      });
      return entry.br;
    }
    entry.gzip ??= gzipAsync(entry.body, { level: 9 });
    return entry.gzip;
  }

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
    const entry = await load(found);
    let encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : null;
    let body = encoding ? await compressed(entry, encoding) : entry.body;
    // A few bytes can come out larger: send those as they are.
    if (encoding && body.length >= entry.body.length) {
      encoding = null;
      body = entry.body;
    }
    // One ETag per representation (RFC 9110): the content hash, with the encoding after it.
    const etag = encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag;
    /** @type {Record<string, string | number>} */
    const headers = {
      ...(ext === '.html' ? htmlHeaders : COMMON_HEADERS),
      'Content-Type': CONTENT_TYPES[ext],
      'Cache-Control': cacheControl(found.file),
      ETag: etag,
      'Last-Modified': found.mtime.toUTCString(),
    };
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (notModified(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return { locate, serve };
}

/**
 * True when If-None-Match names this content, in any of its encodings (or `*`).
 * @param {string | undefined} header
 * @param {string} etag the identity ETag, quoted
 */
function notModified(header, etag) {
  if (!header) return false;
  const hash = etag.slice(1, -1);
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag || tag === `"${hash}-br"` || tag === `"${hash}-gzip"`;
  });
}
