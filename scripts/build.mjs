// Builds everything a host installs: the npm entries, the one-file script-tag bundle,
// type declarations, custom-elements.json and what is generated from it (template types for
// React, Vue and Svelte, web-types.json, VS Code custom data).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { VCE_BUILD: 'npm' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { VCE_BUILD: 'cdn' });
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npm', ['run', '--silent', 'analyze']);
run('node', ['scripts/api-outputs.mjs']);
console.log('Built dist/ and custom-elements.json');
