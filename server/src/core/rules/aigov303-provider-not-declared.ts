import { addProviderFixes } from '../detection/fixes.js';
import { libraryUses, mentionsProvider } from '../detection/reconcile.js';
import { msg } from '../i18n/format.js';
import type { SourceRule } from './types.js';
import { detectionRuleSettings } from './util.js';

/** Only model vendors: a component need not name PyTorch or LangChain as a provider. */
export const aigov303: SourceRule = {
  code: 'AIGOV303',
  slug: 'provider-not-declared',
  defaultSeverity: 'info',
  pack: 'core',
  scope: 'source',
  summary: 'Covered AI use whose provider the component does not name',
  description:
    'The file is covered by a component, but it uses a model provider that the component does not name in `kind`, `model.provider` or `upstream_models`. Upstream models belong in the record: they drive the AI-BOM, transparency notices and the provider\'s own terms.',
  check(ctx) {
    const { facts } = ctx;
    const settings = detectionRuleSettings(ctx, true);
    if (!settings) return;
    const uses = libraryUses(facts.path, facts.detections, { exists: (p) => ctx.model.files.has(p), modelIds: settings.modelIds, extras: settings.extras });
    const reported = new Set<string>();
    for (const { anchor: a, confidence } of uses) {
      if (!a.vendor || reported.has(a.provider)) continue;
      if (ctx.coverage.some((c) => mentionsProvider(c, a.provider))) continue;
      reported.add(a.provider);
      const ids = ctx.coverage.map((c) => c.id);
      ctx.report({
        file: facts.path,
        range: a.range,
        messageId: 'AIGOV303.notNamed',
        args: { library: a.library, provider: a.provider, components: ids.map((id) => msg('common.quoted', { value: id })) },
        count: ids.length,
        data: { library: a.library, provider: a.provider, confidence, vendor: true, detection: a.kind, components: ids },
      });
    }
  },
  fixes(f, ctx) {
    return addProviderFixes(f, ctx);
  },
};
