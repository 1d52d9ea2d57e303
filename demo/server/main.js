#!/usr/bin/env node
// @ts-check
/**
 * Starts the reference receiver: `node demo/server/main.js`. Configuration: environment variables,
 * see docs/receiver.md.
 */
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { reason } from './request-log.js';

let config;
try {
  config = configFromEnv(process.env);
} catch (err) {
  console.error(`receiver: ${reason(err)}`);
  process.exit(1);
}

/** @type {import('./app.js').App} */
let server;
try {
  server = await createApp(config);
} catch (err) {
  console.error(`receiver: cannot open the database: ${reason(err)}`);
  process.exit(1);
}
server.on('error', (/** @type {Error} */ err) => {
  console.error(`receiver: cannot listen on ${config.host}:${config.port}: ${err.message}`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Demo: http://localhost:${port}/`);
  console.log(`Database: ${server.store.path}`);
  if (server.contactNotice) console.log(`receiver: ${server.contactNotice}`);
  if (!config.linkSecret)
    console.log(
      "receiver: LINK_SECRET is not set: officer links are signed with a key made from this instance's own secret (set LINK_SECRET when several instances share a database).",
    );
});

let stopping = false;
/**
 * Graceful shutdown: stop taking connections, let requests in flight and messages being sent
 * finish, close the database, then exit. A second signal, or 10 seconds, exits at once.
 */
function shutdown() {
  if (stopping) process.exit(1);
  stopping = true;
  server.close(() => {
    server.closeStore().then(
      () => process.exit(0),
      (/** @type {unknown} */ err) => {
        console.error(`receiver: ${reason(err)}`);
        process.exit(1);
      },
    );
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
