import { KR_FROM, KR_GRACE_NOTE, KR_PACK, krCitation } from './packs/kr.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, inJurisdiction, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov575 = obligationRule({
  code: 'AIGOV575',
  slug: 'kr-domestic-representative',
  title: 'Domestic representative',
  pack: KR_PACK,
  summary: 'No domestic representative is recorded for Korea',
  description: `Operators with no address or office in Korea that meet a threshold (KRW 1 trillion revenue, KRW 10 billion AI revenue, or 1 million daily users in Korea) designate a domestic representative (Korea AI Basic Act Art 36, Enforcement Decree Art 29); Art 43 provides a fine for having none. An operator with an address or office in Korea has no such duty. aigov cannot see where the operator is established or its revenue and user numbers, so it reports a missing \`contacts.legal_rep\` at info level for provider and developer components in Korean scope (a component that lists no \`jurisdictions\` counts, as in every pack). ${KR_GRACE_NOTE}`,
  citation: krCitation('36', '29'),
  defaultSeverity: 'info',
  appliesFrom: KR_FROM,
  howToFix: 'If the operator has no address or office in Korea and a threshold is met, record the representative in `contacts.legal_rep`; otherwise suppress the finding with the reason (for example "office in Seoul").',
  appliesTo: (c) => inJurisdiction(c, 'kr') && hasRole(c, 'provider', 'developer'),
  gaps: (c) => need(c, 'contacts.legal_rep', msg('AIGOV575.legalRep', { id: c.id })),
});
