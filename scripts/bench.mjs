// `npm run bench`: the performance benchmark of SPEC §9 and issue 6 (a benchmark, not a test).
//
//   node scripts/bench.mjs [options] [dir...]
//
// Without folders it measures generated monorepos of 10k, 50k and 100k files plus real corpora
// (this checkout, a hard-linked copy of node_modules, and the real AI repositories of
// scripts/bench/repos.mjs when they are checked out). With folders or --repos it measures only
// those (add --sizes to measure generated trees as well). See docs/performance.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEngineBundle, detectionPattern } from './bench/engine-bundle.mjs';
import { ensureTree } from './bench/generate.mjs';
import { probeLsp } from './bench/lsp-probe.mjs';
import { compareWithRg, cpuProfile, inProcess, rgFileCount, rgVersion } from './bench/measure.mjs';
import { ensureRepo, parseSources, REAL_REPOS, repoDir } from './bench/repos.mjs';
import { summariseProfile } from './bench/profile.mjs';
import { printTable, targets } from './bench/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: node scripts/bench.mjs [options] [dir...]

  --sizes 10000,50000,100000  generated monorepo sizes (default; with folders or --repos: none)
  --repos             check out and measure the real AI repositories (scripts/bench/repos.mjs)
  --repo-source R=S   clone repository R (owner/name) from S (a path or URL) instead of its
                      public address; repeatable
  --seed N            generator seed (default 1)
  --runs N            timed runs per tool and tree (default 5; median reported)
  --edits N           LSP edits per tree (default 40)
  --profile           node --cpu-prof the check of the largest tree and of each real
                      repository (one thread, --jobs 0), print the top entries
  --no-lsp            skip the language-server probe
  --no-real           skip the real corpora (this checkout, node_modules copy)
  --no-walker         skip the check without git (the .gitignore-aware walker)
  --out DIR           where JSON results go (default <work>/results)
  --work DIR          generated trees, repository checkouts, results (default .cache/bench)
