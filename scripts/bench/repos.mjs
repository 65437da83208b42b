// Real AI repositories the benchmark checks, each at a fixed commit, checked out under
// .cache/bench/repos/<name>-<commit> as ordinary git clones (so that `git ls-files` and the
// cache's content ids are used, as in CI). Cloned from the public repository unless
// `--repo-source owner/name=PATH-OR-URL` names a local mirror or another clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Python (diffusers), C# + Python + Java (semantic-kernel), TypeScript (langchainjs). */
export const REAL_REPOS = [
  { repo: 'huggingface/diffusers', name: 'diffusers', commit: '58eb52c0803e' },
  { repo: 'microsoft/semantic-kernel', name: 'semantic-kernel', commit: 'b39d95a34435' },
  { repo: 'langchain-ai/langchainjs', name: 'langchainjs', commit: '62fc484b2a0d' },
];

const git = (args, opts = {}) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();

/** The checkout folder of a repository (whether or not it exists yet). */
export function repoDir(cache, r) {
  return path.join(cache, 'repos', `${r.name}-${r.commit}`);
}

/**
 * Makes sure `r` is checked out at its commit; answers its folder and what git could not check
 * out (a snapshot may lack its largest files). `source`: where to clone from.
 */
export function ensureRepo(cache, r, source, log) {
  const dir = repoDir(cache, r);
  const done = `${dir}.done`;
  if (!existsSync(done) || !existsSync(dir)) {
    const from = source ?? `https://github.com/${r.repo}.git`;
    log(`cloning ${r.repo} at ${r.commit} from ${from} into ${dir} ...`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    git(['clone', '--quiet', '--no-checkout', from, dir]);
    // A snapshot may lack some blobs: git checks out the rest and reports those.
    const co = spawnSync('git', ['-C', dir, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', r.commit], { encoding: 'utf8' });
    if (co.status !== 0) log(`  git checkout: ${co.stderr.trim().split('\n').slice(0, 4).join(' | ')}`);
    writeFileSync(done, '');
  }
  const head = git(['-C', dir, 'rev-parse', 'HEAD']);
  if (!head.startsWith(r.commit)) throw new Error(`${dir} is at ${head}, not ${r.commit}: remove it and run again`);
  const racy = freshCheckout(dir, r.commit, log);
  const missing = git(['-C', dir, 'ls-files', '--deleted']).split('\n').filter(Boolean);
  return { dir, head, missing, racy };
}

/**
 * Writes every file and the index again, as a CI job's fresh checkout leaves them, so that the
 * warm runs meet the same index each time: a `git status` run by hand in the folder would have
 * refreshed it. Files written in the same second as the index are "racily clean": git cannot
 * trust their stat data and reads and hashes them again on every `git diff-files` (which a check
 * with a cache runs for the content ids). Answers how many tracked files are in that state.
 */
function freshCheckout(dir, commit, log) {
  git(['-C', dir, 'read-tree', '--empty']);
  // A snapshot may lack some blobs: git checks out the rest and says which.
  spawnSync('git', ['-C', dir, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--force', '--detach', commit], { encoding: 'utf8' });
  const indexSecond = Math.floor(statSync(path.join(dir, '.git', 'index')).mtimeMs / 1000);
  let racy = 0;
  let tracked = 0;
  for (const f of git(['-C', dir, 'ls-files', '-z']).split('\0')) {
    if (!f) continue;
    tracked++;
    const st = lstatSync(path.join(dir, f), { throwIfNoEntry: false });
    if (st && Math.floor(st.mtimeMs / 1000) >= indexSecond) racy++;
  }
  log(`  fresh checkout: ${racy} of ${tracked} tracked files written in the index's last second (racily clean)`);
  return racy;
}

/** `owner/name=source` pairs (repeatable `--repo-source`). */
export function parseSources(list) {
  const out = new Map();
  for (const s of list ?? []) {
    const i = s.indexOf('=');
    if (i <= 0) throw new Error(`--repo-source wants owner/name=PATH-OR-URL, not '${s}'`);
    out.set(s.slice(0, i), s.slice(i + 1));
  }
  return out;
}
