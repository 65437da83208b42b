import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov527 = obligationRule({
  code: 'AIGOV527',
  slug: 'eu-instructions-for-use',
  title: 'Instructions for use',
  pack: EU_PACK,
  summary: 'A high-risk system has no instructions for use',
  description: `High-risk systems come with instructions for use for deployers, including the levels of accuracy and the metrics used to measure it (EU AI Act Art 13(3)). \`docs.instructions_for_use\` points at them. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 13(3)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Write the instructions for use (intended purpose, accuracy and its metrics, limitations, human oversight, logs) and link them as `docs.instructions_for_use`.',
  appliesTo: hrProvider,
  gaps: (c) =>
    need(c, 'docs.instructions_for_use', msg('AIGOV527.instructions', { id: c.id })),
});
