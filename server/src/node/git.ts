import { childProcess } from './lazy.js';
import { lstatSync, realpathSync } from 'node:fs';
import * as path from 'node:path';

interface GitResult {
  /** The exit code; -1 when git could not be started. */
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs one git command in `cwd` and collects its output. Never prompts, never pages and never
 * refreshes the index behind the user's back (`--no-optional-locks`). `input` is written to its
 * standard input; `env` adds to its environment (e.g. `GIT_INDEX_FILE`).
 */
export function runGit(cwd: string, args: string[], input?: string | Buffer, env: Readonly<Record<string, string>> = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    let child;
    try {
      child = childProcess().spawn('git', ['-C', cwd, '--no-optional-locks', ...args], {
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
      });
    } catch (err) {
      resolve({ code: -1, stdout: Buffer.alloc(0), stderr: err instanceof Error ? err.message : String(err) });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: e.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    if (input !== undefined && child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

/** The trimmed standard output of a git command, or undefined when it fails. */
export async function gitText(cwd: string, args: string[], env?: Readonly<Record<string, string>>): Promise<string | undefined> {
  const r = await runGit(cwd, args, undefined, env);
  return r.code === 0 ? r.stdout.toString('utf8').replace(/\n$/, '') : undefined;
}

/**
 * Whether git may find a work tree for `dir`: a `.git` (folder, file or link) in the folder git
 * would start from (`dir` with its symlinks resolved) or in one above it, or the environment
 * names the repository (`GIT_DIR`, `GIT_WORK_TREE`). When false, a git command that needs a work
 * tree can only fail, and is not worth a process (the check of a folder outside any repository).
 */
export function mayBeInWorkTree(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR !== undefined || env.GIT_WORK_TREE !== undefined) return true;
  let d: string;
  try {
    d = realpathSync(dir);
  } catch {
    return true; // git says what is wrong
  }
  for (;;) {
    try {
      lstatSync(path.join(d, '.git'));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return true;
    }
    const up = path.dirname(d);
    if (up === d) return false;
    d = up;
  }
}
