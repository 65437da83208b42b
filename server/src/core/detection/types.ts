import type { Range } from '../text/line-index.js';

export type DetectionKind = 'import' | 'call' | 'artefact' | 'manifest' | 'model-id';
export type Confidence = 'high' | 'medium' | 'low';

/** One piece of evidence of AI use, with what a reviewer needs to judge it. */
export interface Detection {
  kind: DetectionKind;
  /** Library or package name as matched, e.g. 'openai', '@anthropic-ai/sdk', 'onnx'. */
  library: string;
  /** Provider family, e.g. 'openai', 'anthropic', 'huggingface', 'local-model'. */
  provider: string;
  language?: string;
  confidence: Confidence;
  range: Range;
  /** The matched text. */
  evidence: string;
  /** Type-only import (TS `import type`): evidence of a dependency, not of use. */
  typeOnly?: boolean;
}

/** Detection settings merged from the governing registry. */
export interface DetectionConfig {
  /** Extra library names from `detection.libraries.extra`. */
  extraLibraries: { name: string; provider?: string; language?: string }[];
  /** Report model-id strings (tier 4, off by default). */
  modelIds: boolean;
}

export const DEFAULT_DETECTION_CONFIG: DetectionConfig = { extraLibraries: [], modelIds: false };
