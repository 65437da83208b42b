// Real AI repositories the benchmark checks, each at a fixed commit, checked out under
// .cache/bench/repos/<name>-<commit> as ordinary git clones (so that `git ls-files` and the
// cache's content ids are used, as in CI). Cloned from the public repository unless
// `--repo-source owner/name=PATH-OR-URL` names a local mirror or another clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  const missing = git(['-C', dir, 'ls-files', '--deleted']).split('\n').filter(Boolean);
  return { dir, head, missing };
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
