import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrDeployer } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov529 = obligationRule({
  code: 'AIGOV529',
  slug: 'eu-human-oversight-assignee',
  title: 'Named competent overseer (deployer)',
  pack: EU_PACK,
  summary: 'Nobody is assigned to oversee a deployed high-risk system',
  description: `Deployers assign human oversight of a high-risk system to natural persons who have the necessary competence, training and authority (EU AI Act Art 26(2)). \`human_oversight.assignee\` names them. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 26(2)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Name the competent overseer (a monitored address) in `human_oversight.assignee`.',
  appliesTo: hrDeployer,
  gaps: (c) => need(c, 'human_oversight.assignee', msg('AIGOV529.assignee', { id: c.id })),
});
