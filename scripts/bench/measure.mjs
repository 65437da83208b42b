// Timed runs of `aigov check` and `rg` over one tree, in the same process run, interleaved so
// that both see the same page cache; peak RSS from /usr/bin/time when it is installed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command to completion: wall time in ms, peak RSS in bytes (when measurable), exit code. */
export function timed(cmd, args, { cwd, env, stdout = 'ignore' } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-'));
  const rssFile = path.join(dir, 'rss');
  const [bin, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(bin, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', stdout === 'pipe' ? 'pipe' : 'ignore', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => void (out += d));
    child.stderr.on('data', (d) => void (err = (err + d).slice(-8000)));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      let rss;
      let cpuMs;
      try {
        const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        if (Number.isFinite(kb) && kb > 0) rss = kb * 1024;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
      } catch {
        // no /usr/bin/time output
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, rss, cpuMs, code, stdout: out, stderr: err });
    });
  });
}

/** rg flags that make it look at the files aigov looks at: .gitignore honoured, hidden files searched, default excludes skipped. */
export function rgArgs(excludes) {
  return ['--hidden', '--no-messages', '-g', '!.git', ...excludes.flatMap((e) => ['-g', `!${e}`])];
}

export function rgVersion() {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

/** Files rg would search (for the file-count cross-check). */
export function rgFileCount(tree, excludes) {
  const out = execFileSync('rg', ['--files', ...rgArgs(excludes), '.'], { cwd: tree, maxBuffer: 1 << 30, encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/**
 * `aigov check` vs `rg`, `runs` times each after one warm-up of both, interleaved. Also the
 * check without git (the .gitignore-aware walker) when `walker` is set.
 */
export async function compareWithRg({ root, tree, pattern, excludes, runs, walker, log }) {
  const cli = path.join(root, 'dist', 'cli.js');
  const checkArgs = [cli, 'check', tree, '--format', 'json', '--output', '/dev/null', '--fail-on', 'never', '--today', '2026-11-25'];
  const rgCmd = ['--files-with-matches', ...rgArgs(excludes), '-e', pattern, '.'];
  const check = () => timed(process.execPath, checkArgs, { cwd: tree });
  // Both write to /dev/null when timed: rg's list of files piped into this process cost it
  // twice its time on the 100k tree (a wake-up per line), which flattered the ratio.
  const rg = () => timed('rg', rgCmd, { cwd: tree });
  const warm = await check();
  if (warm.code !== 0) throw new Error(`aigov check failed (exit ${warm.code}): ${warm.stderr.slice(-2000)}`);
  // The warm-up run of rg is the one whose output is counted.
  const rgWarm = await timed('rg', rgCmd, { cwd: tree, stdout: 'pipe' });
  const a = [];
  const r = [];
  for (let i = 0; i < runs; i++) {
    a.push(await check());
    r.push(await rg());
    log?.(`    run ${i + 1}/${runs}: aigov ${a[i].ms.toFixed(0)} ms, rg ${r[i].ms.toFixed(0)} ms`);
  }
  // The same check with the opt-in persisted cache (`--cache-location`): one run fills it, then
  // `runs` warm runs. Reported beside the uncached check, never instead of it.
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-cache-'));
  const cachedArgs = [...checkArgs, '--cache-location', cacheDir];
  const c = [];
  try {
    await timed(process.execPath, cachedArgs, { cwd: tree });
    for (let i = 0; i < runs; i++) c.push(await timed(process.execPath, cachedArgs, { cwd: tree }));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const w = [];
  if (walker) {
    for (let i = 0; i < Math.min(3, runs); i++) w.push(await timed(process.execPath, checkArgs, { cwd: tree, env: { GIT_DIR: path.join(os.tmpdir(), 'aigov-bench-no-git') } }));
  }
  const checkMs = median(a.map((x) => x.ms));
  const rgMs = median(r.map((x) => x.ms));
  return {
    checkMs,
    checkRuns: a.map((x) => Math.round(x.ms)),
    checkPeakRssBytes: Math.max(...a.map((x) => x.rss ?? 0)) || undefined,
    checkStderr: warm.stderr.trim() ? warm.stderr.trim().split('\n').slice(0, 5) : undefined,
    rgMs,
    rgRuns: r.map((x) => Math.round(x.ms)),
    rgMatches: rgWarm.stdout.split('\n').filter(Boolean).length,
    rgPeakRssBytes: Math.max(...r.map((x) => x.rss ?? 0)) || undefined,
    ratio: checkMs / rgMs,
    checkCpuMs: median(a.map((x) => x.cpuMs)),
    rgCpuMs: median(r.map((x) => x.cpuMs)),
    walkerCheckMs: median(w.map((x) => x.ms)),
    cachedCheckMs: median(c.map((x) => x.ms)),
    cachedRatio: median(c.map((x) => x.ms)) / rgMs,
  };
}

/** In-process analysis: Engine.indexAll() + findings() in a fresh child, median of `runs`. */
export async function inProcess({ bundle, tree, runs, git = true }) {
  const child = path.join(path.dirname(new URL(import.meta.url).pathname), 'inproc-child.mjs');
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed(process.execPath, [child, bundle, tree, ...(git ? [] : ['--no-git'])], { stdout: 'pipe' });
    if (r.code !== 0) throw new Error(`in-process run failed: ${r.stderr.slice(-2000)}`);
    results.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const byTotal = [...results].sort((x, y) => x.totalMs - y.totalMs);
  const mid = byTotal[Math.floor((byTotal.length - 1) / 2)];
  return { ...mid, totalMs: median(results.map((x) => x.totalMs)), maxRssBytes: Math.max(...results.map((x) => x.maxRssBytes)) };
}

/** `node --cpu-prof` on the CLI check of one tree; returns the profile file. */
export async function cpuProfile({ root, tree, dir }) {
  const cli = path.join(root, 'dist', 'cli.js');
  const r = await timed(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', 'check.cpuprofile', cli, 'check', tree, '--format', 'json', '--output', '/dev/null', '--fail-on', 'never', '--today', '2026-11-25'], { cwd: tree });
  return { ms: r.ms, file: path.join(dir, 'check.cpuprofile') };
}
