import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, inEu, isHighRisk } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, needAtLeast, needTrue } from './packs/scope.js';
import { msg } from '../i18n/format.js';

/** Six months, as FRAMEWORKS.md counts it for Art 19 and Art 26(6). */
export const SIX_MONTHS_DAYS = 183;

export const aigov526 = obligationRule({
  code: 'AIGOV526',
  slug: 'eu-logging-retention',
  title: 'Event logging, logs kept 6 months',
  pack: EU_PACK,
  summary: 'A high-risk system does not log events, or keeps logs for less than six months',
  description: `High-risk systems record events automatically (EU AI Act Art 12); providers (Art 19) and deployers (Art 26(6)) keep the logs under their control for at least six months. aigov asks for \`logging.enabled: true\` and \`logging.retention_days\` of at least ${SIX_MONTHS_DAYS}. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 12, 19, 26(6)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: `Enable event logging and keep logs for at least six months: \`logging: { enabled: true, retention_days: ${SIX_MONTHS_DAYS} }\` or more.`,
  appliesTo: (c) => inEu(c) && isHighRisk(c) && hasRole(c, 'provider', 'deployer'),
  gaps: (c) => [
    ...needTrue(c, 'logging.enabled', msg('AIGOV526.logging', { id: c.id })),
    ...needAtLeast(
      c,
      'logging.retention_days',
      SIX_MONTHS_DAYS,
      (n) =>
        n === undefined
          ? msg('AIGOV526.retentionUnset', { id: c.id, min: SIX_MONTHS_DAYS })
          : msg('AIGOV526.retentionShort', { id: c.id, days: n, min: SIX_MONTHS_DAYS }),
    ),
  ],
});
