import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { JP_HONEST_NOTE_EN } from '../../i18n/catalog/jp-note.js';
import { inJurisdiction } from './scope.js';

/** Japan: the AI Promotion Act (Act No. 53 of 2025) and the AI Guidelines for Business. */

export const JP_ACT = 'Japan AI Promotion Act (Act No. 53 of 2025)';
export const JP_ACT_PACK = 'jp-ai-promotion-act';
/** Promulgated and mostly in force 4 Jun 2025 (Arts 18–28 from 1 Sep 2025). */
export const JP_ACT_FROM = '2025-06-04';

export const JP_GUIDELINES = 'AI Guidelines for Business v1.2 (METI/MIC)';
export const JP_GUIDELINES_PACK = 'jp-ai-guidelines';
/** v1.0 of 19 Apr 2024; the current version is v1.2 of 31 Mar 2026. */
export const JP_GUIDELINES_FROM = '2024-04-19';
export const JP_GUIDELINES_V12_FROM = '2026-03-31';

/** What the Act does not impose, for descriptions and messages (the catalogues hold its words). */
export const HONEST_NOTE = JP_HONEST_NOTE_EN;

export function jpActCitation(article: string): Citation {
  return { framework: JP_ACT, article };
}

export function principle(n: number, name: string): Citation {
  return { framework: JP_GUIDELINES, article: `Part 2, principle ${n} (${name})` };
}

export const inJp = (c: ComponentEntry): boolean => inJurisdiction(c, 'jp');

type JpRole = 'developer' | 'provider' | 'business-user';

/**
 * The Guidelines' roles of a component. `deployer` (a business using AI) reads as business user.
 * A component that declares no roles gets every role.
 */
function jpRoles(c: ComponentEntry): Set<JpRole> {
  const rs: readonly string[] = c.data.roles ?? [];
  const out = new Set<JpRole>();
  if (rs.length === 0) return new Set(['developer', 'provider', 'business-user']);
  for (const r of rs) {
    if (r === 'developer') out.add('developer');
    else if (r === 'provider') out.add('provider');
    else if (r === 'business-user' || r === 'deployer') out.add('business-user');
  }
  return out;
}

export function jpHasRole(c: ComponentEntry, ...roles: JpRole[]): boolean {
  const mine = jpRoles(c);
  return roles.some((r) => mine.has(r));
}

/** In scope of the Guidelines: Japanese jurisdiction and at least one Guidelines role. */
export const jpGuidelinesScope = (c: ComponentEntry): boolean => inJp(c) && jpRoles(c).size > 0;
