// `npm run bench`: the performance benchmark of SPEC §9 and issue 6 (a benchmark, not a test).
//
//   node scripts/bench.mjs [options] [dir...]
//
// Without folders it measures generated monorepos of 10k, 50k and 100k files plus two real
// corpora (this checkout, and a hard-linked copy of node_modules). With folders it measures only
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
import { summariseProfile } from './bench/profile.mjs';
import { printTable, targets } from './bench/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.cache', 'bench');

const HELP = `Usage: node scripts/bench.mjs [options] [dir...]

  --sizes 10000,50000,100000  generated monorepo sizes (default; with folders: none)
  --seed N            generator seed (default 1)
  --runs N            timed runs per tool and tree (default 5; median reported)
  --edits N           LSP edits per tree (default 40)
  --profile           node --cpu-prof the check of the largest tree, print the top entries
  --no-lsp            skip the language-server probe
  --no-real           skip the real corpora (this checkout, node_modules copy)
  --no-walker         skip the check without git (the .gitignore-aware walker)
  --out DIR           where JSON results go (default .cache/bench/results)
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
const sizes = (opt.sizes ?? (positionals.length ? '' : '10000,50000,100000')).split(',').filter(Boolean).map(Number);
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
  for (const d of positionals) trees.push({ name: path.basename(path.resolve(d)), kind: 'real', dir: path.resolve(d) });
  if (!positionals.length && !opt['no-real']) {
    trees.push({ name: 'aigov checkout', kind: 'real', dir: ROOT });
    const nm = nodeModulesCorpus();
    if (nm) trees.push({ name: 'node_modules copy', kind: 'real', dir: nm });
  }
  const results = [];
  for (const t of trees) {
    log(`\n== ${t.name} (${t.dir})`);
    const r = { name: t.name, kind: t.kind, size: t.size, dir: t.dir, generator: t.generator };
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
    results.push(r);
  }
  let profile;
  if (opt.profile && trees.length) {
    const biggest = [...results].sort((a, b) => (b.files ?? 0) - (a.files ?? 0))[0];
    const dir = path.join(CACHE, 'profiles');
    mkdirSync(dir, { recursive: true });
    log(`\nprofiling the check of ${biggest.name} ...`);
    const p = await cpuProfile({ root: ROOT, tree: biggest.dir, dir });
    profile = { tree: biggest.name, file: p.file, wallMs: p.ms, ...summariseProfile(p.file, 20) };
  }
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, rg, time: existsSync('/usr/bin/time'), load: { before: loadBefore, after: os.loadavg()[0] } },
    options: { sizes, seed, runs, edits: Number(opt.edits) },
    pattern: { names, length: pattern.length },
    results,
    profile,
  };
  report.targets = targets(results);
  const stamp = report.date.replace(/[:.]/g, '-');
  writeFileSync(path.join(outDir, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(report, null, 2));
  printTable(report, (s) => process.stdout.write(s));
  process.stdout.write(`\nJSON: ${path.relative(ROOT, path.join(outDir, `bench-${stamp}.json`))}\n`);
}

main().catch((err) => {
  log(`bench failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 2;
});
