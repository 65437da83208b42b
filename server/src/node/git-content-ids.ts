/**
 * git's word on which working-tree files are the ones its index recorded, and their blob ids:
 * what a cache keyed by content can trust without opening or even `lstat`ing the files. git does
 * the checking itself (`git diff-files`: the index's stat data, contents re-read for racily clean
 * entries, files below a folder that became a symlink counted as changed), natively and on
 * several threads.
 *
 * git tells racily clean entries by whole seconds (see git-index.ts): right after a checkout it
 * re-reads and hashes most files on every call (0.15-0.8 s measured on real repositories, more
 * than the rest of a check with a warm cache). So `diff-files` runs on a copy of the index whose
 * own time is moved to the next second, after this reader has found which entries are not older
 * than the real index to the nanosecond; those few are asked about against the real index, with
 * the entries of the index's second whose file is not as git recorded it to the nanosecond (the
 * copy's git compares their stat data by whole seconds, and would trust a same-size rewrite in
 * that second). Together that is git's answer as a build of git with nanosecond timestamps gives it.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, unlinkSync, utimesSync, writeFileSync, type BigIntStats } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gitText, mayBeInWorkTree } from './git.js';
import { readIndex, type IndexStat } from './git-index.js';
import { pathOfBytes } from './file-names.js';
import { GitListing } from './git-listing.js';
import { repositoryOf, type Repository } from './repository.js';

/**
 * Path (relative to `root`) → blob id (its first 16 hex digits) of each regular file the index
 * records at stage 0 and the working tree still holds unchanged. Files marked assume-unchanged or
 * skip-worktree are left out: git does not look at them. Undefined when `root` is not in a
 * repository or git fails. `staged` is the `ls-files --stage` listing to take the ids from (one the
 * workspace also lists tracked files with), else one is started; `repository`, git's answers
 * about the repository of `root` when they were asked already (else they are asked).
 */
export async function gitContentIds(root: string, staged?: GitListing, repository?: Promise<Repository | undefined>): Promise<Map<string, string> | undefined> {
  if (!staged && !mayBeInWorkTree(root)) return undefined;
  const listing = staged ?? new GitListing(root, 'staged');
  const [ok, changed] = await Promise.all([listing.result, changedFiles(root, repository)]);
  if (!ok || changed === undefined) return undefined;
  const ids = new Map(listing.ids);
  for (const p of changed.paths) ids.delete(p);
  return ids;
}

/** Racily clean entries beyond this many are left to git's own way: a command line has a limit. */
const MOST_ASKED = 1000;

/**
 * The tracked files below `root` (relative to it) that differ from the index, as `git diff-files`
 * answers, and how that answer was had: 'dated-copy' (see the top of this file) or 'diff-files'
 * (the index as it is: an index this reader does not understand, or too many racy entries).
 */
export async function changedFiles(root: string, repository?: Promise<Repository | undefined>): Promise<{ paths: string[]; via: 'dated-copy' | 'diff-files' } | undefined> {
  const diffFiles = ['diff-files', '--name-only', '--relative', '-z'];
  const fast = await datedCopy(root, diffFiles, repository ?? repositoryOf(root)).catch(() => undefined);
  if (fast) return fast;
  const out = await gitText(root, diffFiles);
  return out === undefined ? undefined : { paths: names(out), via: 'diff-files' };
}

async function datedCopy(root: string, diffFiles: string[], repository: Promise<Repository | undefined>): Promise<{ paths: string[]; via: 'dated-copy' } | undefined> {
  const { format, index: indexPath, top } = (await repository) ?? {};
  if (!indexPath || !path.isAbsolute(indexPath) || !top || (format !== 'sha1' && format !== 'sha256')) return undefined;
  // The bytes and the time of one and the same file: git replaces its index by renaming a new one.
  const fd = openSync(indexPath, 'r');
  let bytes: Buffer;
  let mtimeNs: bigint;
  try {
    const st = fstatSync(fd, { bigint: true });
    mtimeNs = st.mtimeNs;
    bytes = Buffer.allocUnsafe(Number(st.size));
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) return undefined;
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  const sec = Number(mtimeNs / 1_000_000_000n);
  const read = readIndex(bytes, format === 'sha1' ? 20 : 32, { sec, nsec: Number(mtimeNs % 1_000_000_000n) });
  if (!read || read.notOlder.length > MOST_ASKED) return undefined;
  const asked: string[] = [];
  const ask = (name: Uint8Array): boolean => {
    const { path: p, exact } = pathOfBytes(name);
    if (!exact) return false; // not to be named on a command line
    asked.push(`:(top,literal)${p}`);
    return true;
  };
  for (const name of read.notOlder) if (!ask(name)) return undefined;
  const copy = path.join(os.tmpdir(), `aigov-index-${process.pid}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(copy, bytes, { flag: 'wx', mode: 0o600 });
  let all: Promise<string | undefined> | undefined;
  try {
    // Every entry is older than the copy by whole seconds: git trusts the stat data of each.
    utimesSync(copy, sec + 1, sec + 1);
    all = gitText(root, diffFiles, { GIT_INDEX_FILE: copy });
    // Older than the index, but in its second: the copy's git trusts their stat data by whole
    // seconds, where the real index makes it hash them. Those whose file is not as recorded to
    // the nanosecond are asked about against the real index (while git answers for the rest).
    // Index paths are relative and normal (git refuses `.`, `..` and empty parts): joined as text,
    // not through `path.join`'s normalising, which cost more than the lstat itself.
    const below = top.endsWith('/') ? top : `${top}/`;
    for (const { path: name, stat } of read.sameSecond) {
      const { path: p, exact } = pathOfBytes(name);
      if (exact && sameStat(below + p, stat)) continue;
      if (!ask(name) || asked.length > MOST_ASKED) return undefined;
    }
    const [allOut, racy] = await Promise.all([all, asked.length > 0 ? gitText(root, [...diffFiles, '--', ...asked]) : '']);
    if (allOut === undefined || racy === undefined) return undefined;
    return { paths: [...new Set([...names(allOut), ...names(racy)])], via: 'dated-copy' };
  } finally {
    // Not before git is done with it.
    await all?.catch(() => undefined);
    unlinkSync(copy);
  }
}

/** Whether `file` is a regular file with the very ctime, mtime, inode and size git recorded (inode and size in 32 bits, as git keeps them). */
function sameStat(file: string, was: IndexStat): boolean {
  const st = lstatBig(file);
  if (!st?.isFile()) return false;
  const time = (ns: bigint, t: { sec: number; nsec: number }): boolean => ns === BigInt(t.sec) * 1_000_000_000n + BigInt(t.nsec);
  return time(st.mtimeNs, was.mtime) && time(st.ctimeNs, was.ctime) && Number(st.ino & 0xffffffffn) === was.ino && Number(st.size & 0xffffffffn) === was.size;
}

function lstatBig(file: string): BigIntStats | undefined {
  try {
    return lstatSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function names(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}
