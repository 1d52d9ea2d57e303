// `npm start`: builds the library, then runs the reference receiver, which serves the demo pages,
// dist/ and the API on one port and prints the address.
import { execFileSync, spawn } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const server = spawn(process.execPath, ['demo/server/main.js'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
