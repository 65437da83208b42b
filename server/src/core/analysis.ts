/**
 * What indexing learns from one file, as plain data: computed wherever the file is read (the
 * engine's own thread, or a helper such as a worker thread) and applied by the engine.
 */
import { scanAnnotations, type FileAnnotations } from './annotations/annotations.js';
import { detectInSource } from './detection/index.js';
import type { Detection, DetectionConfig } from './detection/types.js';
import { EMPTY_ANNOTATIONS } from './model/file-facts.js';
import { decodeText, SourceFile, type DecodeResult } from './text/source-file.js';
import type { SkippedFile, Workspace } from './workspace.js';

export type FileAnalysis =
  /** Gone since the listing, or unreadable: not analysed, not counted. */
  | { path: string; outcome: 'gone' }
  /** Passed over before decoding (too large, a symlink out of the workspace or in a loop). */
  | { path: string; outcome: 'passed-over'; reason: SkippedFile['reason'] }
  /** Read, but not text the engine analyses. */
  | { path: string; outcome: 'undecodable'; reason: NonNullable<DecodeResult['skipped']>; size: number }
  /** Analysed, and holds no annotation, suppression or detection (most files). */
  | { path: string; outcome: 'empty' }
  /** Analysed, and holds something; the text is kept because fixes and fingerprints need it. */
  | { path: string; outcome: 'source'; text: string; annotations: FileAnnotations; detections: Detection[] }
  /** The analysis threw: the engine logs it and counts the file as unreadable. */
  | { path: string; outcome: 'failed'; message: string };

/** Annotations (without the lexer's spans) and detections of a source file that is not a registry. */
export function analyseSource(source: SourceFile, config: DetectionConfig): { annotations: FileAnnotations; detections: Detection[]; holdsSomething: boolean } {
  const scanned = source.text.includes('@aigov') ? scanAnnotations(source) : EMPTY_ANNOTATIONS;
  const detections = detectInSource(source, scanned.lex, config);
  const { lex: _lex, ...annotations } = scanned;
  const holdsSomething = annotations.annotations.length + annotations.suppressions.length + annotations.malformed.length + detections.length > 0;
  return { annotations, detections, holdsSomething };
}

export type ReadText = { decoded: DecodeResult; size: number } | { passedOver: SkippedFile['reason'] } | undefined;

/**
 * A file's decoded text. `listed`: the path comes from the listing just made, so the workspace may
 * lend the bytes (`readListed`) and report there why the file is passed over.
 */
export async function readText(ws: Workspace, path: string, listed: boolean): Promise<ReadText> {
  const decode = (bytes: Uint8Array) => ({ decoded: decodeText(bytes), size: bytes.length });
  if (listed && ws.readListed) {
    const read = await ws.readListed(path, decode);
    if (read === undefined) return undefined;
    return 'value' in read ? read.value : { passedOver: read.skipped };
  }
  const bytes = await ws.readFile(path);
  return bytes ? decode(bytes) : undefined;
}

/** Reads one listed source file (not a registry, not a model artefact) and analyses it. Never throws. */
export async function analyseListedFile(ws: Workspace, path: string, config: DetectionConfig): Promise<FileAnalysis> {
  try {
    const read = await readText(ws, path, true);
    if (read === undefined) return { path, outcome: 'gone' };
    if ('passedOver' in read) return { path, outcome: 'passed-over', reason: read.passedOver };
    if (read.decoded.skipped) return { path, outcome: 'undecodable', reason: read.decoded.skipped, size: read.size };
    const source = new SourceFile(path, read.decoded.text);
    const { annotations, detections, holdsSomething } = analyseSource(source, config);
    return holdsSomething ? { path, outcome: 'source', text: source.text, annotations, detections } : { path, outcome: 'empty' };
  } catch (err) {
    return { path, outcome: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/** Consecutive files of the listing, handed out whole. */
export interface IndexChunk {
  /** Where the chunk starts among the files to analyse. */
  readonly start: number;
  readonly paths: readonly string[];
}

/** Work the engine shares with helpers (worker threads) while it indexes. */
export interface IndexJob {
  /** Detection settings for every file of the job. */
  readonly config: DetectionConfig;
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
