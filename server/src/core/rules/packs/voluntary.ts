import type { Finding, FixProposal } from '../../finding.js';
import { articles, msg, type Message, type MessageId } from '../../i18n/format.js';
import { createFile } from '../../fixes/edits.js';
import { DOC_FIELDS, documentTemplate, fieldHint } from '../../fixes/templates.js';
import { chainChanges, setMissing, toFileEdit, type TextChange } from '../../fixes/yaml-edit.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { getField } from '../../model/doc-paths.js';
import { packInfo } from '../../packs.js';
import { joinPath } from '../../paths.js';
import { type FixContext, fixTitle } from '../../fixes/context.js';
import { packTitleIn } from '../../pack-names.js';
import type { RegistryRule, RegistryRuleContext, RelatedReport } from '../types.js';
import { componentPath, findingComponent } from '../util.js';
import { evaluateObligation, type Gap, type PackRule } from './obligation.js';
import { policyApplies, requirementsOf } from './policy.js';

/**
 * Voluntary frameworks (guidelines and standards: the JP AI Guidelines, NIST AI RMF, ISO/IEC
 * 42001) report their gaps once per component per framework, at info, in a summary rule of the
 * pack; the per-obligation rules still give the coverage matrix and the report their rows. An
 * obligation reports on its own only when the organisation sets its code (`rules:` or the editor's
 * `aigov.rules`, also by family such as `AIGOV55*`); a field its `policy.require` asks for is
 * reported by AIGOV601 instead. The core findings (risk assessment, incident contact, undeclared
 * AI, overdue review, deadlines) are not voluntary and keep their severity.
 */

/** The summary messages, one per voluntary pack (the framework's name is part of the sentence). */
type SummaryMessageId = 'AIGOV519.missing' | 'AIGOV549.missing' | 'AIGOV569.missing';

/** An obligation rule of a voluntary pack: silent unless its code is set, info by default. */
export function voluntary(rule: PackRule): PackRule {
  return {
    ...rule,
    defaultSeverity: 'info',
    check(ctx) {
      const set = ctx.setting(rule.code);
      if (set !== undefined && set !== 'off') rule.check(ctx);
    },
  };
}

interface SummaryGap extends Gap {
  /** The obligation's rule and citation. */
  code: string;
  article: string;
}

/** A component's gaps in a voluntary pack that no other finding reports. */
function openGaps(obligations: readonly PackRule[], c: ComponentEntry, ctx: Pick<RegistryRuleContext, 'today' | 'setting'>): SummaryGap[] {
  const overrides = c.registry.data?.rules ?? {};
  const policyFields = new Set(requirementsOf(c.registry).filter((r) => policyApplies(r, c)).flatMap((r) => r.fields));
  const out: SummaryGap[] = [];
  for (const rule of obligations) {
    const set = ctx.setting(rule.code);
    // Reported on its own, or turned off by the organisation.
    if (set !== undefined) continue;
    const ev = evaluateObligation(rule.obligation, c, ctx.today);
    if (ev.status !== 'fail') continue;
    for (const g of ev.gaps) {
      if (g.coveredBy && overrides[g.coveredBy] !== 'off') continue;
      if (policyFields.has(g.field)) continue;
      out.push({ ...g, code: rule.code, article: rule.obligation.citation.article });
    }
  }
  return out;
}

/** "monitoring.plan (MANAGE 4.1)", fields in the order the obligations ask for them, each once. */
function listOf(gaps: readonly SummaryGap[]): Message[] {
  const byField = new Map<string, string[]>();
  for (const g of gaps) {
    const key = g.path ? g.path.filter((p) => typeof p === 'string').join('.') : g.field;
    const label = g.path && typeof g.path[1] === 'number' ? `${g.path[0]}[${g.path[1]}].${g.path.slice(2).join('.')}` : key;
    const arts = byField.get(label) ?? [];
    if (!arts.includes(g.article)) arts.push(g.article);
    byField.set(label, arts);
  }
  return [...byField].map(([field, arts]) => msg('pack.voluntaryField', { field, articles: articles(arts) }));
}

