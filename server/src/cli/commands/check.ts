import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Engine, hasFindingsAtOrAbove } from '../../core/engine.js';
import type { Severity } from '../../core/finding.js';
import type { Logger } from '../../core/workspace.js';
import { NodeWorkspace } from '../../node/fs-workspace.js';
import { FileFactsCache } from '../../node/facts-cache-file.js';
import { defaultWorkerCount, findWorkerScript, WorkerHelpers } from '../../node/worker-helpers.js';
import { applyBaseline, readBaseline, type BaselineEntry } from '../baseline.js';
import { oneOf, parse, resolveToday, UsageError, type Io, writeResult } from '../args.js';
import { basePrefixes, collect, joinPrefix, type CheckRun } from '../results.js';
import { formatGithub } from '../reporters/github.js';
import { formatJson } from '../reporters/json.js';
import { formatJunit } from '../reporters/junit.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatGolden, formatText } from '../reporters/text.js';
import { VERSION } from '../version.js';

export const CHECK_HELP = `Usage: aigov check [dir...] [options]

Checks the AI governance registry and annotations of each folder (default: .).

Options:
  --format text|json|sarif|github|junit|golden   output format (default: text)
  --output FILE         write the report to FILE instead of standard output
  --fail-on error|warning|info|never   exit 1 when a finding at or above this severity is new (default: error)
  --baseline FILE       an earlier aigov SARIF or JSON result; only findings absent from it count
  --root DIR            the folder paths and fingerprints are relative to (default: the top of
                        the git repository holding the checked folder, else the folder itself)
  --today YYYY-MM-DD    the date deadlines are computed against (or AIGOV_TODAY)
  --no-color            plain text output
  --cache               remember files that hold nothing and skip them next time: by git's
                        content id when git vouches the file is unchanged (this holds across
                        fresh clones, as in CI), else by size and mtime; stored in
                        $XDG_CACHE_HOME/aigov, never in the repository
  --cache-location DIR  where the cache is kept
  --jobs N              worker threads that read and analyse files beside the main thread
                        (default: one per further core, at most 3; 0: none)
`;

export interface CacheOptions {
  /** Keep a per-file cache between runs (`--cache`). */
  enabled: boolean;
  /** Folder of the cache files (`--cache-location`). */
  dir?: string;
}

/**
 * Indexes each folder. The worker threads are ended in the background once a folder is indexed
 * (findings and output need only this thread): `closed` resolves when they are gone.
 */
export async function runEngines(dirs: string[], io: Io, today: string | undefined, logger: Logger, cache?: CacheOptions, jobs = defaultWorkerCount()): Promise<{ engines: { engine: Engine; root: string }[]; closed: Promise<void> }> {
  const script = jobs > 0 ? findWorkerScript() : undefined;
  const engines: { engine: Engine; root: string }[] = [];
  const closing: Promise<void>[] = [];
  for (const d of dirs) {
    const root = path.resolve(io.cwd, d);
    const st = await fs.stat(root).catch(() => undefined);
    if (!st?.isDirectory()) throw new UsageError(`not a folder: ${d}`);
    const store = cache?.enabled ? new FileFactsCache(root, VERSION, cache.dir) : undefined;
    // With a cache, each read takes the file's size and mtime first and skips what is known empty.
    const ws = new NodeWorkspace(root);
    const helpers = script ? new WorkerHelpers(ws, { workers: jobs, script, logger }) : undefined;
    // Started by the engine only for a large folder: in a small one they would cost more than they save.
    const engine = new Engine(ws, { ...(today ? { today } : {}), logger, ...(store ? { cache: store } : {}), ...(helpers ? { helpers } : {}) });
    try {
      await engine.indexAll();
    } finally {
      if (helpers) closing.push(helpers.close());
    }
    if (store && !store.save()) logger.warn(`could not write the cache ${store.file}`);
    engines.push({ engine, root });
  }
  return { engines, closed: Promise.all(closing).then(() => undefined) };
}

export function stderrLogger(io: Io): Logger {
  return {
    info: () => {},
    warn: (m) => io.stderr(`aigov: warning: ${m}\n`),
    error: (m, err) => io.stderr(`aigov: ${m}${err ? `: ${err instanceof Error ? err.stack ?? err.message : String(err)}` : ''}\n`),
  };
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    baseline: { type: 'string' },
    root: { type: 'string' },
    today: { type: 'string' },
    'no-color': { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json', 'sarif', 'github', 'junit', 'golden'] as const, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning', 'info', 'never'] as const, 'error');
  const today = resolveToday(values.today);
  const dirs = positionals.length ? positionals : ['.'];
  let baseline: BaselineEntry[] | undefined;
  if (typeof values.baseline === 'string') {
    const text = await fs.readFile(path.resolve(io.cwd, values.baseline), 'utf8').catch(() => {
      throw new UsageError(`cannot read the baseline ${values.baseline}`);
    });
    try {
      baseline = readBaseline(text);
    } catch (err) {
      throw new UsageError(`the baseline ${values.baseline} is not an aigov SARIF or JSON result (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  const cacheDir = typeof values['cache-location'] === 'string' ? path.resolve(io.cwd, values['cache-location']) : undefined;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 0 to 64, not '${values.jobs}'`);
  const { engines, closed } = await runEngines(dirs, io, today, stderrLogger(io), { enabled: values.cache === true || cacheDir !== undefined, ...(cacheDir ? { dir: cacheDir } : {}) }, jobs);
  const prefixes = await basePrefixes(engines.map((e) => e.root), typeof values.root === 'string' ? path.resolve(io.cwd, values.root) : undefined);
  const first = engines[0]?.engine;
  const run: CheckRun = {
    findings: engines.flatMap(({ engine }, i) => collect(engine, prefixes[i] ?? '')),
    rules: first?.allRules ?? [],
    roots: engines.map((e) => e.root),
    skipped: engines.flatMap(({ engine }, i) => engine.stats.skipped.map((s) => ({ ...s, path: joinPrefix(prefixes[i] ?? '', s.path) }))),
    today: first?.today ?? '',
  };
  if (baseline) applyBaseline(run.findings, baseline);
  let out: string;
  switch (format) {
    case 'json':
      out = formatJson(run);
      break;
    case 'sarif':
      out = formatSarif(run, VERSION);
      break;
    case 'github':
      out = formatGithub(run);
      break;
    case 'junit':
      out = formatJunit(run);
      break;
    case 'golden':
      out = formatGolden(run);
      break;
    default:
      out = formatText(run, { color: !values['no-color'] && !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR, baseline: !!baseline });
  }
  await writeResult(io, typeof values.output === 'string' ? values.output : undefined, out);
  await closed;
  if (failOn === 'never') return 0;
  const counted = run.findings.filter((f) => f.isNew);
  return hasFindingsAtOrAbove(counted, failOn as Severity) ? 1 : 0;
}
