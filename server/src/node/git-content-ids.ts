/**
 * git's word on which working-tree files are the ones its index recorded, and their blob ids:
 * what a cache keyed by content can trust without opening or even `lstat`ing the files. git does
 * the checking itself (`git diff-files`: the index's stat data, contents re-read for racily clean
 * entries, files below a folder that became a symlink counted as changed), natively and on
 * several threads.
 */
import { mayBeInWorkTree } from './git.js';
import { GitListing } from './git-listing.js';
import { childProcess } from './lazy.js';

/**
 * Path (relative to `root`) → blob id (its first 16 hex digits) of each regular file the index
 * records at stage 0 and the working tree still holds unchanged. Files marked assume-unchanged or
 * skip-worktree are left out: git does not look at them. Undefined when `root` is not in a
 * repository or git fails. `staged` is the `ls-files --stage` listing to take the ids from (one the
 * workspace also lists tracked files with), else one is started.
 */
export async function gitContentIds(root: string, staged?: GitListing): Promise<Map<string, string> | undefined> {
  if (!staged && !mayBeInWorkTree(root)) return undefined;
  const listing = staged ?? new GitListing(root, 'staged');
  const [ok, changed] = await Promise.all([listing.result, gitOutput(root, ['diff-files', '--name-only', '--relative', '-z'])]);
  if (!ok || changed === undefined) return undefined;
  const ids = new Map(listing.ids);
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
