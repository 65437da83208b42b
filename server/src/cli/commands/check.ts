import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { Engine, type EngineOptions } from '../../core/engine.js';
import type { Keep } from '../../core/analysis.js';
import { PACK_IDS } from '../../core/packs.js';
import { suggest } from '../../core/suggest.js';
import { hasFindingsAtOrAbove, type Severity } from '../../core/finding.js';
import type { Logger } from '../../core/workspace.js';
import { MemoryFactsCache } from '../../core/facts-cache.js';
import { FileFactsCache, trackedByGit } from '../../node/facts-cache-file.js';
import { defaultWorkerCount, findWorkerScript, WorkerHelpers } from '../../node/worker-helpers.js';
import { readRegistries, registriesAbove, unparsedAbove, type RegistryAboveFile } from '../../node/registries-above.js';
import { Repositories } from '../../node/repository.js';
import { visible } from '../../core/text/visible.js';
import { applyBaseline, baselineOf, readBaseline, type BaselineEntry } from '../baseline.js';
import { BaseWorkspace, checkPrepared, discardBase, prepareBase, type BaseFiles } from '../git-base.js';
import type { Locale } from '../../core/i18n/messages.js';
import { ui, uiText } from '../../core/i18n/ui.js';
import { type Io, localeOf, oneOf, parse, resolveToday, usage, writeResult } from '../args.js';
import { basePrefixes, collect, collectPrints, joinPrefix, rememberingHash, type CheckRun } from '../results.js';
import { TunedWorkspace } from '../compiler.js';
import { foldersWithoutRegistry } from '../first-run.js';
import { formatCodeQuality } from '../reporters/codequality.js';
import { formatGithub } from '../reporters/github.js';
import { formatJson } from '../reporters/json.js';
import { formatJunit } from '../reporters/junit.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatGolden, formatText } from '../reporters/text.js';
import { VERSION } from '../version.js';

interface CacheOptions {
  /** Keep a per-file cache between runs (`--cache`). */
  enabled: boolean;
  /** Folder of the cache files (`--cache-location`). */
  dir?: string;
}

/**
 * What one check hands to another of the same folders in another tree (a pull request's base):
 * `keep`, each engine keeps what it learns of its files (in memory when there is no `--cache`);
 * `from`, each folder starts from a copy of what the other check learned of the same folder, and
 * its files are the blobs its git listing names, as written (`writtenFromIndex`).
 */
interface FactsReuse {
  keep?: boolean;
  from?: readonly (MemoryFactsCache | undefined)[];
  /** The base's files, written as they are asked for: its folders are read through `BaseWorkspace`. */
  files?: BaseFiles;
  /** git's answers about the folders' repositories, asked once for the whole command. */
  repositories?: Repositories;
}

/**
 * Indexes each folder. The worker threads are ended in the background once a folder is indexed
 * (findings and output need only this thread): `closed` resolves when they are gone.
 */
