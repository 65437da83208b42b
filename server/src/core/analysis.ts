/**
 * What indexing learns from one file, as plain data: computed wherever the file is read (the
 * engine's own thread, or a helper such as a worker thread) and applied by the engine.
 */
import { scanAnnotations, type FileAnnotations } from './annotations/annotations.js';
import { languageForPath } from './annotations/languages.js';
import { detectArtefactBytes, detectInSource, isDetectionCandidate, sniffCandidate, SNIFF_HEAD, SNIFF_TAIL } from './detection/index.js';
import type { Detection, DetectionConfig } from './detection/types.js';
import { EMPTY_ANNOTATIONS, holdsSomething } from './model/file-facts.js';
import { decodeText, SourceFile, type DecodeResult } from './text/source-file.js';
import type { CachedFacts, FactsCache, KnownFile } from './facts-cache.js';
import { hash64 } from './fingerprint.js';
import { ENGINE_BUILD } from './engine-build.js';
import type { CancellationToken, FileVersion, ListedReadOptions, SkippedFile, Workspace } from './workspace.js';

export type FileAnalysis =
  /** Gone since the listing, or unreadable: not analysed, not counted. */
  | { path: string; outcome: 'gone' }
  /** Passed over before decoding (too large, a symlink out of the workspace or in a loop). */
  | { path: string; outcome: 'passed-over'; reason: SkippedFile['reason'] }
  /** Nothing in it can matter (`worthReading`): listed, not read. */
  | { path: string; outcome: 'unread' }
  /** Read, but not text the engine analyses. */
  | { path: string; outcome: 'undecodable'; reason: NonNullable<DecodeResult['skipped']>; size: number }
  /** Holds no annotation, suppression or detection (most files). `version`: size and mtime as read, when asked for. */
  | { path: string; outcome: 'empty'; version?: FileVersion }
  /** Not read: a cache knew it at this `version` (`ListedReadOptions.unchangedIf`); what it holds is the cache's. */
  | { path: string; outcome: 'known'; version: FileVersion }
  /** A model artefact recognised by its bytes (`sniffCandidate`), not by its name. */
  | { path: string; outcome: 'artefact'; detection: Detection }
  /**
   * Analysed, and holds something. `text`: the whole text, kept for fixes; or, when only a report
   * is made (`Keep` 'lines'), `lines`: the text of each line a fact starts on (see `factLines`).
   */
  | ({ path: string; outcome: 'source'; annotations: FileAnnotations; detections: Detection[]; version?: FileVersion } & ({ text: string } | { lines: Record<number, string> }))
  /** The analysis threw: the engine logs it and counts the file as unreadable. */
  | { path: string; outcome: 'failed'; message: string };

/**
 * Whether anything in a file (not a registry, not a model artefact) can matter: annotations live
 * in the comments of a known language, detection reads manifests, notebooks and the languages it
 * has an import parser for. Other files (images, plain JSON, `.map`, licences) are listed and
 * counted but never read: they are not reported as binary, too large or not UTF-8 either.
 */
export function worthReading(path: string): boolean {
  return languageForPath(path) !== undefined || isDetectionCandidate(path);
}

/** Annotations (without the lexer's spans) and detections of a source file that is not a registry. */
export function analyseSource(source: SourceFile, config: DetectionConfig): { annotations: FileAnnotations; detections: Detection[]; holdsSomething: boolean } {
  const scanned = source.text.includes('@aigov') ? scanAnnotations(source) : EMPTY_ANNOTATIONS;
  const detections = detectInSource(source, scanned.lex, config);
  const { lex: _lex, ...annotations } = scanned;
  return { annotations, detections, holdsSomething: holdsSomething(annotations, detections) };
}

/**
 * What of a file that holds something is kept after its analysis: the whole text (fixes and the
 * editor need it), or only the lines its facts start on (a check's report shows and fingerprints
 * those; a finding elsewhere makes the report read the file again).
 */
export type Keep = 'text' | 'lines';

