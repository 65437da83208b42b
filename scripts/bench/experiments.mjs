// Measured prototypes of engine changes proposed in docs/performance.md, run against the bundled
// engine by patching instances at run time (the engine itself is not changed):
//   1. findings(): skip rule evaluation for files with no annotation, suppression or detection;
//   2. a persisted per-file cache keyed by size and mtime: a warm run reads only the files whose
//      facts are worth keeping, and re-uses the rest.
// Both must give exactly the findings of the unpatched engine.
// Usage: node scripts/bench/experiments.mjs <engine.cjs> <dir>
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const [bundleArg, dir] = process.argv.slice(2);
const m = createRequire(import.meta.url)(path.resolve(bundleArg));
const TODAY = '2026-11-25';
const ms = (t) => Math.round(performance.now() - t);
const key = (fs) => JSON.stringify(fs.map((f) => [f.file, f.code, f.range, f.message]));

const isEmpty = (f) => f.detections.length === 0 && f.annotations.annotations.length === 0 && f.annotations.suppressions.length === 0 && f.annotations.malformed.length === 0;

// Cold run, as the CLI does it.
const a = new m.Engine(new m.NodeWorkspace(dir), { today: TODAY });
let t = performance.now();
await a.indexAll();
const coldIndexMs = ms(t);
t = performance.now();
const base = a.findings();
const findingsMs = ms(t);

// 1. Fast path: the same engine, caches dropped, empty files answered without running rules.
const b = new m.Engine(new m.NodeWorkspace(dir), { today: TODAY });
await b.indexAll();
const sourceFindings = b.sourceFindings.bind(b);
b.sourceFindings = (facts) => (isEmpty(facts) ? [] : sourceFindings(facts));
t = performance.now();
const fast = b.findings();
const fastFindingsMs = ms(t);
const emptyFiles = [...b.files.values()].filter(isEmpty).length;

// 2. Persisted cache: facts without their text, keyed by size and mtime; the text is kept for
//    files with annotations or detections only (fixes and fingerprints need it).
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'aigov-cache-'));
const cacheFile = path.join(cacheDir, 'facts.json');
t = performance.now();
const entries = {};
for (const [p, f] of a.files) {
  let st;
  try {
    st = lstatSync(path.join(dir, p));
  } catch {
    continue;
  }
  const { source, ...rest } = f;
  entries[p] = { size: st.size, mtimeMs: st.mtimeMs, facts: rest, keepText: source !== undefined };
}
writeFileSync(cacheFile, JSON.stringify(entries));
const cacheWriteMs = ms(t);
const cacheBytes = readFileSync(cacheFile).length;

const ws = new m.NodeWorkspace(dir);
const c = new m.Engine(ws, { today: TODAY });
t = performance.now();
const loaded = JSON.parse(readFileSync(cacheFile, 'utf8'));
const cacheReadMs = ms(t);
const loadFile = c.loadFile.bind(c);
let hits = 0;
c.loadFile = async (p, given, config) => {
  const e = loaded[p];
  let st;
  try {
    st = lstatSync(path.join(dir, p));
  } catch {
    st = undefined;
  }
  if (!given && e && st && st.size === e.size && st.mtimeMs === e.mtimeMs && e.facts.kind !== 'registry') {
    hits++;
    if (!e.keepText) return void c.facts.set(p, e.facts);
    const bytes = await ws.readFile(p);
    const text = bytes ? m.decodeText(bytes).text : '';
    return void c.facts.set(p, { ...e.facts, source: new m.SourceFile(p, text) });
  }
  return loadFile(p, given, config);
};
t = performance.now();
await c.indexAll();
const warmIndexMs = ms(t);
t = performance.now();
const warm = c.findings();
const warmFindingsMs = ms(t);
rmSync(cacheDir, { recursive: true, force: true });

console.log(
  JSON.stringify(
    {
      files: a.files.size,
      cold: { indexMs: coldIndexMs, findingsMs },
      fastPath: { findingsMs: fastFindingsMs, emptyFiles, sameFindings: key(fast) === key(base) },
      cache: { bytes: cacheBytes, writeMs: cacheWriteMs, readMs: cacheReadMs, hits, warmIndexMs, warmFindingsMs, sameFindings: key(warm) === key(base) },
    },
    null,
    1,
  ),
);
