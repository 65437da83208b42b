import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, needTrue, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov563 = voluntary(
  obligationRule({
    code: 'AIGOV563',
    slug: 'iso-monitoring-event-logs',
    title: 'Monitoring and event logs',
    pack: ISO_PACK,
    summary: 'No operation and monitoring plan, or no event logs (A.6.2.6, A.6.2.8)',
    description: `ISO/IEC 42001 controls A.6.2.6 (operation and monitoring) and A.6.2.8 (recording of event logs). aigov asks for \`monitoring.plan\` and \`logging.enabled: true\`. ${ISO_NOTE}`,
    citation: isoCitation('controls A.6.2.6, A.6.2.8'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'Link the monitoring plan as `monitoring.plan` and record `logging: { enabled: true, retention_days: … }`.',
    appliesTo: notDataset,
    gaps: (c) => [
      ...need(c, 'monitoring.plan', msg('AIGOV563.plan', { id: c.id })),
      ...needTrue(c, 'logging.enabled', msg('AIGOV563.logging', { id: c.id })),
    ],
  }),
);
