#!/usr/bin/env node
// @ts-check
/**
 * Staff accounts, on the same database the receiver uses (DATA_DIR or DATABASE_URL):
 *
 *   npm run receiver:user -- add NAME --role analyst|reviewer|sender|officer
 *   npm run receiver:user -- password NAME        (a new password; ends the account's sessions)
 *   npm run receiver:user -- role NAME --role reviewer
 *   npm run receiver:user -- unlock NAME          (after 5 wrong passwords)
 *   npm run receiver:user -- remove NAME
 *   npm run receiver:user -- list
 *
 * The password is read from standard input (one line, for scripts: `printf '%s\n' "$PW" | …`), or
 * asked for twice without echo when standard input is a terminal. Never on the command line, where
 * it would stay in the shell's history and in the process list.
 */
import { createInterface } from 'node:readline';
import { openStore } from './db.js';
import { createAccounts, ROLES } from './auth/accounts.js';
import { DEFAULTS } from './config.js';
import { reason } from './request-log.js';

const USAGE = `Usage: npm run receiver:user -- <add NAME --role ROLE | password NAME | role NAME --role ROLE | unlock NAME | remove NAME | list>
Roles: ${ROLES.join(', ')}. The password is read from standard input or asked for.`;

/** @param {string} question */
function askHidden(question) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = /** @type {any} */ (rl)._writeToOutput;
    /** @type {any} */ (rl)._writeToOutput = (/** @type {string} */ s) => {
      if (s.startsWith(question)) write.call(rl, question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword() {
  if (process.stdin.isTTY) {
    const first = await askHidden('Password (at least 12 characters): ');
    const again = await askHidden('The same password again: ');
    if (first !== again) throw new Error('the two passwords are not the same');
    return first;
  }
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

async function main() {
  const [command, name, ...rest] = process.argv.slice(2);
  const roleAt = rest.indexOf('--role');
  const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
  if (!command || (command !== 'list' && !name)) throw new Error(USAGE);
  const databaseUrl = process.env.DATABASE_URL?.trim() || null;
  const store = await openStore({ dataDir: process.env.DATA_DIR?.trim() || DEFAULTS.dataDir, databaseUrl });
  try {
    const accounts = createAccounts(store.db);
    switch (command) {
      case 'add':
        if (!role) throw new Error(`add needs --role (${ROLES.join(', ')})`);
        if (!ROLES.includes(/** @type {any} */ (role))) throw new Error(`role must be one of ${ROLES.join(', ')}`);
        await accounts.add(name, /** @type {any} */ (role), await readPassword());
        console.log(`Account "${name}" added with the role ${role}, in ${store.path}.`);
        break;
      case 'password':
        await accounts.setPassword(name, await readPassword());
        console.log(`Password changed for "${name}"; their sessions have ended.`);
        break;
      case 'role':
        if (!role) throw new Error(`role needs --role (${ROLES.join(', ')})`);
        await accounts.setRole(name, /** @type {any} */ (role));
        console.log(`"${name}" now has the role ${role}; their sessions have ended.`);
        break;
      case 'unlock':
        await accounts.unlock(name);
        console.log(`"${name}" is unlocked.`);
        break;
      case 'remove':
        await accounts.remove(name);
        console.log(`Account "${name}" removed; their sessions have ended.`);
        break;
      case 'list':
        for (const u of await accounts.list()) {
          console.log(`${u.name}\t${u.role}${u.locked_until && u.locked_until > new Date().toISOString() ? '\tlocked' : ''}`);
        }
        break;
      default:
        throw new Error(USAGE);
    }
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  console.error(`receiver:user: ${reason(err)}`);
  process.exit(1);
});