/** The zero-based lines the facts start on: what a report shows of a file (see `CachedFacts.lines`). */
export function factLineNumbers(annotations: Omit<FileAnnotations, 'lex'>, detections: readonly Detection[]): number[] {
  const wanted = new Set<number>();
  const at = (r: { start: { line: number } } | undefined) => void (r && wanted.add(r.start.line));
  for (const a of annotations.annotations) {
    at(a.range);
    at(a.idRange);
    at(a.blockRange);
  }
  for (const s of annotations.suppressions) {
    at(s.range);
    if (s.targetLine !== undefined) wanted.add(s.targetLine);
  }
  for (const m of annotations.malformed) at(m.range);
  for (const d of detections) at(d.range);
  return [...wanted].sort((a, b) => a - b);
}

/** The text of each line the facts start on, by line number. */
function factLines(source: SourceFile, annotations: Omit<FileAnnotations, 'lex'>, detections: readonly Detection[]): Record<number, string> {
  const lines: Record<number, string> = {};
  for (const n of factLineNumbers(annotations, detections)) lines[n] = source.lineIndex.lineText(n);
  return lines;
}

type ReadText = { decoded: DecodeResult; size: number; version?: FileVersion } | { unchanged: FileVersion } | { passedOver: SkippedFile['reason'] } | undefined;

/**
 * A file's decoded text. `listed`: the path comes from the listing just made, so the workspace may
 * lend the bytes (`readListed`) and report there why the file is passed over.
 */
export async function readText(ws: Workspace, path: string, listed: boolean, options?: ListedReadOptions): Promise<ReadText> {
  const decode = (bytes: Uint8Array) => ({ decoded: decodeText(bytes), size: bytes.length });
  if (listed && ws.shortcuts) {
    const read = await ws.shortcuts.readListed(path, decode, options);
    if (read === undefined) return undefined;
    if ('unchanged' in read) return read;
    if ('skipped' in read) return { passedOver: read.skipped };
    return read.version ? { ...read.value, version: read.version } : read.value;
  }
  const bytes = await ws.readFile(path);
  return bytes ? decode(bytes) : undefined;
}

/**
 * A model artefact that only its bytes tell (a GGML `.bin`, a TorchScript `.zip`): its first and
 * last bytes are read, never the whole file when the workspace can sample. 'unreadable' when the
 * file is there and its bytes cannot be read: whether it is a model is unknown, which is reported
 * (AIGOV009), never passed over. Never throws.
 */
