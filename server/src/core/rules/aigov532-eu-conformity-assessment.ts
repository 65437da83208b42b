import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov532 = obligationRule({
  code: 'AIGOV532',
  slug: 'eu-conformity-assessment',
  title: 'Conformity assessment, declaration, CE marking',
  pack: EU_PACK,
  summary: 'A high-risk system has no record of conformity assessment and declaration',
  description: `Before a high-risk system is placed on the market, the provider has its conformity assessed (EU AI Act Art 43), draws up the EU declaration of conformity (Art 47) and affixes the CE marking (Art 48). \`conformity.doc_path\` points at the declaration. These articles sit outside Chapter III, Sections 1–3, but they attach to a system classified high-risk, so they bind from the same date as the high-risk duties. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 43, 47, 48'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Link the EU declaration of conformity as `conformity.doc_path` and record `conformity.ce_marking: true` once the marking is affixed.',
  appliesTo: hrProvider,
  gaps: (c) =>
    need(c, 'conformity.doc_path', msg('AIGOV532.declaration', { id: c.id })),
});
