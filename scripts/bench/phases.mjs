// Where the time of an index goes, phase by phase, over one folder: listing, raw reads, decoding,
// then annotation scanning and detection. With `--workers N`, the per-file phases run in N
// worker threads over slices of the listing: the measured case for a worker pool in the engine.
// Usage: node scripts/bench/phases.mjs <engine.cjs> <dir> [--workers N]
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Reads, decodes, scans and detects `files`; returns time per phase and what a pool would send back. */
function analyse(mod, root, files) {
  const ws = new mod.NodeWorkspace(root, { useGit: false });
  const t = { read: 0, decode: 0, scan: 0, detect: 0 };
  let hits = 0;
  let withAigov = 0;
  const needle = Buffer.from('@aigov');
  return (async () => {
    // The workspace only reads without realpath what it listed itself: list once (cheap relative to reads).
    ws.plain = new Set(files);
    for (const f of files) {
      let s = performance.now();
      if (mod.detectArtefact(f)) continue;
      const bytes = await ws.readFile(f);
      t.read += performance.now() - s;
      if (!bytes) continue;
      s = performance.now();
      const d = mod.decodeText(bytes);
      t.decode += performance.now() - s;
      if (d.skipped) continue;
      const src = new mod.SourceFile(f, d.text);
      s = performance.now();
      const has = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle) !== -1;
      const ann = has ? mod.scanAnnotations(src) : undefined;
      if (has) withAigov++;
      t.scan += performance.now() - s;
      s = performance.now();
      const det = mod.detectInSource(src, ann?.lex, mod.DEFAULT_DETECTION_CONFIG);
      t.detect += performance.now() - s;
      if (det.length) hits++;
    }
    return { t, hits, withAigov, files: files.length };
  })();
}

if (!isMainThread) {
  const { bundle, root, files } = workerData;
  const mod = createRequire(import.meta.url)(bundle);
  analyse(mod, root, files).then((r) => parentPort.postMessage(r));
} else {
  const [bundleArg, dir, ...rest] = process.argv.slice(2);
  const bundle = path.resolve(bundleArg);
  const workers = rest[0] === '--workers' ? Number(rest[1]) : 0;
  const mod = createRequire(import.meta.url)(bundle);
  const c0 = cpu();
  const t0 = performance.now();
  const listing = await new mod.NodeWorkspace(dir).listFiles();
  const listMs = performance.now() - t0;
  const files = listing.files;
  let out;
  const t1 = performance.now();
  if (workers > 0) {
    const slices = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
    const parts = await Promise.all(
      slices.map((slice) => new Promise((resolve, reject) => {
        const w = new Worker(new URL(import.meta.url), { workerData: { bundle, root: dir, files: slice } });
        w.once('message', (m) => (resolve(m), void w.terminate()));
        w.once('error', reject);
      })),
    );
    out = { perWorker: parts.map((p) => Object.fromEntries(Object.entries(p.t).map(([k, v]) => [k, Math.round(v)]))), hits: parts.reduce((s, p) => s + p.hits, 0) };
  } else {
    const r = await analyse(mod, dir, files);
    out = { phases: Object.fromEntries(Object.entries(r.t).map(([k, v]) => [k, Math.round(v)])), hits: r.hits, withAigov: r.withAigov };
  }
  const perFileMs = performance.now() - t1;
  console.log(JSON.stringify({ files: files.length, workers, listMs: Math.round(listMs), perFileMs: Math.round(perFileMs), cpuMs: Math.round(cpu() - c0), ...out, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
