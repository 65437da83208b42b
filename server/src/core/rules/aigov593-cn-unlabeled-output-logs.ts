import { CN_FROM, CN_PACK, cnCitation, cnGenerative } from './packs/cn.js';
import { SIX_MONTHS_DAYS } from './aigov526-eu-logging-retention.js';
import { obligationRule } from './packs/obligation.js';
import { need, needAtLeast, needTrue, q } from './packs/scope.js';

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
    ...need(c, 'docs.terms', `Component ${q(c)} provides unlabeled content but has no linked user agreement (docs.terms). Art 9 allows it only after the user agreement sets out the user's labelling duty.`, 'AIGOV592'),
    ...needTrue(c, 'logging.enabled', `Component ${q(c)} provides unlabeled content but records no logging (logging.enabled). Art 9 requires logs of such output.`),
    ...needAtLeast(c, 'logging.retention_days', SIX_MONTHS_DAYS, (n) =>
      n === undefined
        ? `Component ${q(c)} provides unlabeled content but does not state log retention (logging.retention_days). Art 9 requires at least six months.`
        : `Component ${q(c)} keeps logs of unlabeled output for ${n} days; Art 9 requires at least six months.`,
    ),
  ],
});
