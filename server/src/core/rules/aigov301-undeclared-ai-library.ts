import { detectionFixes } from '../detection/fixes.js';
import { libraryUses, type LibraryUse } from '../detection/reconcile.js';
import { msg, type Message } from '../i18n/format.js';
import type { SourceRule } from './types.js';
import { detectionRuleSettings, undeclaredAiData } from './util.js';

/** One finding per file and library, on the import; calls only back an import up. */
export const aigov301: SourceRule = {
  code: 'AIGOV301',
  slug: 'undeclared-ai-library',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'AI library used by code that no component covers',
  description:
    'The file imports an AI library (an LLM SDK, an agent framework or an ML framework), but no `.aigov.yaml` component covers it by `paths` or by an `@aigov` annotation. Undeclared AI reaches production without an owner, a risk assessment or an incident contact, and is missing from the AI-BOM.',
  check(ctx) {
    const { facts } = ctx;
    const settings = detectionRuleSettings(ctx, false);
    if (!settings) return;
    const uses = libraryUses(facts.path, facts.detections, { exists: (p) => ctx.model.files.has(p), modelIds: settings.modelIds, extras: settings.extras });
    for (const use of uses) {
      const a = use.anchor;
      ctx.report({
        file: facts.path,
        range: a.range,
        ...message(use),
        ...(use.confidence === 'low' ? { severity: 'info' as const } : {}),
        data: undeclaredAiData(ctx, a, use.confidence, { detection: a.kind, evidence: a.evidence, calls: use.calls.map((c) => c.evidence) }),
      });
    }
  },
  fixes(f, ctx) {
    return detectionFixes(f, ctx);
  },
};

function message(use: LibraryUse): Message {
  const a = use.anchor;
  if (a.kind === 'model-id') return msg('AIGOV301.modelId', { library: a.library, provider: a.provider });
  const family = a.family ?? a.library;
  const provider = a.vendor && a.provider !== family.toLowerCase() ? a.provider : undefined;
  const via =
    family !== a.library
      ? provider !== undefined
        ? msg('AIGOV301.viaFamilyProvider', { family, provider })
        : msg('AIGOV301.viaFamily', { family })
      : provider !== undefined
        ? msg('AIGOV301.viaProvider', { provider })
        : msg('AIGOV301.viaNone');
  return msg('AIGOV301.import', { library: a.library, via });
}
