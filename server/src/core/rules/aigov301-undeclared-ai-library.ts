import { detectionFixes } from '../detection/fixes.js';
import { libraryUses, type LibraryUse } from '../detection/reconcile.js';
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
        message: message(use),
        ...(use.confidence === 'low' ? { severity: 'info' as const } : {}),
        data: undeclaredAiData(ctx, a, use.confidence, { detection: a.kind, evidence: a.evidence, calls: use.calls.map((c) => c.evidence) }),
      });
    }
  },
  fixes(f, ctx) {
    return detectionFixes(f, ctx);
  },
};

function message(use: LibraryUse): string {
  const a = use.anchor;
  const why = "no component covers this file, so this AI use has no owner or risk record. Register a component in .aigov.yaml or link the file with '@aigov <id>'.";
  if (a.kind === 'model-id') return `Model id '${a.library}' (${a.provider}) appears here, but ${why}`;
  const family = a.family ?? a.library;
  const provider = a.vendor && a.provider !== family.toLowerCase() ? `, provider ${a.provider}` : '';
  const via = family !== a.library ? ` (${family}${provider})` : provider ? ` (${provider.slice(2)})` : '';
  return `Undeclared AI use: '${a.library}'${via} is imported, but ${why}`;
}
