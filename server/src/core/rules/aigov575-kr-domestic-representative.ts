import { KR_FROM, KR_PACK, krCitation } from './packs/kr.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, inJurisdiction, need, q } from './packs/scope.js';

export const aigov575 = obligationRule({
  code: 'AIGOV575',
  slug: 'kr-domestic-representative',
  title: 'Domestic representative',
  pack: KR_PACK,
  summary: 'No domestic representative is recorded for Korea',
  description:
    'Operators above a threshold (KRW 1 trillion revenue, KRW 10 billion AI revenue, or 1 million daily users in Korea) designate a domestic representative (Korea AI Basic Act Art 36, Enforcement Decree Art 29); having none can be fined (Art 43). aigov cannot see revenue or user numbers, so it reports a missing `contacts.legal_rep` at info level for provider components in Korean scope.',
  citation: krCitation('36', '29'),
  defaultSeverity: 'info',
  appliesFrom: KR_FROM,
  howToFix: 'If a threshold is met, record the representative in `contacts.legal_rep`; if not, suppress the finding with the reason.',
  appliesTo: (c) => (c.data.jurisdictions ?? []).length > 0 && inJurisdiction(c, 'kr') && hasRole(c, 'provider', 'developer'),
  gaps: (c) => need(c, 'contacts.legal_rep', `Component ${q(c)} records no domestic representative for Korea (contacts.legal_rep). Art 36 requires one when a revenue or user threshold is met.`),
});