`;

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    edits: { type: 'string', default: '40' },
    profile: { type: 'boolean', default: false },
    'no-lsp': { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    'no-walker': { type: 'boolean', default: false },
    out: { type: 'string' },
    work: { type: 'string' },
    repos: { type: 'boolean', default: false },
    'repo-source': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opt.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const log = (m) => process.stderr.write(`${m}\n`);
const runs = Math.max(1, Number(opt.runs));
const seed = Number(opt.seed);
const CACHE = path.resolve(opt.work ?? path.join(ROOT, '.cache', 'bench'));
const only = positionals.length > 0 || opt.repos;
const sizes = (opt.sizes ?? (only ? '' : '10000,50000,100000')).split(',').filter(Boolean).map(Number);
const outDir = path.resolve(opt.out ?? path.join(CACHE, 'results'));

if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  log('dist/cli.js is missing: run `npm run compile` first (npm run bench does).');
  process.exit(2);
}
const rg = rgVersion();
if (!rg) log('rg (ripgrep) is not installed: `apt-get install -y ripgrep`. The rg comparison is skipped.');

/** A hard-linked copy of node_modules under a neutral name, with its own git index (keyed by package-lock). */
function nodeModulesCorpus() {
  const src = path.join(ROOT, 'node_modules');
  if (!existsSync(src)) return undefined;
  const lock = createHash('sha1').update(readFileSync(path.join(ROOT, 'package-lock.json'))).digest('hex').slice(0, 12);
  const dir = path.join(CACHE, 'real', 'node_modules-corpus');
  const marker = path.join(CACHE, 'real', `node_modules-corpus.${lock}.done`);
  if (!existsSync(marker) || !existsSync(dir)) {
    log(`copying node_modules (hard links) to ${path.relative(ROOT, dir)} ...`);
    rmSync(path.join(CACHE, 'real'), { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    execFileSync('cp', ['-al', src, dir]);
    execFileSync('git', ['-C', dir, 'init', '-q']);
    execFileSync('git', ['-C', dir, '-c', 'core.autocrlf=false', 'add', '-A'], { maxBuffer: 1 << 30 });
    writeFileSync(marker, '');
  }
  return dir;
}

/** A source file the editor would open: deep, in a common language, chosen deterministically. */
function pickEditFile(files) {
  const code = files.filter((f) => /\.(py|ts|js|go)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('.min.'));
  const ai = code.filter((f) => f.includes('/src/ai/'));
  const list = ai.length ? ai : code;
  return list[Math.floor(list.length / 2)];
}

async function main() {
  const os = await import('node:os');
  const loadBefore = os.loadavg()[0];
  mkdirSync(outDir, { recursive: true });
  const bundle = await buildEngineBundle(ROOT, CACHE);
  const engineMod = createRequire(import.meta.url)(bundle);
  const { pattern, names } = detectionPattern(engineMod.LIBRARIES);
  const excludes = engineMod.DEFAULT_EXCLUDES ?? [];
  const trees = [];
  for (const n of sizes) {
    const t = await ensureTree(CACHE, n, seed, log);
    trees.push({ name: `generated ${n / 1000}k`, kind: 'generated', size: n, dir: t.dir, generator: t.stats });
  }
  for (const d of positionals) trees.push({ name: path.basename(path.resolve(d)), kind: 'real', dir: path.resolve(d), ...gitHead(path.resolve(d)) });
  if (!only && !opt['no-real']) {
    trees.push({ name: 'aigov checkout', kind: 'real', dir: ROOT });
    const nm = nodeModulesCorpus();
    if (nm) trees.push({ name: 'node_modules copy', kind: 'real', dir: nm });
  }
  // The real AI repositories: with --repos (cloned when missing), else those already checked out.
  const sources = parseSources(opt['repo-source']);
  for (const r of REAL_REPOS) {
    if (!opt.repos && (opt['no-real'] || only || !existsSync(`${repoDir(CACHE, r)}.done`))) continue;
    const got = ensureRepo(CACHE, r, sources.get(r.repo), log);
    if (got.missing.length) log(`  ${r.repo}: ${got.missing.length} file(s) absent from the snapshot (${got.missing.slice(0, 3).join(', ')}${got.missing.length > 3 ? ', ...' : ''})`);
    trees.push({ name: `${r.name} ${r.commit}`, kind: 'repo', dir: got.dir, commit: got.head, missing: got.missing, racy: got.racy });
  }
  const results = [];
  for (const t of trees) {
    log(`\n== ${t.name} (${t.dir})`);
    const r = { name: t.name, kind: t.kind, size: t.size, dir: t.dir, generator: t.generator, commit: t.commit, missing: t.missing, racy: t.racy };
    const rgFiles = rg ? rgFileCount(t.dir, excludes) : [];
    r.rgFiles = rg ? rgFiles.length : undefined;
    if (rg) Object.assign(r, await compareWithRg({ root: ROOT, tree: t.dir, pattern, excludes, runs, walker: !opt['no-walker'], log }));
    log('  in-process ...');
    r.inProcess = await inProcess({ bundle, tree: t.dir, runs: Math.min(3, runs) });
    r.files = r.inProcess.files;
    if (!opt['no-lsp']) {
      const file = pickEditFile(rgFiles.length ? rgFiles.map((f) => f.replace(/^\.\//, '')).sort() : []);
      log(`  language server (${file ?? 'no file'}) ...`);
      r.lsp = file ? await probeLsp({ root: ROOT, tree: t.dir, file, edits: Number(opt.edits), log }) : { skipped: 'no source file to edit' };
      if (r.lsp.skipped) log(`  ${r.lsp.skipped}`);
    }
    r.load = os.loadavg()[0];
    results.push(r);
  }
  const profiles = [];
  if (opt.profile && trees.length) {
    const biggest = [...results].sort((a, b) => (b.files ?? 0) - (a.files ?? 0))[0];
    const dir = path.join(CACHE, 'profiles');
    mkdirSync(dir, { recursive: true });
    const todo = [biggest, ...results.filter((r) => r.kind === 'repo' && r !== biggest)];
    for (const r of todo) {
      const jobs0 = r.kind === 'repo';
      log(`\nprofiling the check of ${r.name}${jobs0 ? ' (--jobs 0)' : ''} ...`);
      const p = await cpuProfile({ root: ROOT, tree: r.dir, dir, name: r.name.replace(/[^\w.-]+/g, '-'), extra: jobs0 ? ['--jobs', '0'] : [] });
      profiles.push({ tree: r.name, flags: jobs0 ? '--jobs 0' : '', file: p.file, wallMs: p.ms, cpuMs: p.cpuMs, ...summariseProfile(p.file, 20) });
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, rg, time: existsSync('/usr/bin/time'), load: { before: loadBefore, after: os.loadavg()[0] } },
    options: { sizes, seed, runs, edits: Number(opt.edits) },
    pattern: { names, length: pattern.length },
    results,
    profiles,
  };
  report.targets = targets(results);
  const stamp = report.date.replace(/[:.]/g, '-');
  writeFileSync(path.join(outDir, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(report, null, 2));
  printTable(report, (s) => process.stdout.write(s));
  process.stdout.write(`\nJSON: ${path.relative(ROOT, path.join(outDir, `bench-${stamp}.json`))}\n`);
}

/** The commit a folder is checked out at, when it is a git work tree. */
function gitHead(dir) {
  try {
    return { commit: execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() };
  } catch {
    return {};
  }
}

main().catch((err) => {
  log(`bench failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 2;
});
