import type { Citation } from '../../finding.js';
import { asIsoDate } from '../../dates.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { msg, type Message } from '../../i18n/format.js';
import { hasRole, inJurisdiction } from './scope.js';

/** EU AI Act facts shared by the AIGOV52x–54x rules. Dates and articles from FRAMEWORKS.md. */

export const EU = 'EU AI Act (Regulation (EU) 2024/1689)';
export const EU_PACK = 'eu-ai-act';

export function euCitation(article: string): Citation {
  return { framework: EU, article };
}

/** Art 4 and Art 5 apply from 2 Feb 2025. */
export const EU_PROHIBITIONS_FROM = '2025-02-02';
/** GPAI (Arts 51–56) from 2 Aug 2025. */
export const EU_GPAI_FROM = '2025-08-02';
/** Art 111(3): GPAI models placed on the market before 2 Aug 2025 comply by 2 Aug 2027. */
export const EU_GPAI_LEGACY_BY = '2027-08-02';
/** General application, incl. Art 50. */
export const EU_GENERAL_FROM = '2026-08-02';
/** Art 111(4) (Digital Omnibus): generative systems placed on the market before 2 Aug 2026 have until 2 Dec 2026 for Art 50(2). */
export const EU_ART50_2_LEGACY_BY = '2026-12-02';
/** Art 5(1)(ba) and (bb), added by the Digital Omnibus, apply from 2 Dec 2026. */
export const EU_NEW_PROHIBITIONS_FROM = '2026-12-02';

/**
 * Art 113(c) as amended by the Digital Omnibus (Reg (EU) 2026/1744): Chapter III, Sections 1–3 apply
 * from 2 Dec 2027 for Annex III systems (Art 6(2)) and 2 Aug 2028 for Annex I systems (Art 6(1)).
 * The only copy of these dates: every high-risk rule takes its date from `highRiskApplication`.
 */
const HIGH_RISK_FROM = { 'annex-iii': '2027-12-02', 'annex-i': '2028-08-02' } as const;
/** Art 111(2): high-risk systems intended for public authorities and placed before the date comply by 2 Aug 2030. */
const HIGH_RISK_PUBLIC_AUTHORITY_BY = '2030-08-02';

type AnnexRoute = keyof typeof HIGH_RISK_FROM;

/** The earliest high-risk date (Annex III): the nominal `appliesFrom` of rules that only concern Annex III systems. */
export const EU_HR_ANNEX_III_FROM: string = HIGH_RISK_FROM['annex-iii'];
/** The Annex I date, for texts that name both. */
export const EU_HR_ANNEX_I_FROM: string = HIGH_RISK_FROM['annex-i'];

export const inEu = (c: ComponentEntry): boolean => inJurisdiction(c, 'eu');
export const isHighRisk = (c: ComponentEntry): boolean => c.data.risk?.level === 'high';

/** A `risk.basis` that says the system is outside Annex III ("excepted from Annex III 5(b)", "not in Annex III"). */
const NOT_ANNEX_III = /\b(?:not|outside(?:\s+of)?|excepted\s+from|excluded\s+from|exempt\s+from)\s+(?:(?:in|an?|the)\s+)?Annex\s+III\b/i;

function basisOf(c: ComponentEntry): string {
  return c.data.risk?.basis ?? '';
}

/**
 * Which route makes the system high-risk: Annex I (Art 6(1), product safety) when `risk.basis`
 * names Annex I; otherwise Annex III (Art 6(2)), the earlier date, which is also assumed when
 * the basis does not say.
 */
export function annexRoute(c: ComponentEntry): AnnexRoute {
  const basis = basisOf(c);
  if (c.data.risk?.annex_iii_area) return 'annex-iii';
  if (/\bAnnex\s+I(?![IVX])\b/i.test(basis) || /\bArt(?:icle)?\.?\s*6\s*\(1\)/i.test(basis)) return 'annex-i';
  return 'annex-iii';
}

