import type { LexResult } from '../annotations/scanner.js';
import type { SourceFile } from '../text/source-file.js';
import type { Detection, DetectionConfig } from './types.js';

/**
 * Finds AI use in one source file. `lex` is the comment/string scan when the caller already
 * has it. Never throws.
 */
export function detectInSource(_source: SourceFile, _lex: LexResult | undefined, _config: DetectionConfig): Detection[] {
  return [];
}

/** A model artefact recognised by its extension, without reading it. */
export function detectArtefact(_path: string): Detection | undefined {
  return undefined;
}

/** Whether the file's content is worth reading for detection (by name). */
export function isDetectionCandidate(_path: string): boolean {
  return false;
}
