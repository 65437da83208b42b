import type { Range } from '../text/line-index.js';

export type DetectionKind = 'import' | 'call' | 'artefact' | 'manifest' | 'model-id';
export type Confidence = 'high' | 'medium' | 'low';

/** The component kind a "Register new component" fix proposes for a piece of evidence. */
export type ComponentKindHint = 'model' | 'llm-app' | 'agent' | 'api-integration';

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
  /** Display name of the library family, e.g. 'OpenAI', 'LangChain', 'PyTorch'. */
  family?: string;
  /** Component kind the register fix proposes. */
  componentKind?: ComponentKindHint;
  /** The provider is a model vendor that a covering component should name (AIGOV303). */
  vendor?: boolean;
  /** Matched through `detection.libraries.extra` rather than the built-in table. */
  extra?: boolean;
  /**
   * Python: the imported top-level module, which a sibling `<name>.py` or package in the project
   * would shadow (then the import is local code, not the SDK).
   */
  localModule?: string;
}

/** Detection settings merged from the governing registry. */
export interface DetectionConfig {
  /** Extra library names from `detection.libraries.extra`. */
  extraLibraries: { name: string; provider?: string; language?: string }[];
  /** Report model-id strings (tier 4, off by default). */
  modelIds: boolean;
}

export const DEFAULT_DETECTION_CONFIG: DetectionConfig = { extraLibraries: [], modelIds: false };
