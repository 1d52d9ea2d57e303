#!/usr/bin/env node
// @ts-check
/**
 * Starts the reference receiver: `node demo/server/main.js`. Configuration: environment variables,
 * see docs/receiver.md.
 */
import { createApp } from './app.js';
import { configFromEnv } from './config.js';

let config;
try {
  config = configFromEnv(process.env);
} catch (err) {
  console.error(`receiver: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const server = createApp(config);
server.on('error', (err) => {
  console.error(`receiver: cannot listen on ${config.host}:${config.port}: ${err.message}`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Demo: http://localhost:${port}/`);
  console.log(`Database: ${server.store.path}`);
  if (server.contactNotice) console.log(`receiver: ${server.contactNotice}`);
});

/** Finishes requests in flight, then closes the database. */
function shutdown() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
