// Child process of the benchmark: runs Engine.indexAll() and findings() over one folder with the
// bundled engine, with the worker threads the CLI would use, and prints one JSON line with the
// phase times, counts and peak memory. Reads are counted on the main thread only.
// Usage: node inproc-child.mjs <engine.cjs> <dir> [--no-git] [--jobs N]
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const [bundle, dir, ...flags] = process.argv.slice(2);
const { Engine, NodeWorkspace, WorkerHelpers, findWorkerScript, defaultWorkerCount } = createRequire(import.meta.url)(path.resolve(bundle));
const useGit = !flags.includes('--no-git');
const jobsAt = flags.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(flags[jobsAt + 1]) : defaultWorkerCount();
// The worker script that `npm run compile` built beside the CLI.
const script = jobs > 0 ? findWorkerScript(path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'dist')) : undefined;

const ws = new NodeWorkspace(dir, { useGit });
const io = { listMs: 0, reads: 0, readBytes: 0 };
const listFiles = ws.listFiles.bind(ws);
ws.listFiles = async (token) => {
  const t = performance.now();
  const r = await listFiles(token);
  io.listMs = performance.now() - t;
  return r;
};
const readFile = ws.readFile.bind(ws);
ws.readFile = async (p) => {
  const b = await readFile(p);
  io.reads++;
  io.readBytes += b?.length ?? 0;
  return b;
};
const readListed = ws.readListed.bind(ws);
ws.readListed = (p, use) =>
  readListed(p, (bytes) => {
    io.reads++;
    io.readBytes += bytes.length;
    return use(bytes);
  });
let errors = 0;
const logger = { info() {}, warn() {}, error: () => void errors++ };
const helpers = script ? new WorkerHelpers(ws, { workers: jobs, script, logger }) : undefined;
const engine = new Engine(ws, { today: '2026-11-25', logger, ...(helpers ? { helpers } : {}) });
// How long the event loop is held while indexing: what a language server's requests would wait.
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const t0 = performance.now();
await engine.indexAll();
const t1 = performance.now();
await helpers?.close();
loop.disable();
const findings = engine.findings();
const t2 = performance.now();
const stats = engine.stats;
const skipped = {};
for (const s of stats.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
const codes = {};
for (const f of findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
process.stdout.write(
  JSON.stringify({
    indexMs: t1 - t0,
    findingsMs: t2 - t1,
    totalMs: t2 - t0,
    listMs: io.listMs,
    workers: helpers ? jobs : 0,
    reads: io.reads,
    readBytes: io.readBytes,
    files: stats.files,
    registries: stats.registries,
    components: stats.components,
    skipped,
    findings: findings.length,
    codes,
    loggedErrors: errors,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
  }) + '\n',
);
