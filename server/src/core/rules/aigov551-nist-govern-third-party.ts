import { NIST_FROM, NIST_PACK, nistCitation, upstreamDeclared, upstreamItemGaps } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov551 = voluntary(
  obligationRule({
    code: 'AIGOV551',
    slug: 'nist-govern-third-party',
    title: 'Third-party models declared and pinned',
    pack: NIST_PACK,
    summary: 'Third-party models are not declared, or not pinned to a version (GOVERN 6.1, 6.2)',
    description:
      'NIST AI RMF GOVERN 6.1 and 6.2 address risks from third-party software, data and models. aigov asks components of kind `llm-app`, `agent` and `api-integration` to declare the models they build on (`upstream_models` or `model.provider`) and every upstream model to carry `name` and `version`, so a change upstream is visible. Voluntary; selecting the pack opts in.',
    citation: nistCitation('GOVERN 6.1, 6.2'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'List each third-party model: `upstream_models: [{ provider: openai, name: gpt-4o-mini, version: 2024-07-18, license: proprietary }]`.',
    appliesTo: notDataset,
    gaps: (c) => {
      const why = msg('AIGOV551.why');
      return [
        ...upstreamDeclared(c, why),
        ...upstreamItemGaps(c, 'name', (m) => msg('AIGOV551.noName', { model: m, id: c.id, why })),
        ...upstreamItemGaps(c, 'version', (m) => msg('AIGOV551.noVersion', { model: m, id: c.id, why })),
      ];
    },
  }),
);
