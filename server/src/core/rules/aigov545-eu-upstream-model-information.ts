import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { msg } from '../i18n/format.js';

export const aigov545 = obligationRule({
  code: 'AIGOV545',
  slug: 'eu-upstream-model-information',
  title: 'Upstream model information (Annex XII)',
  pack: EU_PACK,
  summary: 'A high-risk system does not keep the information supplied with an upstream model',
  description: `Providers of general-purpose AI models give downstream providers the information of Annex XII (EU AI Act Art 53(1)(b)), and suppliers of components for high-risk systems provide what the provider needs to comply (Art 25). A high-risk provider that builds on \`upstream_models\` should keep that information: \`upstream_models[].annex_xii_docs\`. The duty to supply lies upstream, so the rule reports at info level; it concerns the high-risk system, so it takes the high-risk date. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 25, 53(1)(b)'),
  defaultSeverity: 'info',
  ...HIGH_RISK_DATES,
  howToFix: 'Ask the upstream provider for the Annex XII information and link it as `annex_xii_docs` on each `upstream_models` entry.',
  appliesTo: (c) => hrProvider(c) && (c.data.upstream_models ?? []).length > 0,
  gaps: (c) => {
    const out: Gap[] = [];
    const raw = Array.isArray(c.raw.upstream_models) ? (c.raw.upstream_models as unknown[]) : [];
    raw.forEach((m, i) => {
      const rec = m !== null && typeof m === 'object' ? (m as Record<string, unknown>) : {};
      if (typeof rec.annex_xii_docs === 'string' && rec.annex_xii_docs.trim()) return;
      const name = [rec.provider, rec.name].filter((x) => typeof x === 'string').join('/');
      out.push({
        field: 'upstream_models.annex_xii_docs',
        path: ['upstream_models', i, 'annex_xii_docs'],
        message: msg('AIGOV545.annexXii', { id: c.id, model: name || msg('pack.upstreamModel', { n: i + 1 }) }),
      });
    });
    return out;
  },
});