/** How Art 111(2) places a high-risk system (see `highRiskApplication`). */
type HighRiskCoverage =
  /** No `placed_on_market` recorded: treated as covered from the route's date. */
  | 'assumed'
  /** Placed on the market on or after the route's date. */
  | 'new'
  /** Placed before the date and significantly changed on or after it: covered from the change. */
  | 'changed'
  /** Placed before the date, intended for public authorities: covered from 2 Aug 2030 (or an earlier change). */
  | 'public-authority'
  /** Placed before the date and not significantly changed since: Art 111(2) leaves it out. */
  | 'legacy';

interface HighRiskApplication {
  route: AnnexRoute;
  /** The route's application date under Art 113(c). */
  routeFrom: string;
  /** The day the high-risk duties bind this system; undefined when Art 111(2) leaves it out. */
  from: string | undefined;
  coverage: HighRiskCoverage;
  placedOnMarket?: string;
  significantChange?: string;
}

/** Intended to be used by public authorities: declared, or deployed by one. */
function forPublicAuthorities(c: ComponentEntry): boolean {
  return c.data.for_public_authorities === true || c.data.public_sector === 'authority';
}

/**
 * The one place that decides from when the EU high-risk duties bind a component: Chapter III,
 * Sections 1–3, and the duties that attach to a high-risk system outside them (conformity
 * Arts 43/47/48, registration Art 49, post-market monitoring Art 72, serious incidents Art 73).
 * - the route's date (Art 113(c)): 2 Dec 2027 for Annex III, 2 Aug 2028 for Annex I;
 * - Art 111(2): a system placed on the market or put into service before that date is covered only
 *   once it is significantly changed in design on or after it; one intended for public authorities
 *   complies by 2 Aug 2030 in any case;
 * - without a recorded `placed_on_market`, the system is treated as covered from the route's date.
 */
export function highRiskApplication(c: ComponentEntry): HighRiskApplication {
  return application(c, annexRoute(c), true);
}

/**
 * The decision of `highRiskApplication` on a given route; `publicAuthorities` says whether the
 * 2 Aug 2030 limit of Art 111(2) for systems intended for public authorities applies.
 */
function application(c: ComponentEntry, route: AnnexRoute, publicAuthorities: boolean): HighRiskApplication {
  const routeFrom = HIGH_RISK_FROM[route];
  const placed = asIsoDate(c.data.placed_on_market);
  const changed = asIsoDate(c.data.significant_change);
  const dates = { ...(placed ? { placedOnMarket: placed } : {}), ...(changed ? { significantChange: changed } : {}) };
  if (placed === undefined) return { route, routeFrom, from: routeFrom, coverage: 'assumed', ...dates };
  if (placed >= routeFrom) return { route, routeFrom, from: routeFrom, coverage: 'new', ...dates };
  const byChange = changed !== undefined && changed >= routeFrom ? changed : undefined;
  const byAuthority = publicAuthorities && forPublicAuthorities(c) ? HIGH_RISK_PUBLIC_AUTHORITY_BY : undefined;
  if (byChange !== undefined && (byAuthority === undefined || byChange <= byAuthority)) return { route, routeFrom, from: byChange, coverage: 'changed', ...dates };
  if (byAuthority !== undefined) return { route, routeFrom, from: byAuthority, coverage: 'public-authority', ...dates };
  return { route, routeFrom, from: undefined, coverage: 'legacy', ...dates };
}

/** The day the high-risk duties bind this component (see `highRiskApplication`); undefined when they never do. */
export function highRiskFrom(c: ComponentEntry): string | undefined {
  return highRiskApplication(c).from;
}

/** Keys of the sentences `highRiskNote` adds, for translations. */
type HighRiskNoteKey = 'assumed-covered' | 'changed' | 'public-authority';

/**
 * What a high-risk finding says about the component's date on `today`, beyond "Applies from …":
 * that a system without a placing date is treated as covered, or why Art 111(2) moved its date.
 */
export function highRiskNote(c: ComponentEntry, today: string): { key: HighRiskNoteKey; message: Message; data: Record<string, string> } | undefined {
  return noteOf(highRiskApplication(c), today);
}

