import { CN_FROM, CN_PACK, cnCitation, cnGenerative } from './packs/cn.js';
import { SIX_MONTHS_DAYS } from './aigov526-eu-logging-retention.js';
import { obligationRule } from './packs/obligation.js';
import { need, needAtLeast, needTrue } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov593 = obligationRule({
  code: 'AIGOV593',
  slug: 'cn-unlabeled-output-logs',
  title: 'Logs of unlabeled output',
  pack: CN_PACK,
  summary: 'Unlabeled output is provided without logs kept for six months',
  description: `A provider may supply content without explicit labels only at a user's request, after the user agreement sets out the user's labelling duty and responsibility, and then keeps logs for at least six months (Labeling Measures Art 9; in force 1 Sep 2025). The rule applies to generative provider components that record \`labeling.visible: false\` and asks for \`logging.enabled: true\`, \`logging.retention_days\` of at least ${SIX_MONTHS_DAYS}, and a linked user agreement (\`docs.terms\`, also asked by AIGOV592, which reports it first). Removing or forging labels is forbidden (Art 10); that cannot be checked per component.`,
  citation: cnCitation('Art 9'),
  defaultSeverity: 'warning',
  appliesFrom: CN_FROM,
  howToFix: `Keep logs of unlabeled output requests: \`logging: { enabled: true, retention_days: ${SIX_MONTHS_DAYS} }\` or more.`,
  appliesTo: (c) => cnGenerative(c) && c.data.labeling?.visible === false,
  gaps: (c) => [
    ...need(c, 'docs.terms', msg('AIGOV593.terms', { id: c.id }), 'AIGOV592'),
    ...needTrue(c, 'logging.enabled', msg('AIGOV593.logging', { id: c.id })),
    ...needAtLeast(c, 'logging.retention_days', SIX_MONTHS_DAYS, (n) =>
      n === undefined
        ? msg('AIGOV593.retentionUnset', { id: c.id })
        : msg('AIGOV593.retentionShort', { id: c.id, days: n }),
    ),
  ],
});