export async function runEngines(
  dirs: string[],
  io: Io,
  today: string | undefined,
  logger: Logger,
  cache?: CacheOptions,
  jobs = defaultWorkerCount(),
  extra: Pick<EngineOptions, 'frameworks'> = {},
  keep: Keep = 'text',
  reuse: FactsReuse = {},
): Promise<{ engines: { engine: Engine; root: string; cache?: FileFactsCache; facts?: MemoryFactsCache }[]; closed: Promise<void> }> {
  const script = jobs > 0 ? findWorkerScript() : undefined;
  const engines: { engine: Engine; root: string; cache?: FileFactsCache; facts?: MemoryFactsCache }[] = [];
  const closing: Promise<void>[] = [];
  for (const [i, d] of dirs.entries()) {
    const root = path.resolve(io.cwd, d);
    // Synchronous, as every other look at the folder before the listing: fs.promises is loaded
    // only when something needs it (a baseline file).
    const st = statOrUndefined(root);
    if (!st?.isDirectory()) throw usage('cli.notAFolder', { folder: d });
    const store = cache?.enabled ? await openCache(root, cache.dir, io, logger) : undefined;
    const from = reuse.from?.[i];
    const facts = from?.fork() ?? store ?? (reuse.keep ? new MemoryFactsCache() : undefined);
    // With a cache, each read takes the file's size and mtime first and skips what is known empty.
    // A large listing turns V8's inlining off for the analysis that follows (see compiler.ts).
    const options = { ...(io.readFs ? { readFs: io.readFs } : {}), ...(reuse.from ? { writtenFromIndex: true } : {}), ...(reuse.repositories ? { repositories: reuse.repositories } : {}) };
    const ws = reuse.files ? new BaseWorkspace(root, options, reuse.files) : new TunedWorkspace(root, options);
    // A folder inside a repository is governed by the registries above it, as in a check of the
    // whole repository (a base's from its own tree).
    const found = await registriesAbove(ws.root, reuse.files);
    const above = readRegistries(found);
    const helpers = script ? new WorkerHelpers(ws, { workers: jobs, script, logger }) : undefined;
    // Started by the engine only for a large folder: in a small one they would cost more than they save.
    const engine = new Engine(ws, { ...extra, ...(today ? { today } : {}), logger, ...(facts ? { cache: facts } : {}), ...(helpers ? { helpers } : {}), keep, ...(above.length ? { above } : {}) });
    try {
      await engine.indexAll();
    } finally {
      if (helpers) closing.push(helpers.close());
    }
    // Told once, of HEAD: the base's check reads the same files of another commit.
    if (!reuse.from) warnAbove(found, engine, d, io, logger);
    engines.push({ engine, root, ...(store ? { cache: store } : {}), ...(facts ? { facts } : {}) });
  }
  return { engines, closed: Promise.all(closing).then(() => undefined) };
}

/** Says which registries above a checked folder are not read, or do not parse: its findings depend on them. */
function warnAbove(found: readonly RegistryAboveFile[], engine: Engine, folder: string, io: Io, logger: Logger): void {
  const locale = localeOf(io);
  const unparsed = unparsedAbove(found, engine.model);
  for (const r of found) {
    const file = visible(path.relative(io.cwd, r.abs) || r.abs);
    if (r.text === undefined) logger.warn(ui(locale, 'cli.aboveUnreadable', { file, folder: visible(folder), reason: r.problem ?? 'unreadable' }));
    else if (unparsed.includes(r)) logger.warn(ui(locale, 'cli.aboveInvalid', { file, folder: visible(folder) }));
  }
}

/** The root's cache file, unless git tracks it: then it is neither read nor written, and a warning says so. */
async function openCache(root: string, dir: string | undefined, io: Io, logger: Logger): Promise<FileFactsCache | undefined> {
  const store = new FileFactsCache(root, VERSION, dir);
  if (!(await trackedByGit(store.file))) return store;
  logger.warn(ui(localeOf(io), 'cli.cacheTracked', { file: store.file }));
  return undefined;
}

export function stderrLogger(io: Io): Logger {
  return {
    info: () => {},
    warn: (m) => io.stderr(`${ui(localeOf(io), 'cli.warning', { message: m })}\n`),
    error: (m, err) => io.stderr(`aigov: ${m}${err ? `: ${err instanceof Error ? err.stack ?? err.message : String(err)}` : ''}\n`),
  };
}

/** What `aigov check` (and the GitHub Action) is asked to do. */
interface CheckOptions {
  dirs: string[];
  today?: string;
  /** `--root`: the folder paths are relative to. */
  root?: string;
  /** `--baseline`: an earlier SARIF or JSON result. */
  baselineFile?: string;
  /** `--baseline-ref`: findings new against the merge-base of HEAD and this ref count. */
  baselineRef?: string;
  /** `--frameworks`: packs checked instead of each registry's `frameworks:`. */
  frameworks?: string[];
  cache?: CacheOptions;
  jobs?: number;
}

export interface CheckOutcome {
  run: CheckRun;
  /** The engine of each checked folder (its model answers what covers a file). */
  engines: { engine: Engine; root: string }[];
  /** How the findings were judged new: the baseline file, or the ref and its merge-base. */
  baseline?: { file?: string; ref?: string; commit?: string };
  /** Resolves once the worker threads are gone. */
  closed: Promise<void>;
}

/** `--frameworks a,b`: known pack ids, 'core' implied. */
export function parseFrameworks(v: string): string[] {
  const ids = v.split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!PACK_IDS.includes(id)) {
      const s = suggest(id, [...PACK_IDS]);
      throw usage('cli.unknownPack', { id, didYouMean: s ? uiText('cli.didYouMean', { suggestion: s }) : '', packs: PACK_IDS.join(', ') });
    }
  }
  return ids.filter((id) => id !== 'core');
}

