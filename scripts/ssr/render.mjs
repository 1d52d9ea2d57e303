// One Lit SSR worker (render-worker.mjs) and a function to render markup with it.
import { Worker } from 'node:worker_threads';

let worker;
let ready;
let nextId = 0;
const pending = new Map();

function start() {
  worker = new Worker(new URL('./render-worker.mjs', import.meta.url));
  ready = new Promise((resolve, reject) => {
    worker.on('message', (message) => {
      if (message.ready) return resolve();
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message);
    });
    worker.on('error', reject);
  });
}

/**
 * Renders `markup` (HTML with the library's tags) on the server, after loading `languages` and
 * applying `config` (passed to configure()). Resolves to `{ html, warnings }`.
 */
export async function renderOnServer(markup, { languages = [], config } = {}) {
  if (!worker) start();
  await ready;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, markup, languages, config });
  });
}

/** Stops the worker (the test runner's server calls it when it stops). */
export async function stopRenderer() {
  await worker?.terminate();
  worker = undefined;
}