export async function sniffArtefact(ws: Workspace, path: string): Promise<Detection | 'unreadable' | undefined> {
  try {
    let sample = ws.readSample ? await ws.readSample(path, SNIFF_HEAD, SNIFF_TAIL) : undefined;
    if (sample === 'unreadable') return sample;
    if (!ws.readSample) {
      const bytes = await ws.readFile(path);
      if (bytes) sample = { head: bytes.subarray(0, SNIFF_HEAD), tail: bytes.subarray(Math.max(0, bytes.length - SNIFF_TAIL)), size: bytes.length };
    }
    return sample ? detectArtefactBytes(path, sample) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one listed source file (not a registry, not a model artefact) and analyses it. `options`
 * ask for its version, or let it go unread when a cache knew it at that version. Never throws.
 */
export async function analyseListedFile(ws: Workspace, path: string, config: DetectionConfig, options?: ListedReadOptions, keep: Keep = 'text'): Promise<FileAnalysis> {
  try {
    if (!worthReading(path)) {
      if (sniffCandidate(path)) {
        const detection = await sniffArtefact(ws, path);
        if (detection === 'unreadable') return { path, outcome: 'passed-over', reason: 'unreadable' };
        if (detection) return { path, outcome: 'artefact', detection };
      }
      // Still told apart: a symlink that loops or leads out is reported, as when read.
      const kind = ws.shortcuts ? await ws.shortcuts.probeListed(path) : 'file';
      if (kind === 'file') return { path, outcome: 'unread' };
      if (kind === undefined || kind === 'other') return { path, outcome: 'gone' };
      return { path, outcome: 'passed-over', reason: kind };
    }
    const read = await readText(ws, path, true, options);
    if (read === undefined) return { path, outcome: 'gone' };
    if ('unchanged' in read) return { path, outcome: 'known', version: read.unchanged };
    if ('passedOver' in read) return { path, outcome: 'passed-over', reason: read.passedOver };
    if (read.decoded.skipped) return { path, outcome: 'undecodable', reason: read.decoded.skipped, size: read.size };
    const source = new SourceFile(path, read.decoded.text);
    const { annotations, detections, holdsSomething } = analyseSource(source, config);
    const version = read.version ? { version: read.version } : {};
    if (!holdsSomething) return { path, outcome: 'empty', ...version };
    const kept = keep === 'text' ? { text: source.text } : { lines: factLines(source, annotations, detections) };
    return { path, outcome: 'source', ...kept, annotations, detections, ...version };
  } catch (err) {
    return { path, outcome: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/** Consecutive files of the listing, handed out whole. */
export interface IndexChunk {
  /** Where the chunk starts among the files to analyse. */
  readonly start: number;
  readonly paths: readonly string[];
  /** Per path, what the read is asked for besides the bytes (a cache's hints), when anything. */
  readonly options?: readonly (ListedReadOptions | undefined)[];
}

/** Work the engine shares with helpers (worker threads) while it indexes. */
export interface IndexJob {
  /** Detection settings for every file of the job. */
  readonly config: DetectionConfig;
  /** What is kept of a file that holds something. */
  readonly keep: Keep;
  /** The next chunk to analyse, or undefined when none are left or indexing was cancelled. */
  next(): IndexChunk | undefined;
  /** The analyses of a chunk's files, in the chunk's order. */
  done(chunk: IndexChunk, results: readonly FileAnalysis[]): void;
  /** A chunk a helper took but cannot finish (it failed): the engine analyses it itself. */
  giveBack(chunk: IndexChunk): void;
}

/** Helpers that read and analyse listed files beside the engine's own thread. */
export interface IndexHelpers {
  /** The fewest files worth helping with (starting threads costs time). */
  readonly minFiles: number;
  /** Takes paths from `job` until it runs dry; resolves once each path taken is done or given back. Never rejects. */
  help(job: IndexJob): Promise<void>;
}

/** Files per chunk handed to a helper: enough to repay a message, few enough to share the tail. */
const HELP_CHUNK = 256;

/** What indexing reads under given detection settings (see `Engine.indexAll`). */
export interface Plan {
  config: DetectionConfig;
  /** The cache key of these settings. */
  key: string;
  toRead: string[];
  /** Per file of `toRead`, the cache's hints for the read, when the cache is on and the listing has no versions. */
  options?: (ListedReadOptions | undefined)[];
  /** Files the cache knows by their content id, or at the version the listing saw: not read. */
  known: [string, KnownFile][];
  /** What the cache knows files of `toRead` hold, should the read find them at the version it knew (`unchangedIf`). */
  facts: Map<string, CachedFacts>;
  /** Files that cannot hold anything (`worthReading`) and that version control vouches are regular files: not probed. */
  unread: string[];
}

/** Bump when what is cached per file changes meaning (the facts' shape; the engine's build covers the scanner and detector). */
const CACHE_FORMAT = 3;

/** The key a cache keeps per-file results under: the engine's build and the detection settings `config`. */
export function cacheKey(config: DetectionConfig): string {
  return hash64(JSON.stringify([CACHE_FORMAT, ENGINE_BUILD, config]));
}

/**
 * What to read of `sources` under detection settings `config`, and what a cache already knows of
 * them (whether they hold nothing, or what they hold): by the content id a version control system
 * vouches for (`ids`, asked for only with a cache), at the version the listing saw (`versions`),
 * or else checked by the read itself. A known file is not read.
 */
export function planAnalysis(
  config: DetectionConfig,
  sources: readonly string[],
  versions: ReadonlyMap<string, FileVersion> | undefined,
  cache: FactsCache | undefined,
  ids?: ReadonlyMap<string, string>,
): Plan {
  const key = cacheKey(config);
  const toRead: string[] = [];
  const options: (ListedReadOptions | undefined)[] = [];
  const known: [string, KnownFile][] = [];
  const facts = new Map<string, CachedFacts>();
  const unread: string[] = [];
  for (const p of sources) {
    const id = ids?.get(p);
    // Known by its id first: the cache keeps only files worth reading, under settings (the key)
    // that cover the engine's build, and whether a file is worth reading follows from its name.
    const byId = id !== undefined ? cache?.knownByContent(key, p, id) : undefined;
    if (byId) {
      known.push([p, { contentId: id, ...(byId.facts ? { facts: byId.facts } : {}) }]);
      continue;
    }
    if (id !== undefined && !worthReading(p) && !sniffCandidate(p)) {
      unread.push(p);
      continue;
    }
    // An id that version control vouches for and that differs from the remembered one says the
    // content changed, whatever its size and mtime.
    const was = cache?.known(key, p);
    const otherId = id !== undefined && was?.contentId !== undefined;
    const listed = versions?.get(p);
    const byVersion = !otherId && cache && listed ? cache.knownByVersion(key, p, listed) : undefined;
    if (byVersion && listed) {
      // Known by size and mtime: its id, when vouched for, is remembered from now on.
      known.push([p, { ...listed, ...(id !== undefined ? { contentId: id } : {}), ...(byVersion.facts ? { facts: byVersion.facts } : {}) }]);
      continue;
    }
    toRead.push(p);
    if (cache && !versions) {
      // The listing has no versions: the read takes one and skips a file known at it; a file
      // keyed by its content id needs none, unless it was known by size and mtime only.
      const at = !otherId && was?.size !== undefined && was.mtimeMs !== undefined ? { size: was.size, mtimeMs: was.mtimeMs } : undefined;
      if (at && was?.facts) facts.set(p, was.facts);
      options.push(at ? { version: true, unchangedIf: at } : id !== undefined ? undefined : { version: true });
    }
  }
  return { config, key, toRead, ...(cache && !versions ? { options } : {}), known, facts, unread };
}

/** Listed files being analysed (see `startAnalysis`). */
interface Analysis {
  readonly config: DetectionConfig;
  /** More files under the same settings (a listing's second part), before `finish()`. */
  add(more: Plan): void;
  /** Hands out no more files; `finish()` still waits for the ones in progress. */
  cancel(): void;
  finish(): Promise<(FileAnalysis | undefined)[] | undefined>;
}

/**
 * Starts analysing listed files: the helpers (worker threads) begin at once when there are
 * enough files to repay starting them; this thread joins in `finish()`, which resolves with
 * the analyses in the order of `paths`, or undefined when cancelled.
 */
export function startAnalysis(workspace: Workspace, helpers: IndexHelpers | undefined, planned: Plan, token: CancellationToken, progress: (done: number) => void, keep: Keep = 'text'): Analysis {
  const { config } = planned;
  const results: (FileAnalysis | undefined)[] = [];
  const chunks: IndexChunk[] = [];
  const add = ({ toRead: paths, options }: Plan) => {
    const base = results.length;
    results.length += paths.length;
    for (let i = 0; i < paths.length; i += HELP_CHUNK) chunks.push({ start: base + i, paths: paths.slice(i, i + HELP_CHUNK), ...(options ? { options: options.slice(i, i + HELP_CHUNK) } : {}) });
  };
  add(planned);
  const givenBack: IndexChunk[] = [];
  let nextChunk = 0;
  let done = 0;
  let cancelled = false;
  const job: IndexJob = {
    config,
    keep,
    next: () => (cancelled || token.isCancellationRequested ? undefined : (givenBack.pop() ?? chunks[nextChunk++])),
    done: (chunk, analysed) => {
      for (let i = 0; i < analysed.length; i++) results[chunk.start + i] = analysed[i];
      done += analysed.length;
      progress(done);
    },
    giveBack: (chunk) => void givenBack.push(chunk),
  };
  const helping = helpers && planned.toRead.length >= helpers.minFiles ? helpers.help(job) : undefined;
  // One file after the other: the workspace reads synchronously (and gives the event loop a
  // turn now and then), so reads in flight together would gain nothing on this thread.
  const work = async () => {
    for (let chunk = job.next(); chunk; chunk = job.next()) {
      const analysed: FileAnalysis[] = [];
      for (let i = 0; i < chunk.paths.length; i++) analysed.push(await analyseListedFile(workspace, chunk.paths[i] as string, config, chunk.options?.[i], keep));
      job.done(chunk, analysed);
    }
  };
  return {
    config,
    add,
    cancel: () => void (cancelled = true),
    finish: async () => {
      await work();
      if (helping) {
        await helping;
        await work(); // what a failed helper gave back
      }
      return cancelled || token.isCancellationRequested ? undefined : results;
    },
  };
}