/** The summary rule of a voluntary pack: one info finding per component that has gaps. */
export function summaryRule(
  meta: Pick<RegistryRule, 'code' | 'slug' | 'summary' | 'description' | 'citation' | 'appliesFrom'> & {
    pack: string;
    /** The finding's message: '<framework> (voluntary): n fields of <id> are missing: <fields>'. */
    messageId: SummaryMessageId;
    obligations: () => readonly PackRule[];
  },
): RegistryRule & { summaryOf: string } {
  const name = packInfo(meta.pack)?.short ?? meta.pack;
  return {
    code: meta.code,
    slug: meta.slug,
    pack: meta.pack,
    summaryOf: meta.pack,
    scope: 'registry',
    defaultSeverity: 'info',
    summary: meta.summary,
    description: meta.description,
    ...(meta.citation ? { citation: meta.citation } : {}),
    ...(meta.appliesFrom ? { appliesFrom: meta.appliesFrom } : {}),
    check(ctx) {
      const reg = ctx.registry;
      for (const c of reg.components) {
        const gaps = openGaps(meta.obligations(), c, ctx);
        if (gaps.length === 0) continue;
        const fields = [...new Set(gaps.map((g) => (g.path ? g.path.join('.') : g.field)))].length;
        const related: RelatedReport[] = gaps.map((g) => ({
          file: reg.path,
          range: reg.locate([...componentPath(c), ...(g.path ?? g.field.split('.'))], g.at === 'value' ? 'value' : 'key'),
          ...msg('pack.voluntaryRelated', { code: g.code, article: articles([g.article]), gap: g.message }),
        }));
        ctx.report<MessageId>({
          file: reg.path,
          range: c.idRange,
          messageId: meta.messageId,
          args: { n: fields, id: c.id, fields: listOf(gaps) },
          count: fields,
          data: { id: c.id, pack: meta.pack, gaps: gaps.map((g) => ({ code: g.code, field: g.field, article: g.article, ...(g.path ? { path: g.path } : {}) })) },
          related,
        });
      }
    },
    fixes: (f, ctx) => {
      const fix = fillGapsFix(f, ctx, packTitleIn(meta.pack, name, ctx.locale ?? 'en'));
      return fix ? [fix] : [];
    },
  };
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let cur = raw;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur === null ? undefined : cur;
}

const OVERSIGHT_MEASURES = ['human_oversight', 'measures'];

/** Lists a fix adds empty: still a gap (empty), but the key is there to fill. */
const LISTS = new Set(['data.sources', 'evaluations', 'jurisdictions', 'upstream_models']);

/**
 * "Add every missing <framework> field to '<id>'": documents from their templates (drafts until
 * written, AIGOV110), text fields as `TODO: <hint>` placeholders and lists empty (both still gaps:
 * a placeholder is not a value). Yes/no facts, numbers and dates are left to the team.
 */
function fillGapsFix(f: Finding, ctx: FixContext, name: string): FixProposal | undefined {
  const found = findingComponent(f, ctx);
  const gaps = f.data?.gaps;
  if (!found || !Array.isArray(gaps)) return undefined;
  const { c, text } = found;
  const steps: ((t: string) => TextChange | undefined)[] = [];
  const creates: { file: string; text: string }[] = [];
  const done = new Set<string>();
  const frameworks = ctx.model.frameworksOf(c.registry);
  let added = 0;
  for (const g of gaps as { field?: unknown; path?: unknown; article?: unknown }[]) {
    const field = g.field;
    if (typeof field !== 'string') continue;
    // A missing `human_oversight` block is filled by its `measures`, the key a pack may also list
    // on its own (an agent under jp-ai-guidelines): one entry, whichever step comes first.
    const path = field === 'human_oversight' ? OVERSIGHT_MEASURES : Array.isArray(g.path) ? (g.path as (string | number)[]) : field.split('.');
    const key = path.join('.');
    if (done.has(key)) continue;
    done.add(key);
    // Already written (an empty list, a placeholder): the team fills it in; nothing to add.
    if (valueAt(c.raw, path) !== undefined) continue;
    const doc = DOC_FIELDS[field];
    const hint = fieldHint(field, ctx.locale);
    if (doc) {
      let rel = doc.file(c.id);
      const first = rel;
      for (let n = 2; (ctx.exists(joinPath(c.registry.dir, rel)) || creates.some((x) => x.file === joinPath(c.registry.dir, rel))) && n < 100; n++) rel = first.replace(/\.md$/, `-${n}.md`);
      const target = joinPath(c.registry.dir, rel);
      if (ctx.exists(target)) continue;
      const newBlock = field === 'impact_assessment.path' && getField(c.raw, 'impact_assessment') == null;
      steps.push((t) => (newBlock ? setMissing(t, componentPath(c, 'impact_assessment'), { path: rel, date: ctx.today }) : setMissing(t, [...componentPath(c), ...path], rel)));
      creates.push({ file: target, text: documentTemplate(field, c, frameworks, ctx.today, `${name} ${typeof g.article === 'string' ? g.article : ''}`.trim(), ctx.locale) });
    } else if (LISTS.has(field)) {
      steps.push((t) => setMissing(t, [...componentPath(c), ...path], []));
    } else if (hint !== undefined) {
      steps.push((t) => setMissing(t, [...componentPath(c), ...path], `TODO: ${hint}`));
    } else if (field === 'human_oversight') {
      steps.push((t) => setMissing(t, [...componentPath(c), ...OVERSIGHT_MEASURES], `TODO: ${fieldHint('human_oversight.measures', ctx.locale) ?? ''}`));
    } else continue;
    added++;
  }
  if (steps.length === 0) return undefined;
  const change = chainChanges(text, steps);
  if (!change) return undefined;
  const n = added;
  return {
    title: fixTitle(ctx, 'fix.addMissingRecords', { name, id: c.id, count: n }),
    code: f.code,
    isPreferred: true,
    safe: false,
    edits: [...creates.map((x) => createFile(x.file, x.text)), toFileEdit(f.file, text, change)],
  };
}
