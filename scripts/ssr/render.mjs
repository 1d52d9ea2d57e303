// @ts-check
// One Lit SSR worker (render-worker.mjs) and a function to render markup with it.
import { Worker } from 'node:worker_threads';

/**
 * @typedef {{ html: string, warnings: string[] }} Rendered
 * @typedef {{ ready: true } | { id: number, error: string } | ({ id: number } & Rendered)} Message the worker's
 */

/** @type {Worker | undefined} */
let worker;
/** @type {Promise<unknown> | undefined} */
let ready;
let nextId = 0;
/** @type {Map<number, { resolve: (rendered: Rendered) => void, reject: (error: Error) => void }>} */
const pending = new Map();

function start() {
  const started = new Worker(new URL('./render-worker.mjs', import.meta.url));
  worker = started;
  ready = new Promise((resolve, reject) => {
    started.on('message', (/** @type {Message} */ message) => {
      if ('ready' in message) return resolve(undefined);
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if ('error' in message) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message);
    });
    started.on('error', reject);
  });
  return started;
}

/**
 * Renders `markup` (HTML with the library's tags) on the server, after loading `languages` and
 * applying `config` (passed to configure()). Resolves to `{ html, warnings }`.
 * @param {string} markup
 * @param {{ languages?: string[], config?: object }} [options]
 * @returns {Promise<Rendered>}
 */
export async function renderOnServer(markup, { languages = [], config } = {}) {
  const running = worker ?? start();
  await ready;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, markup, languages, config });
  });
}

/** Stops the worker (the test runner's server calls it when it stops). */
export async function stopRenderer() {
  await worker?.terminate();
  worker = undefined;
}
