import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov528 = obligationRule({
  code: 'AIGOV528',
  slug: 'eu-human-oversight-design',
  title: 'Human oversight by design',
  pack: EU_PACK,
  summary: 'A high-risk system does not describe its human oversight measures or how to stop it',
  description: `Providers design high-risk systems so that natural persons can oversee them effectively, including a way to interrupt or stop the system (EU AI Act Art 14). aigov asks for \`human_oversight.measures\` and \`human_oversight.stop_mechanism\`. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 14'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Describe the oversight measures in `human_oversight.measures` and how a person stops the system in `human_oversight.stop_mechanism` (e.g. "feature flag FRAUD_OFF").',
  appliesTo: hrProvider,
  gaps: (c) => [
    ...need(c, 'human_oversight.measures', msg('AIGOV528.measures', { id: c.id })),
    ...need(c, 'human_oversight.stop_mechanism', msg('AIGOV528.stop', { id: c.id })),
  ],
});