function noteOf(a: HighRiskApplication, today: string): { key: HighRiskNoteKey; message: Message; data: Record<string, string> } | undefined {
  if (a.coverage === 'assumed' && a.from !== undefined && today >= a.from) {
    return { key: 'assumed-covered', message: msg('pack.noteAssumedCovered'), data: {} };
  }
  if (a.coverage === 'changed' && a.placedOnMarket && a.significantChange) {
    return {
      key: 'changed',
      message: msg('pack.noteChanged', { placedOnMarket: a.placedOnMarket, routeFrom: a.routeFrom, significantChange: a.significantChange }),
      data: { placedOnMarket: a.placedOnMarket, significantChange: a.significantChange, routeFrom: a.routeFrom },
    };
  }
  if (a.coverage === 'public-authority' && a.placedOnMarket && a.from) {
    return {
      key: 'public-authority',
      message: msg('pack.notePublicAuthority', { placedOnMarket: a.placedOnMarket, routeFrom: a.routeFrom, from: a.from }),
      data: { placedOnMarket: a.placedOnMarket, routeFrom: a.routeFrom, from: a.from },
    };
  }
  return undefined;
}

/**
 * From when a provider that relies on the Art 6(3) derogation for an Annex III system must have
 * documented its assessment (Art 6(4)) and registered the system (Art 49(2)). Both duties attach
 * to a moment, before the system is placed on the market or put into service, and apply from the
 * Annex III date (Art 6 is in Chapter III, Section 1). For a system placed on the market or put
 * into service before that date and not significantly changed in design on or after it, that moment
 * passed before the duties applied: they never bind it, as Art 111(2) leaves such a system out of
 * the high-risk duties. A significant change on or after the date dates them from the change; a
 * system without `placed_on_market` is treated as covered. Unlike `highRiskApplication`: always the
 * Annex III route (the derogation exists only for Annex III systems), and without the 2 Aug 2030
 * limit of Art 111(2), which is for high-risk systems intended for public authorities, and a system
 * under the derogation is not one.
 */
function derogationApplication(c: ComponentEntry): HighRiskApplication {
  return application(c, 'annex-iii', false);
}

/** The day the Art 6(4) and Art 49(2) duties of a derogated system bind it (see `derogationApplication`); undefined when they never do. */
export function derogationFrom(c: ComponentEntry): string | undefined {
  return derogationApplication(c).from;
}

function derogationNote(c: ComponentEntry, today: string): { key: HighRiskNoteKey; message: Message; data: Record<string, string> } | undefined {
  return noteOf(derogationApplication(c), today);
}

/** Art 50(2) for this component: 2 Aug 2026, or 2 Dec 2026 for a generative system placed on the market before 2 Aug 2026 (Art 111(4)). */
export function art50MarkingFrom(c: ComponentEntry): string {
  const placed = asIsoDate(c.data.placed_on_market);
  return placed !== undefined && placed < EU_GENERAL_FROM ? EU_ART50_2_LEGACY_BY : EU_GENERAL_FROM;
}

/** Art 5(1)(ba) or (bb) cited in a `risk.basis`. */
const NEW_PROHIBITION = /\bArt(?:icle)?\.?\s*5\s*\(1\)\s*\(b[ab]\)/i;

/** Art 5 for this component: 2 Feb 2025, or 2 Dec 2026 when `risk.basis` cites Art 5(1)(ba) or (bb), added by the Digital Omnibus. */
export function prohibitionFrom(c: ComponentEntry): string {
  return NEW_PROHIBITION.test(c.data.risk?.basis ?? '') ? EU_NEW_PROHIBITIONS_FROM : EU_PROHIBITIONS_FROM;
}

/** GPAI duties for this model: 2 Aug 2025, or 2 Aug 2027 for a model placed on the market before 2 Aug 2025 (Art 111(3)). */
export function gpaiFrom(c: ComponentEntry): string {
  const placed = asIsoDate(c.data.placed_on_market);
  return placed !== undefined && placed < EU_GPAI_FROM ? EU_GPAI_LEGACY_BY : EU_GPAI_FROM;
}

/** The Annex III point ('5(b)') from `risk.annex_iii_area` or an "Annex III …" `risk.basis`. */
export function annexIiiPoint(c: ComponentEntry): string | undefined {
  const area = c.data.risk?.annex_iii_area;
  const basis = c.data.risk?.basis;
  const fromArea = area ? /(\d{1,2})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?/i.exec(area.replace(/annex\s+iii/i, '')) : null;
  const m = fromArea ?? (basis && !NOT_ANNEX_III.test(basis) ? /Annex\s+III\s*,?\s*(?:point\s*)?(\d{1,2})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?/i.exec(basis) : null);
  if (!m) return undefined;
  const letter = (m[2] ?? m[3])?.toLowerCase();
  return letter ? `${m[1]}(${letter})` : m[1];
}

