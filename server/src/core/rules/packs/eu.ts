import type { Citation } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { hasRole, inJurisdiction } from './scope.js';

/** EU AI Act facts shared by the AIGOV52x–54x rules. Dates and articles from FRAMEWORKS.md. */

export const EU = 'EU AI Act (Regulation (EU) 2024/1689)';
export const EU_PACK = 'eu-ai-act';

export function euCitation(article: string, unverified = false): Citation {
  return { framework: EU, article, ...(unverified ? { unverified: true } : {}) };
}

/** Art 4 and Art 5 apply from 2 Feb 2025. */
export const EU_PROHIBITIONS_FROM = '2025-02-02';
/** GPAI (Arts 51–56) from 2 Aug 2025. */
export const EU_GPAI_FROM = '2025-08-02';
/** General application, incl. Art 50 and Arts 49, 71–73. */
export const EU_GENERAL_FROM = '2026-08-02';
/** Digital Omnibus, Reg (EU) 2026/1744: high-risk Ch III §§1–3 for Annex III systems. */
export const EU_HR_ANNEX_III_FROM = '2027-12-02';
/** Digital Omnibus: high-risk Ch III §§1–3 for Annex I (product safety) systems. */
export const EU_HR_ANNEX_I_FROM = '2028-08-02';

export const inEu = (c: ComponentEntry): boolean => inJurisdiction(c, 'eu');
export const isHighRisk = (c: ComponentEntry): boolean => c.data.risk?.level === 'high';

/**
 * Which route makes the system high-risk: Annex I (Art 6(1), product safety) when `risk.basis`
 * names Annex I; otherwise Annex III (Art 6(2)), the earlier date, which is also assumed when
 * the basis does not say.
 */
export function annexRoute(c: ComponentEntry): 'annex-i' | 'annex-iii' {
  const basis = c.data.risk?.basis ?? '';
  if (c.data.risk?.annex_iii_area) return 'annex-iii';
  if (/\bAnnex\s+I(?![IVX])\b/i.test(basis) || /\bArt(?:icle)?\.?\s*6\s*\(1\)/i.test(basis)) return 'annex-i';
  return 'annex-iii';
}

/** Application date of a Ch III §§1–3 high-risk duty for this component (Digital Omnibus). */
export function highRiskFrom(c: ComponentEntry): string {
  return annexRoute(c) === 'annex-i' ? EU_HR_ANNEX_I_FROM : EU_HR_ANNEX_III_FROM;
}

/** The Annex III point ('5(b)') from `risk.annex_iii_area` or an "Annex III …" `risk.basis`. */
export function annexIiiPoint(c: ComponentEntry): string | undefined {
  const area = c.data.risk?.annex_iii_area;
  const basis = c.data.risk?.basis;
  const fromArea = area ? /(\d{1,2})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?/i.exec(area.replace(/annex\s+iii/i, '')) : null;
  const m = fromArea ?? (basis ? /Annex\s+III\s*,?\s*(?:point\s*)?(\d{1,2})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?/i.exec(basis) : null);
  if (!m) return undefined;
  const letter = (m[2] ?? m[3])?.toLowerCase();
  return letter ? `${m[1]}(${letter})` : m[1];
}

/** The system falls in an Annex III area (declared area, or a basis naming Annex III). */
export function inAnnexIii(c: ComponentEntry): boolean {
  return !!c.data.risk?.annex_iii_area || /\bAnnex\s+III\b/i.test(c.data.risk?.basis ?? '');
}

/** The component's EU database registration entry, if any. */
export function euDbRegistration(c: ComponentEntry): { index: number; status?: string; id?: string } | undefined {
  const regs = c.data.registrations ?? [];
  const index = regs.findIndex((r) => /^eu[-_ ]?(?:ai[-_ ]?)?(?:database|db)$/i.test(r.registry.trim()));
  if (index < 0) return undefined;
  const r = regs[index];
  return { index, ...(r?.status ? { status: r.status } : {}), ...(r?.id ? { id: r.id } : {}) };
}

/** "(Annex III route: 2 Dec 2027)"-style note for messages about high-risk dates. */
export function routeLabel(c: ComponentEntry): string {
  return annexRoute(c) === 'annex-i' ? 'Annex I' : 'Annex III';
}

/** A high-risk system in EU scope whose roles include provider (or are not declared). */
export function hrProvider(c: ComponentEntry): boolean {
  return inEu(c) && isHighRisk(c) && hasRole(c, 'provider');
}

/** A high-risk system in EU scope whose roles include deployer (or are not declared). */
export function hrDeployer(c: ComponentEntry): boolean {
  return inEu(c) && isHighRisk(c) && hasRole(c, 'deployer');
}

/** Sentence explaining a Digital Omnibus date, for descriptions. */
export const OMNIBUS_NOTE =
  'High-risk duties in Chapter III, Sections 1–3 apply from 2 Dec 2027 for Annex III systems and 2 Aug 2028 for Annex I systems (Digital Omnibus, Reg (EU) 2026/1744); the rule uses the Annex I date when `risk.basis` names Annex I, and the earlier Annex III date otherwise. Before that date it reports at info level.';
