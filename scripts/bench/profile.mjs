// Summarises a V8 .cpuprofile: self time per function and inclusive time per source file, the
// "top entries" the performance note quotes.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const maps = new Map();

function mapFor(file) {
  if (!maps.has(file)) {
    let m;
    try {
      if (existsSync(`${file}.map`)) m = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      m = undefined;
    }
    maps.set(file, m);
  }
  return maps.get(file);
}

/** `source:line` of a frame, through the bundle's source map when there is one. */
function location(frame) {
  const file = (frame.url || '').replace(/^file:\/\//, '');
  if (!file) return { where: '(native)', source: '(native)' };
  const entry = mapFor(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && entry.originalSource) {
    const src = entry.originalSource.replace(/^.*?\/(server\/src\/|node_modules\/)/, '$1');
    return { where: `${src}:${entry.originalLine + 1}`, source: src };
  }
  const short = file.replace(/^.*\/node_modules\//, 'node_modules/').replace(/^.*\/(dist|scripts)\//, '$1/');
  return { where: `${short}:${frame.lineNumber + 1}`, source: short };
}

export function summariseProfile(file, top = 20) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // samples + timeDeltas: each sample is attributed the delta that follows it.
  const total = prof.endTime - prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    const dt = prof.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  const byFn = new Map();
  const bySource = new Map();
  for (const [id, us] of self) {
    const n = nodes.get(id);
    const f = n.callFrame;
    const loc = location(f);
    const key = `${f.functionName || '(anonymous)'} ${loc.where}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const src = f.functionName.startsWith('(') ? f.functionName : loc.source.replace(/node_modules\/([^/]+)\/.*/, 'node_modules/$1');
    bySource.set(src, (bySource.get(src) ?? 0) + us);
  }
  const rows = [...byFn.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, selfMs: us / 1000, pct: (100 * us) / total }));
  const sources = [...bySource.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([source, us]) => ({ source, selfMs: us / 1000, pct: (100 * us) / total }));
  return { totalMs: total / 1000, top: rows, sources };
}