/** Runs the check: engines over the folders, paths below the base, the baseline applied. */
export async function performCheck(o: CheckOptions, io: Io): Promise<CheckOutcome> {
  const logger = stderrLogger(io);
  let entries: BaselineEntry[] | undefined;
  if (o.baselineFile !== undefined) {
    const text = await fs.readFile(path.resolve(io.cwd, o.baselineFile), 'utf8').catch(() => {
      throw usage('cli.baselineUnreadable', { file: o.baselineFile ?? '' });
    });
    try {
      entries = readBaseline(text);
    } catch (err) {
      throw usage('cli.baselineNotAResult', { file: o.baselineFile ?? '', detail: err instanceof Error ? err.message : String(err) });
    }
  }
  const extra = o.frameworks ? { frameworks: o.frameworks } : {};
  // A check reports, never fixes: of a file that holds something it keeps the lines of its facts.
  // The base is asked of git first, while this process is small: starting a process costs more
  // the larger the process that starts it (measured: 10-20 ms once the folders are indexed).
  // One `git rev-parse` per folder answers that, git's content ids and the pull request's base.
  const repositories = new Repositories();
  const based = basePrefixes(
    o.dirs.map((d) => path.resolve(io.cwd, d)),
    o.root === undefined ? undefined : path.resolve(io.cwd, o.root),
    repositories,
  );
  // Its failure (a bad --root) is told after the folders' own (a folder that is not one).
  based.catch(() => undefined);
  // A pull request's base: git finds the merge-base and writes the tree while HEAD is checked, in
  // processes of its own (its failure, a ref that is not a commit, is told after HEAD's check).
  const preparing = o.baselineRef === undefined ? undefined : prepareBase(o.dirs.map((d) => path.resolve(io.cwd, d)), o.baselineRef, { onDemand: true, repositories });
  preparing?.catch(() => undefined);
  try {
    return await checkWith(o, io, logger, entries, extra, based, preparing, repositories);
  } catch (err) {
    // HEAD's check failed, or the base's: a tree written for nothing is removed.
    if (preparing) await discardBase(preparing);
    throw err;
  }
}

