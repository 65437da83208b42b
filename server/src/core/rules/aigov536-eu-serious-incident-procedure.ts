import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov536 = obligationRule({
  code: 'AIGOV536',
  slug: 'eu-serious-incident-procedure',
  title: 'Serious-incident reporting procedure',
  pack: EU_PACK,
  summary: 'A high-risk system has no serious-incident reporting procedure',
  description: `Providers report a serious incident to the market surveillance authority immediately once they have established a causal link with the system, or its reasonable likelihood, and at the latest 15 days after becoming aware of it, 10 days for a death, and 2 days for a widespread infringement or a critical-infrastructure disruption; an incomplete first report is allowed (EU AI Act Art 73(2)–(5)). Meeting a 2-day limit needs a written procedure and a reachable contact. aigov asks for \`incident_response.procedure\`; the contact is checked by AIGOV102 and the limits of recorded incidents by AIGOV401. Art 73 attaches to a system classified high-risk, so it binds from the same date as the high-risk duties. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 73(2)–(5)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Write the procedure (who decides an incident is serious, who reports to which authority, templates for the first report) and link it as `incident_response.procedure`; set `contacts.incident`.',
  appliesTo: hrProvider,
  gaps: (c) => [
    ...need(c, 'incident_response.procedure', msg('AIGOV536.procedure', { id: c.id, why: msg('AIGOV536.why') })),
    ...need(c, 'contacts.incident', msg('AIGOV536.contact', { id: c.id, why: msg('AIGOV536.why') }), 'AIGOV102'),
  ],
});
