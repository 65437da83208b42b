import { detectionFixes } from '../detection/fixes.js';
import { suggestComponentId } from '../detection/reconcile.js';
import { basename } from '../paths.js';
import type { SourceRule } from './types.js';

/** High- and medium-confidence model files only: a `data.pkl` is evidence, not a finding. */
export const aigov302: SourceRule = {
  code: 'AIGOV302',
  slug: 'uncovered-model-artefact',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'Model file that no component covers',
  description:
    'A model artefact (`.onnx`, `.safetensors`, `.gguf`, `.pt`, a TensorFlow SavedModel, …) is in the tree, but no component lists it in `paths`. A model that ships with the code needs a record: where it came from, its licence, its risk.',
  check(ctx) {
    const { facts } = ctx;
    if (facts.kind !== 'artefact' || ctx.coverage.length > 0 || ctx.model.coverageUnknown(facts.path)) return;
    const a = facts.detections.find((d) => d.kind === 'artefact' && d.confidence !== 'low');
    if (!a || ctx.model.detectionOf(facts.path).ignored(facts.path)) return;
    const name = basename(facts.path);
    ctx.report({
      file: facts.path,
      range: a.range,
      messageId: 'AIGOV302.uncovered',
      args: { name, library: a.library },
      data: {
        library: a.library,
        provider: a.provider,
        confidence: a.confidence,
        kind: 'model',
        vendor: false,
        detection: 'artefact',
        suggestedId: suggestComponentId(facts.path, `${name.replace(/\..*$/, '')}-model`, (id) => ctx.model.component(id) !== undefined),
      },
    });
  },
  fixes(f, ctx) {
    return detectionFixes(f, ctx, true);
  },
};
