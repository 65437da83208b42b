import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { inJurisdiction } from './scope.js';

/**
 * Colorado SB 26-189 (signed 14 May 2026, effective 1 Jan 2027): a notice and transparency law for
 * automated decision-making technology in consequential decisions. Its duties come from secondary
 * summaries and the section numbers are unverified, so every rule reports at info and is labelled.
 */
export const CO = 'Colorado SB 26-189';
export const CO_PACK = 'us-co-adm';
export const CO_FROM = '2027-01-01';

export function coCitation(duty: string): Citation {
  return { framework: CO, article: `${duty} (section unverified)`, unverified: true };
}

/** Stated explicitly to be in Colorado scope (an empty list counts) and used for consequential decisions. */
export const coConsequential = (c: ComponentEntry): boolean => inJurisdiction(c, 'us-co') && c.data.consequential_decision === true;

export const CO_NOTE = 'Enforcement is by the Attorney General, with a 60-day cure period before 2030 and no private right of action; AG rulemaking comes first.';
