// Entry point of `pnpm bench:fault` (see README.md beside this file).
//
// As for list-query.ts: the server's source needs its own TypeScript settings, which
// @swc-node/register reads from SWC_NODE_PROJECT when the process starts. So this file only starts
// the benchmark in a child Node process with that variable set, and passes its exit code on.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER_TSCONFIG = fileURLToPath(new URL('../../packages/server/tsconfig.json', import.meta.url));

if (process.env.SWC_NODE_PROJECT === SERVER_TSCONFIG) {
  await import('./fault.run.js');
} else {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('./fault.run.ts', import.meta.url))], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: SERVER_TSCONFIG },
  });
  // Ctrl-C reaches the child too (same process group); it cleans up and exits on its own.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)));
}
