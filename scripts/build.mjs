// Builds everything a host installs: the npm entries, the script-tag entries (one per element and
// one with everything), the space-holding stylesheet, type declarations and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { VCE_BUILD: 'npm' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { VCE_BUILD: 'cdn' });
run('npx', ['vite', 'build', '--logLevel', 'warn'], { VCE_BUILD: 'all' });
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npm', ['run', '--silent', 'analyze']);
console.log('Built dist/ and custom-elements.json');
