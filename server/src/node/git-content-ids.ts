/**
 * git's word on which working-tree files are the ones its index recorded, and their blob ids:
 * what a cache keyed by content can trust without opening or even `lstat`ing the files. git does
 * the checking itself (`git diff-files`: the index's stat data, contents re-read for racily clean
 * entries, files below a folder that became a symlink counted as changed), natively and on
 * several threads.
 */
import { mayBeInWorkTree } from './git.js';
import { childProcess } from './lazy.js';

/** Regular files (executable or not); symlinks (120000) and submodules (160000) are left out. */
const REGULAR = new Set(['100644', '100755']);

/** Characters of the blob id kept: 64 bits tell one path's versions apart, and the cache stays small. */
const ID_CHARS = 16;

/**
 * Path (relative to `root`) → blob id (its first ID_CHARS hex digits) of each regular file the index records at stage 0 and the
 * working tree still holds unchanged. Files marked assume-unchanged or skip-worktree are left out:
 * git does not look at them. Undefined when `root` is not in a repository or git fails.
 */
export async function gitContentIds(root: string): Promise<Map<string, string> | undefined> {
  if (!mayBeInWorkTree(root)) return undefined;
  const [staged, changed] = await Promise.all([gitOutput(root, ['ls-files', '--stage', '-v', '-z']), gitOutput(root, ['diff-files', '--name-only', '--relative', '-z'])]);
  if (staged === undefined || changed === undefined) return undefined;
  const ids = new Map<string, string>();
  for (const entry of staged.split('\0')) {
    // `H <mode> <id> <stage>\t<path>`: the tag H is a tracked file git checks for changes.
    const tab = entry.indexOf('\t');
    if (tab < 0 || !entry.startsWith('H ')) continue;
    const [, mode, id, stage] = entry.slice(0, tab).split(' ');
    if (stage !== '0' || mode === undefined || !REGULAR.has(mode) || id === undefined || id === '') continue;
    ids.set(entry.slice(tab + 1), id.slice(0, ID_CHARS));
  }
  for (const p of changed.split('\0')) if (p) ids.delete(p);
  return ids;
}

/** The standard output of a git command run in `root`, or undefined when it fails. */
function gitOutput(root: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    let child;
    try {
      // No pager, no prompt, no optional index refresh written behind the user's back.
      child = childProcess().spawn('git', ['-C', root, '--no-optional-locks', ...args], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    } catch {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
  });
}
