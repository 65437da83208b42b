import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { msg, type Message } from '../../i18n/format.js';
import { hasRole, inJurisdiction } from './scope.js';

/** Korea: AI Basic Act (Act No. 20676) and its Enforcement Decree; in force 22 Jan 2026. */
export const KR = 'Korea AI Basic Act (Act No. 20676)';
export const KR_PACK = 'kr-ai-basic-act';
export const KR_FROM = '2026-01-22';

export function krCitation(article: string, decree: string): Citation {
  return { framework: KR, article: `Art ${article} (Enforcement Decree Art ${decree})` };
}

/** AI business operators in Korean scope (the Act reaches conduct abroad that affects Korea, Art 4). */
export const krOperator = (c: ComponentEntry): boolean => inJurisdiction(c, 'kr') && hasRole(c, 'provider', 'developer', 'deployer');

export const isKrHighImpact = (c: ComponentEntry): boolean => c.data.risk?.kr_high_impact === true;

export const KR_GRACE_NOTE = 'MSIT has said it will not investigate or fine for at least one year from 22 Jan 2026, except in exceptional cases.';

/** One year from 22 Jan 2026: before this day MSIT has said it will not investigate or fine, except in exceptional cases. */
const KR_NO_FINES_BEFORE = '2027-01-22';

/** What a finding adds on a day before `KR_NO_FINES_BEFORE`: that MSIT has said it will not fine yet. */
export function krGraceNote(_c: ComponentEntry, today: string): { key: string; message: Message; data: Record<string, string> } | undefined {
  return today < KR_NO_FINES_BEFORE ? { key: 'kr-no-fines-yet', message: msg('pack.noteKrNoFines', { date: KR_NO_FINES_BEFORE }), data: { noFinesBefore: KR_NO_FINES_BEFORE } } : undefined;
}
