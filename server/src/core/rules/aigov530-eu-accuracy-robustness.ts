import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { needList } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov530 = obligationRule({
  code: 'AIGOV530',
  slug: 'eu-accuracy-robustness',
  title: 'Accuracy, robustness and cybersecurity',
  pack: EU_PACK,
  summary: 'A high-risk system records no accuracy, robustness or security evaluation',
  description: `High-risk systems achieve an appropriate level of accuracy, robustness and cybersecurity, and the accuracy metrics are declared (EU AI Act Art 15). aigov asks for at least one entry in \`evaluations\`. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 15'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Record the evaluations: `evaluations: [{ name: holdout-accuracy, metric: AUC, value: 0.91, date: 2026-05-01, path: docs/eval/x.md }]`, including robustness and security tests.',
  appliesTo: hrProvider,
  gaps: (c) => needList(c, 'evaluations', msg('AIGOV530.evaluations', { id: c.id })),
});
