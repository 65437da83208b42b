import type { FileAnnotations } from '../annotations/annotations.js';
import type { Detection } from '../detection/types.js';
import type { CachedFacts } from '../facts-cache.js';
import type { SourceFile } from '../text/source-file.js';
import type { SkippedFile } from '../workspace.js';

type FileKind = 'registry' | 'source' | 'artefact' | 'other';

/** What the engine learned from one file. Rebuilt only when that file changes. */
export interface FileFacts {
  path: string;
  kind: FileKind;
  /**
   * Kept for registries and for files with annotations or detections (fixes need it), unless the
   * facts came from a cache or the engine keeps only lines (see `lines`).
   */
  source?: SourceFile;
  /**
   * For a file whose facts came from a cache, not read this time, or whose text the engine did not
   * keep (no `source`, `EngineOptions.keep`): the text of each line a fact starts on, by
   * zero-based line number. `Engine.sourceOf` reads the whole text.
   */
  lines?: Readonly<Record<number, string>>;
  annotations: FileAnnotations;
  detections: Detection[];
  skipped?: SkippedFile['reason'];
  size?: number;
  mtimeMs?: number;
  /** The content id a version control system vouched for when the file was indexed (see `Workspace.contentIds`). */
  contentId?: string;
  /**
   * The cache's own record, when these facts are what a cache knew of the file (not read this
   * time): `detections` then reads its detections, which a store may parse only when asked for.
   */
  cached?: CachedFacts;
}

export const EMPTY_ANNOTATIONS: FileAnnotations = { annotations: [], suppressions: [], malformed: [] };

/**
 * The facts of a source file a cache knew, not read this time: its detections are the cache's
 * record's, read when first asked for (a store may parse them only then). A class, not an object
 * with a getter: V8 keeps instances of it in one fast shape.
 */
export class KnownFileFacts implements FileFacts {
  readonly kind = 'source';
  readonly annotations: FileAnnotations;
  readonly lines: Readonly<Record<number, string>>;
  readonly size?: number;
  readonly mtimeMs?: number;
  readonly contentId?: string;

  constructor(
    readonly path: string,
    readonly cached: CachedFacts,
    version: { size?: number; mtimeMs?: number; contentId?: string },
  ) {
    this.annotations = cached.annotations;
    this.lines = cached.lines;
    if (version.size !== undefined) this.size = version.size;
    if (version.mtimeMs !== undefined) this.mtimeMs = version.mtimeMs;
    if (version.contentId !== undefined) this.contentId = version.contentId;
  }

  get detections(): Detection[] {
    return this.cached.detections;
  }
}

/**
 * `holdsSomething` of a file's facts. Facts a store vouched for (see `CachedFacts.vouched`) hold
 * something without their detections being read.
 */
export function factsHoldSomething(f: FileFacts): boolean {
  return f.cached?.vouched === true || holdsSomething(f.annotations, f.detections);
}

/** Whether a file holds an annotation, a suppression, a malformed tag or a detection. */
export function holdsSomething(a: Pick<FileAnnotations, 'annotations' | 'suppressions' | 'malformed'>, detections: readonly unknown[]): boolean {
  return a.annotations.length + a.suppressions.length + a.malformed.length + detections.length > 0;
}
