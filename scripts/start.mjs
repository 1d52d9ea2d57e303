// @ts-check
// `npm start`: builds the library, then runs the reference receiver, which serves the demo pages,
// dist/ and the API on one port and prints the address.
import { execFileSync, spawn } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
// The demo's units (UNITS_FILE), so that the officer page offers a list; a force sets its own.
const env = { UNITS_FILE: 'demo/server/units.demo.json', ...process.env };
const server = spawn(process.execPath, ['demo/server/main.js'], { stdio: 'inherit', env });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
