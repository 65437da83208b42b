import type { Citation, Finding, FixProposal, Severity } from '../../finding.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import type { FixContext } from '../../fixes/context.js';
import { msg, type Message } from '../../i18n/format.js';
import type { RegistryRule, RegistryRuleContext } from '../types.js';
import { componentPath } from '../util.js';
import type { Gap } from './scope.js';
import { docGapFixes } from './doc-fix.js';

/**
 * A framework obligation as data: who it applies to, from when, and which fields of a component
 * show that it is met. One spec becomes one rule (its findings) and one row of the report's
 * coverage matrix (its status), so the two can never disagree.
 */

export type ObligationStatus = 'pass' | 'fail' | 'not-yet-applicable' | 'n.a.';

export type { Gap } from './scope.js';

export interface ObligationSpec {
  code: string;
  slug: string;
  pack: string;
  /** The obligation, named positively, for the coverage report ("Technical documentation"). */
  title: string;
  summary: string;
  description: string;
  citation: Citation;
  defaultSeverity: Severity;
  /** Earliest date the obligation applies, 'YYYY-MM-DD'. */
  appliesFrom: string;
  /** How to resolve a finding, for the docs page and hovers. */
  howToFix: string;
  /** Whether the obligation concerns this component at all (roles, jurisdictions, risk level). */
  appliesTo(c: ComponentEntry): boolean;
  /**
   * The application date for this component when it depends on it (e.g. Annex I vs Annex III);
   * undefined when the obligation binds the component on no date (then it is not applicable).
   */
  appliesFromFor?(c: ComponentEntry): string | undefined;
  /** A sentence about the component's date appended to its findings on `today`; `key` and `data` go into the finding's data. */
  dateNote?(c: ComponentEntry, today: string): { key: string; message: Message; data: Record<string, string> } | undefined;
  /** What is missing; empty when the obligation is met. */
  gaps(c: ComponentEntry): Gap[];
}

interface Evaluation {
  status: ObligationStatus;
  appliesFrom: string;
  gaps: Gap[];
}

export interface PackRule extends RegistryRule {
  readonly obligation: ObligationSpec;
  /** The obligation's status for one component on a given day (the report's coverage matrix). */
  evaluate(c: ComponentEntry, today: string): Evaluation;
}

export function isPackRule(r: { scope: string }): r is PackRule {
  return typeof (r as Partial<PackRule>).evaluate === 'function' && (r as Partial<PackRule>).obligation !== undefined;
}

export function evaluateObligation(spec: ObligationSpec, c: ComponentEntry, today: string): Evaluation {
  const own = spec.appliesFromFor ? spec.appliesFromFor(c) : spec.appliesFrom;
  const appliesFrom = own ?? spec.appliesFrom;
  if (own === undefined || !spec.appliesTo(c)) return { status: 'n.a.', appliesFrom, gaps: [] };
  const gaps = spec.gaps(c);
  if (today < appliesFrom) return { status: 'not-yet-applicable', appliesFrom, gaps };
  return { status: gaps.length > 0 ? 'fail' : 'pass', appliesFrom, gaps };
}

/** The message of a gap as reported on a given day: before the date it applies, and for an unverified source, it says so; then the date note. */
export function gapMessage(spec: ObligationSpec, gap: Gap, appliesFrom: string, today: string, note?: Message): Message {
  return msg('pack.gap', {
    gap: gap.message,
    appliesFrom: today < appliesFrom ? msg('pack.appliesFrom', { date: appliesFrom }) : '',
    unverified: spec.citation.unverified ? msg('pack.unverified') : '',
    note: note ?? '',
  });
}

function check(spec: ObligationSpec, ctx: RegistryRuleContext): void {
  const reg = ctx.registry;
  const overrides = reg.data?.rules ?? {};
  for (const c of reg.components) {
    const ev = evaluateObligation(spec, c, ctx.today);
    if (ev.status === 'n.a.') continue;
    const early = ev.status === 'not-yet-applicable';
    const note = ev.gaps.length > 0 ? spec.dateNote?.(c, ctx.today) : undefined;
    for (const g of ev.gaps) {
      if (g.coveredBy && overrides[g.coveredBy] !== 'off') continue;
      const yamlPath = [...componentPath(c), ...(g.path ?? g.field.split('.'))];
      ctx.report({
        file: reg.path,
        range: reg.locate(yamlPath, g.at === 'value' ? 'value' : 'key'),
        ...gapMessage(spec, g, ev.appliesFrom, ctx.today, note?.message),
        ...(early || spec.citation.unverified ? { severity: 'info' as const } : {}),
        data: { id: c.id, field: g.field, appliesFrom: ev.appliesFrom, ...(note ? { dateNote: note.key, ...note.data } : {}) },
      });
    }
  }
}

/** Builds the rule of an obligation. Unverified citations never rise above info. */
export function obligationRule(spec: ObligationSpec, extra?: { fixes?(f: Finding, ctx: FixContext): FixProposal[] }): PackRule {
  return {
    code: spec.code,
    slug: spec.slug,
    pack: spec.pack,
    scope: 'registry',
    summary: spec.summary,
    description: spec.description,
    citation: spec.citation,
    appliesFrom: spec.appliesFrom,
    defaultSeverity: spec.citation.unverified ? 'info' : spec.defaultSeverity,
    obligation: spec,
    check: (ctx) => check(spec, ctx),
    evaluate: (c, today) => evaluateObligation(spec, c, today),
    fixes: (f, ctx) => [...(extra?.fixes?.(f, ctx) ?? []), ...docGapFixes(f, ctx)],
  };
}
