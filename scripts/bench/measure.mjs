// Timed runs of `aigov check` and `rg` over one tree, in the same process run, interleaved so
// that both see the same page cache; peak RSS from /usr/bin/time when it is installed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const FLOOR = path.join(path.dirname(new URL(import.meta.url).pathname), 'floor-child.mjs');
const WARM_FLOOR = path.join(path.dirname(new URL(import.meta.url).pathname), 'warm-floor-child.mjs');

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command to completion: wall time in ms, peak RSS in bytes (when measurable), exit code. `env`: the whole environment (default: this process's). */
export function timed(cmd, args, { cwd, env, stdout = 'ignore' } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-'));
  const rssFile = path.join(dir, 'rss');
  const [bin, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(bin, argv, { cwd, env: env ?? process.env, stdio: ['ignore', stdout === 'pipe' ? 'pipe' : 'ignore', 'pipe'] });
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
 * The environment of every timed Node process: the caller's, without NODE_EXTRA_CA_CERTS
 * (a CA bundle named there is parsed by every Node start, before any script runs: on the
 * bench machine it added ~40 ms of CPU to `node -e 0` and to each check alike) and without
 * NODE_OPTIONS. What is left is what a user's shell or CI job gives Node.
 */
export function nodeEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** Whether `tree` is a git repository whose HEAD has a parent (a pull request's base to check against). */
function hasParent(tree) {
  if (!existsSync(path.join(tree, '.git'))) return false;
  try {
    execFileSync('git', ['-C', tree, 'rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** An empty folder outside any git repository: what `aigov check` costs before it has anything to check. */
export function emptyFolder() {
  return mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-empty-'));
}

/**
 * `aigov check` vs `rg`, `runs` times each after one warm-up of each, interleaved, with in the
 * same loop the check of an empty folder and `node -e 0` (the fixed start-up costs) and the check
 * with a warm `--cache`. Also the check without git (the .gitignore-aware walker) when `walker`.
 */
export async function compareWithRg({ root, tree, pattern, excludes, runs, walker, log }) {
  const cli = path.join(root, 'dist', 'cli.js');
  const env = nodeEnv();
  const flags = ['--format', 'json', '--output', '/dev/null', '--fail-on', 'never', '--today', '2026-11-25'];
  const checkArgs = [cli, 'check', tree, ...flags];
  const rgCmd = ['--files-with-matches', ...rgArgs(excludes), '-e', pattern, '.'];
  const empty = emptyFolder();
  // The same check with the opt-in persisted cache (`--cache-location`): one run fills it, then
  // the warm runs. Reported beside the uncached check, never instead of it.
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'aigov-bench-cache-'));
  const cachedArgs = [...checkArgs, '--cache-location', cacheDir];
  const tools = {
    check: () => timed(process.execPath, checkArgs, { cwd: tree, env }),
    // Both write to /dev/null when timed: rg's list of files piped into this process cost it
    // twice its time on the 100k tree (a wake-up per line), which flattered the ratio.
    rg: () => timed('rg', rgCmd, { cwd: tree }),
    cached: () => timed(process.execPath, cachedArgs, { cwd: tree, env }),
    empty: () => timed(process.execPath, [cli, 'check', empty, ...flags], { cwd: empty, env }),
    node: () => timed(process.execPath, ['-e', '0'], { cwd: empty, env }),
    // Node reading and decoding the same files, nothing else (floor-child.mjs): in a git tree.
    ...(existsSync(path.join(tree, '.git')) ? { floor: () => timed(process.execPath, [FLOOR, tree], { cwd: tree, env }) } : {}),
    // Listing, the warm cache's findings parsed and written as a report, nothing else
    // (warm-floor-child.mjs): the least a warm check with this cache does, in a git tree.
    ...(existsSync(path.join(tree, '.git')) ? { warmFloor: () => timed(process.execPath, [WARM_FLOOR, tree, cacheDir], { cwd: tree, env }) } : {}),
    // A pull request's check (the tree and its base, HEAD~1), without and with the warm cache:
    // in a repository with history.
    ...(hasParent(tree)
      ? {
          pr: () => timed(process.execPath, [...checkArgs, '--baseline-ref', 'HEAD~1'], { cwd: tree, env }),
          prWarm: () => timed(process.execPath, [...cachedArgs, '--baseline-ref', 'HEAD~1'], { cwd: tree, env }),
        }
      : {}),
  };
  const got = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  let rgWarm;
  try {
    const warm = await tools.check();
    if (warm.code !== 0) throw new Error(`aigov check failed (exit ${warm.code}): ${warm.stderr.slice(-2000)}`);
    got.stderr = warm.stderr;
    // The warm-up run of rg is the one whose output is counted.
    rgWarm = await timed('rg', rgCmd, { cwd: tree, stdout: 'pipe' });
    await tools.cached(); // fills the cache
    await tools.empty();
    await tools.node();
    for (let i = 0; i < runs; i++) {
      for (const [k, run] of Object.entries(tools)) {
        const r = await run();
        // A run that failed measured nothing: rg alone exits 1 for "no match".
        if (r.code !== 0 && !(k === 'rg' && r.code === 1)) throw new Error(`${k} failed (exit ${r.code}): ${r.stderr.slice(-2000)}`);
        got[k].push(r);
      }
      const ms = (k) => got[k][i].ms.toFixed(0);
      log?.(`    run ${i + 1}/${runs}: aigov ${ms('check')} ms, rg ${ms('rg')} ms, warm cache ${ms('cached')} ms, empty folder ${ms('empty')} ms, node -e 0 ${ms('node')} ms${got.floor ? `, read-only floor ${ms('floor')} ms, warm floor ${ms('warmFloor')} ms` : ''}${got.pr ? `, pull request ${ms('pr')} ms, warm ${ms('prWarm')} ms` : ''}`);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
  const w = [];
  if (walker) {
    for (let i = 0; i < Math.min(3, runs); i++) w.push(await timed(process.execPath, checkArgs, { cwd: tree, env: { ...env, GIT_DIR: path.join(os.tmpdir(), 'aigov-bench-no-git') } }));
  }
  const med = (k, f = 'ms') => median(got[k].map((x) => x[f]));
  const checkMs = med('check');
  const rgMs = med('rg');
  const emptyMs = med('empty');
  const cachedCheckMs = med('cached');
  const cpu = { check: med('check', 'cpuMs'), rg: med('rg', 'cpuMs'), cached: med('cached', 'cpuMs'), empty: med('empty', 'cpuMs'), node: med('node', 'cpuMs') };
  const minus = (a, b) => (a === undefined || b === undefined ? undefined : a - b);
  const over = (a, b) => (a === undefined || !b ? undefined : a / b);
  return {
    checkMs,
    checkRuns: got.check.map((x) => Math.round(x.ms)),
    checkPeakRssBytes: Math.max(...got.check.map((x) => x.rss ?? 0)) || undefined,
    checkStderr: got.stderr?.trim() ? got.stderr.trim().split('\n').slice(0, 5) : undefined,
    rgMs,
    rgRuns: got.rg.map((x) => Math.round(x.ms)),
    rgMatches: rgWarm.stdout.split('\n').filter(Boolean).length,
    rgPeakRssBytes: Math.max(...got.rg.map((x) => x.rss ?? 0)) || undefined,
    ratio: checkMs / rgMs,
    emptyMs,
    nodeMs: med('node'),
    // What the check spends on this tree, beyond what it spends on an empty folder, against rg.
    analysisRatio: over(minus(checkMs, emptyMs), rgMs),
    checkCpuMs: cpu.check,
    rgCpuMs: cpu.rg,
    emptyCpuMs: cpu.empty,
    nodeCpuMs: cpu.node,
    cachedCpuMs: cpu.cached,
    cpuAnalysisRatio: over(minus(cpu.check, cpu.empty), cpu.rg),
    walkerCheckMs: median(w.map((x) => x.ms)),
    cachedCheckMs,
    cachedPeakRssBytes: Math.max(...got.cached.map((x) => x.rss ?? 0)) || undefined,
    cachedRatio: cachedCheckMs / rgMs,
    cachedAnalysisRatio: over(minus(cachedCheckMs, emptyMs), rgMs),
    cachedCpuAnalysisRatio: over(minus(cpu.cached, cpu.empty), cpu.rg),
    // The least analysis ratio a check in Node can reach here: reading and decoding alone.
    floorMs: got.floor ? med('floor') : undefined,
    floorCpuMs: got.floor ? med('floor', 'cpuMs') : undefined,
    floorAnalysisRatio: got.floor ? over(minus(med('floor'), med('node')), rgMs) : undefined,
    // The least warm analysis ratio with this cache: listing, the findings parsed and written.
    warmFloorMs: got.warmFloor ? med('warmFloor') : undefined,
    warmFloorAnalysisRatio: got.warmFloor ? over(minus(med('warmFloor'), med('node')), rgMs) : undefined,
    prMs: got.pr ? med('pr') : undefined,
    prCpuMs: got.pr ? med('pr', 'cpuMs') : undefined,
    prWarmMs: got.prWarm ? med('prWarm') : undefined,
    prWarmCpuMs: got.prWarm ? med('prWarm', 'cpuMs') : undefined,
  };
}

/** In-process analysis: Engine.indexAll() + findings() in a fresh child, median of `runs`. */
export async function inProcess({ bundle, tree, runs, git = true }) {
  const child = path.join(path.dirname(new URL(import.meta.url).pathname), 'inproc-child.mjs');
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed(process.execPath, [child, bundle, tree, ...(git ? [] : ['--no-git'])], { stdout: 'pipe', env: nodeEnv() });
    if (r.code !== 0) throw new Error(`in-process run failed: ${r.stderr.slice(-2000)}`);
    results.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const byTotal = [...results].sort((x, y) => x.totalMs - y.totalMs);
  const mid = byTotal[Math.floor((byTotal.length - 1) / 2)];
  return { ...mid, totalMs: median(results.map((x) => x.totalMs)), maxRssBytes: Math.max(...results.map((x) => x.maxRssBytes)) };
}

/** `node --cpu-prof` on the CLI check of one tree (`extra`: more check flags); returns the profile file. */
export async function cpuProfile({ root, tree, dir, name = 'check', extra = [] }) {
  const cli = path.join(root, 'dist', 'cli.js');
  const file = `${name}.cpuprofile`;
  const r = await timed(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', file, cli, 'check', tree, '--format', 'json', '--output', '/dev/null', '--fail-on', 'never', '--today', '2026-11-25', ...extra], { cwd: tree, env: nodeEnv() });
  return { ms: r.ms, cpuMs: r.cpuMs, file: path.join(dir, file) };
}
