/**
 * Entry of the committed bundle action/aigov.cjs (npm run build:action): the CLI when run as a
 * program (the pre-commit hook runs it so), the GitHub Action through action/run-action.cjs.
 * Workers are not bundled with it: it indexes on one thread.
 */
import { tuneCompiler } from '../cli/compiler.js';
import { cli } from '../cli/main.js';
import { runAction } from './main.js';

/** Runs the GitHub Action with the runner's environment; sets the exit code. */
export function action(): void {
  // The action checks a repository, and may fix: a run of seconds (see compiler.ts).
  tuneCompiler();
  const io = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s), cwd: process.cwd() };
  runAction(process.env, io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stdout.write(`::error title=aigov::internal error: ${String(err).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) cli();