/** `performCheck` once the base's preparation is under way: HEAD's check, then the base's. */
async function checkWith(
  o: CheckOptions,
  io: Io,
  logger: Logger,
  given: BaselineEntry[] | undefined,
  extra: Pick<EngineOptions, 'frameworks'>,
  based: Promise<string[]>,
  preparing: ReturnType<typeof prepareBase> | undefined,
  repositories: Repositories,
): Promise<CheckOutcome> {
  let entries = given;
  // Against a base, each folder keeps what it learns of its files: the base's check starts from it.
  const { engines, closed } = await runEngines(o.dirs, io, o.today, logger, o.cache, o.jobs, extra, 'lines', { keep: o.baselineRef !== undefined, repositories });
  const prefixes = await based;
  const first = engines[0]?.engine;
  const today = first?.today ?? o.today ?? '';
  // A pull request's base fingerprints again most of what this check does.
  const hash = o.baselineRef !== undefined ? rememberingHash() : undefined;
  const run: CheckRun = {
    findings: (await Promise.all(engines.map(({ engine }, i) => collect(engine, prefixes[i] ?? '', hash)))).flat(),
    rules: first?.allRules ?? [],
    roots: engines.map((e) => e.root),
    skipped: engines.flatMap(({ engine }, i) => engine.stats.skipped.map((s) => ({ ...s, path: joinPrefix(prefixes[i] ?? '', s.path) }))),
    today,
  };
  // Written once the findings are known: the cache keeps them beside each file's facts.
  for (const { cache } of engines) if (cache && !cache.save()) logger.warn(ui(localeOf(io), 'cli.cacheNotWritten', { file: cache.file }));
  let baseline: CheckOutcome['baseline'];
  if (preparing !== undefined) {
    // The base is checked with the same options and the same date, each folder under its prefix,
    // from what the check above learned of the files the two trees share (by git's blob ids).
    // Its files are written as they are read: most are known by their blob ids and never are.
    // (Index workers would read them behind the workspace's back: one thread there.)
    const base = await checkPrepared(
      preparing,
      async (dirs, indexes, files) => {
        const from = indexes.map((k) => engines[k]?.facts);
        const r = await runEngines(dirs, io, today || undefined, logger, undefined, files ? 0 : o.jobs, extra, 'lines', { from, ...(files ? { files } : {}) });
        await r.closed;
        return (await Promise.all(r.engines.map(({ engine }, k) => collectPrints(engine, prefixes[indexes[k]!] ?? '', hash)))).flat();
      },
    );
    entries = [...(entries ?? []), ...baselineOf(base.findings)];
    baseline = { ref: base.ref, commit: base.commit, ...(o.baselineFile ? { file: o.baselineFile } : {}) };
  } else if (o.baselineFile !== undefined) {
    baseline = { file: o.baselineFile };
  }
  if (entries) applyBaseline(run.findings, entries);
  return { run, engines, ...(baseline ? { baseline } : {}), closed };
}

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'codequality', 'golden'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The run in a format; people's formats (text, github, junit, SARIF messages) in `locale`, json and golden in English. */
function formatRun(run: CheckRun, format: CheckFormat, text: { color: boolean; baseline?: CheckOutcome['baseline']; unregistered?: string[] } = { color: false }, locale: Locale = 'en'): string {
  switch (format) {
    case 'json':
      return formatJson(run);
    case 'sarif':
      return formatSarif(run, VERSION, undefined, locale);
    case 'github':
      return formatGithub(run, locale);
    case 'junit':
      return formatJunit(run, locale);
    case 'codequality':
      return formatCodeQuality(run);
    case 'golden':
      return formatGolden(run);
    default:
      return formatText(
        run,
        { color: text.color, baseline: !!text.baseline, ...(text.baseline?.ref ? { against: uiText('cli.text.against', { ref: text.baseline.ref, commit: text.baseline.commit?.slice(0, 12) ?? '' }) } : {}), unregistered: text.unregistered ?? [] },
        locale,
      );
  }
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    baseline: { type: 'string' },
    'baseline-ref': { type: 'string' },
    frameworks: { type: 'string' },
    root: { type: 'string' },
    today: { type: 'string' },
    'no-color': { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ui(localeOf(io), 'help.check'));
    return 0;
  }
  const format = oneOf('format', values.format, CHECK_FORMATS, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning', 'info', 'never'] as const, 'error');
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const cacheDir = typeof values['cache-location'] === 'string' ? path.resolve(io.cwd, values['cache-location']) : undefined;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) throw usage('cli.jobs', { value: String(values.jobs) });
  if (str(values['baseline-ref']) === '') throw usage('cli.baselineRefEmpty');
  const today = resolveToday(values.today);
  const frameworks = str(values.frameworks);
  const outcome = await performCheck(
    {
      dirs: positionals.length ? positionals : ['.'],
      ...(today ? { today } : {}),
      ...(str(values.root) !== undefined ? { root: str(values.root)! } : {}),
      ...(str(values.baseline) !== undefined ? { baselineFile: str(values.baseline)! } : {}),
      ...(str(values['baseline-ref']) !== undefined ? { baselineRef: str(values['baseline-ref'])! } : {}),
      ...(frameworks !== undefined ? { frameworks: parseFrameworks(frameworks) } : {}),
      cache: { enabled: values.cache === true || cacheDir !== undefined, ...(cacheDir ? { dir: cacheDir } : {}) },
      ...(jobs !== undefined ? { jobs } : {}),
    },
    io,
  );
  const { run } = outcome;
  const color = !values['no-color'] && !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  // A folder no registry governs, where AI use was found: the text tells how to start there.
  const unregistered = format === 'text' ? foldersWithoutRegistry(outcome.engines, positionals.length ? positionals : ['.']) : [];
  await writeResult(io, str(values.output), formatRun(run, format, { color, ...(outcome.baseline ? { baseline: outcome.baseline } : {}), unregistered }, localeOf(io)));
  await outcome.closed;
  if (failOn === 'never') return 0;
  const counted = run.findings.filter((f) => f.isNew);
  return hasFindingsAtOrAbove(counted, failOn as Severity) ? 1 : 0;
}

function statOrUndefined(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
