import { EU_PACK, EU_PROHIBITIONS_FROM, euCitation, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov543 = obligationRule({
  code: 'AIGOV543',
  slug: 'eu-ai-literacy',
  title: 'AI literacy',
  pack: EU_PACK,
  summary: 'No AI literacy or training record for the people who run a system',
  description:
    'Art 4 of the EU AI Act (since 2 Feb 2025) concerns the AI literacy of the staff of providers and deployers. The Digital Omnibus softens it to "support the development of" AI literacy (two repository sources), so the rule reports at info level only. `training.records` points at the training records.',
  citation: euCitation('Art 4'),
  defaultSeverity: 'info',
  appliesFrom: EU_PROHIBITIONS_FROM,
  howToFix: 'Keep a record of the AI literacy measures for the people who build, run or oversee the system and link it as `training.records`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider', 'deployer'),
  gaps: (c) => need(c, 'training.records', msg('AIGOV543.training', { id: c.id })),
});