/** The system falls in an Annex III area (declared area, or a basis naming Annex III). */
export function inAnnexIii(c: ComponentEntry): boolean {
  const basis = basisOf(c);
  return !!c.data.risk?.annex_iii_area || (/\bAnnex\s+III\b/i.test(basis) && !NOT_ANNEX_III.test(basis));
}

/** Annex III point 2 (critical infrastructure), which registers nationally (Art 49(5)) and has no FRIA (Art 27(1)). */
function isAnnexIiiPoint2(c: ComponentEntry): boolean {
  return /^2(?:\(|$)/.test(annexIiiPoint(c) ?? '');
}

/**
 * An Annex III (Art 6(2)) high-risk system other than point 2: the scope of EU database
 * registration (Art 49(1), 49(3)) and of the FRIA (Art 27(1)). The Annex III route is assumed when
 * the basis names no Annex, as for the dates.
 */
export function annexIiiNotPoint2(c: ComponentEntry): boolean {
  return annexRoute(c) === 'annex-iii' && !isAnnexIiiPoint2(c);
}

/** The component's EU database registration entry, if any. */
export function euDbRegistration(c: ComponentEntry): { index: number; status?: string; id?: string } | undefined {
  const regs = c.data.registrations ?? [];
  const index = regs.findIndex((r) => /^eu[-_ ]?(?:ai[-_ ]?)?(?:database|db)$/i.test(r.registry.trim()));
  if (index < 0) return undefined;
  const r = regs[index];
  return { index, ...(r?.status ? { status: r.status } : {}), ...(r?.id ? { id: r.id } : {}) };
}

/** A high-risk system in EU scope whose roles include provider (or are not declared). */
export function hrProvider(c: ComponentEntry): boolean {
  return inEu(c) && isHighRisk(c) && hasRole(c, 'provider');
}

/** A high-risk system in EU scope whose roles include deployer (or are not declared). */
export function hrDeployer(c: ComponentEntry): boolean {
  return inEu(c) && isHighRisk(c) && hasRole(c, 'deployer');
}

/** Sentence explaining the high-risk dates, for descriptions. */
export const OMNIBUS_NOTE = `No high-risk duty binds before ${EU_HR_ANNEX_III_FROM}: the Digital Omnibus (Reg (EU) 2026/1744, amended Art 113(c)) applies Chapter III, Sections 1–3 from ${EU_HR_ANNEX_III_FROM} for Annex III systems and ${EU_HR_ANNEX_I_FROM} for Annex I systems; the rule uses the Annex I date when \`risk.basis\` names Annex I (or Art 6(1)), and the Annex III date otherwise. Under Art 111(2) a system placed on the market before that date (\`placed_on_market\`) is covered only from a significant change in design on or after it (\`significant_change\`), or from ${HIGH_RISK_PUBLIC_AUTHORITY_BY} when it is intended for public authorities (\`for_public_authorities\`, or a deployer with \`public_sector: authority\`); without \`placed_on_market\` the system is treated as covered. Before its date the rule reports at info level ("Applies from …").`;

/**
 * The dates of a rule about a high-risk system, spread into its obligation: the nominal Annex III
 * date, the component's own date and the note, all from `highRiskApplication`.
 */
export const HIGH_RISK_DATES = {
  appliesFrom: EU_HR_ANNEX_III_FROM,
  appliesFromFor: highRiskFrom,
  dateNote: highRiskNote,
} as const;

/**
 * The dates of a rule about a system that relies on the Art 6(3) derogation (AIGOV521, AIGOV522),
 * spread into its obligation: the Annex III date, the component's own date and the note, all from
 * `derogationApplication`.
 */
export const DEROGATION_DATES = {
  appliesFrom: EU_HR_ANNEX_III_FROM,
  appliesFromFor: derogationFrom,
  dateNote: derogationNote,
} as const;
