// Checks that a change to the engine leaves every result byte for byte as it was: runs
// `aigov check --format json` over all fixture folders (one run) and over each folder given,
// in several modes (one thread, worker threads, a cold and a warm --cache), and either saves
// the outputs as the reference or compares them with a saved reference.
//
//   node scripts/bench/same-output.mjs --save REF_DIR [dir...]
//   node scripts/bench/same-output.mjs --against REF_DIR [dir...]
//
// Every mode must give the same bytes as the one-thread run of the reference. Uses dist/cli.js
// (run `npm run compile` first). Keep REF_DIR outside the repository or under .cache/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { save: { type: 'string' }, against: { type: 'string' }, modes: { type: 'string' } },
});
if (!opt.save === !opt.against) {
  process.stderr.write('give exactly one of --save DIR or --against DIR\n');
  process.exit(2);
}

/** Every folder of test-fixtures a test checks: workspaces, rule and pack cases, detection corpora. */
function fixtureDirs() {
  const base = path.join(ROOT, 'test-fixtures');
  const out = [];
  const walk = (dir, depth) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = path.join(dir, e.name);
      if (e.name === 'valid' || e.name === 'invalid' || depth === 0) out.push(p);
      else if (depth < 3) walk(p, depth + 1);
    }
  };
  for (const top of ['workspaces', 'detection', 'fixes']) if (existsSync(path.join(base, top))) walk(path.join(base, top), 0);
  for (const top of ['rules', 'packs']) if (existsSync(path.join(base, top))) walk(path.join(base, top), 1);
  return [...new Set(out)].sort();
}

const MODES = {
  'one-thread': () => ['--jobs', '0'],
  workers: () => ['--jobs', '1'],
  'cache-cold': (c) => ['--cache-location', c],
  'cache-warm': (c) => ['--cache-location', c],
};
const modes = (opt.modes ?? Object.keys(MODES).join(',')).split(',');

function check(dirs, extra) {
  try {
    return execFileSync(process.execPath, [CLI, 'check', ...dirs, '--format', 'json', '--fail-on', 'never', '--today', '2026-11-25', ...extra], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return `exit ${err.status}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`;
  }
}

const sets = [{ name: 'fixtures', dirs: fixtureDirs() }, ...positionals.map((d) => ({ name: path.basename(path.resolve(d)), dirs: [path.resolve(d)] }))];
const refDir = path.resolve(opt.save ?? opt.against);
mkdirSync(refDir, { recursive: true });
let bad = 0;
for (const s of sets) {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'aigov-same-'));
  try {
    for (const m of modes) {
      const t0 = Date.now();
      const out = check(s.dirs, MODES[m](cacheDir));
      const file = path.join(refDir, `${s.name}.json`);
      const label = `${s.name} ${m}`;
      if (opt.save && m === modes[0]) {
        writeFileSync(file, out);
        process.stdout.write(`saved  ${label} (${out.length} bytes, ${Date.now() - t0} ms)\n`);
        continue;
      }
      const ref = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
      if (ref === out) {
        process.stdout.write(`same   ${label} (${Date.now() - t0} ms)\n`);
        continue;
      }
      bad++;
      let i = 0;
      while (ref && i < ref.length && ref[i] === out[i]) i++;
      writeFileSync(path.join(refDir, `${s.name}.${m}.differs.json`), out);
      process.stdout.write(`DIFFER ${label}: ${ref === undefined ? 'no reference' : `from byte ${i}: ...${JSON.stringify(out.slice(Math.max(0, i - 200), i + 200))}`}\n`);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
process.exitCode = bad ? 1 : 0;
