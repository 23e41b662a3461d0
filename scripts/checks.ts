// The static checks of `npm test`, two at a time (the machines have two cores and each check uses one): the
// generated-code drift check, the type checks of the server and the web app, ESLint and Prettier. Each one's output
// is printed whole when it ends; the run fails if any check fails.
import { spawn } from 'node:child_process';

// The package's own scripts, longest first, so the two slots end together.
const CHECKS = ['typecheck:server', 'format:check', 'typecheck:client', 'lint', 'codegen:check'];
const SLOTS = 2;

function run(script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => {
      process.stdout.write(`\n> npm run ${script} (${code === 0 ? 'ok' : `failed, exit ${code}`})\n`);
      process.stdout.write(output);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const results: boolean[] = [];
await Promise.all(
  Array.from({ length: SLOTS }, async () => {
    for (let check = queue.shift(); check; check = queue.shift()) results.push(await run(check));
  }),
);
if (results.includes(false)) process.exit(1);
