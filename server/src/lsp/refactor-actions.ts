import type { CodeAction, CodeActionParams, Range } from 'vscode-languageserver/node';
import { toKebab } from '../core/annotations/tags.js';
import type { Engine } from '../core/engine.js';
import type { FixProposal } from '../core/finding.js';
import { firstAssessmentFix, hasAssessment, nextReviewFix, renewDatesFix } from '../core/fixes/assessment.js';
import { linkComponentFix, registerComponentFix } from '../core/fixes/register.js';
import { appendToSeq, replaceScalar, toFileEdit } from '../core/fixes/yaml-edit.js';
import type { ComponentEntry, ParsedRegistry } from '../core/manifest/registry.js';
import { basename } from '../core/paths.js';
import { fixTitle, type FixContext } from '../core/fixes/context.js';
import { TEMPLATES } from '../core/fixes/templates.js';
import { AigovCodeActionKinds, isAigovSource } from '../protocol/methods.js';
import { contains, registryOf } from './at-position.js';
import { openCreatedCommand, toWorkspaceEdit } from './convert.js';
import type { Folder } from './folder.js';
import type { AigovServer } from './server.js';

/** How many existing components "link to" offers, nearest registry first. */
const MAX_LINKS = 8;


/** True when the client's `only` filter asks for `kind` (or a parent kind such as `refactor`). */
function asked(only: readonly string[] | undefined, kind: string): boolean {
  return only !== undefined && only.some((k) => k === kind || kind.startsWith(`${k}.`));
}

/** Open documents' text first: the engine keeps the text of annotated files only. */
function fixContext(server: AigovServer, folder: Folder, engine: Engine): FixContext {
  const base = engine.fixContext();
  return { ...base, locale: server.caps.locale, textOf: (p) => server.openText(folder, p) ?? base.textOf(p) };
}

/**
 * The actions not tied to a finding, found by kind (never by title):
 * - on a code file, when asked for: register it as a new component, or link it to an existing one;
 * - on a component id in a registry: record an incident from a template; a new risk assessment
 *   (the first one, or the next dated review, or new dates for a review done in place);
 * - on an incident id whose `reported` is empty: mark it reported today.
 * Unasked (no `only`), they are offered only where no aigov finding is: on a finding, the quick-fix
 * menu is that finding's fixes, not unrelated edits of the same line.
 */
export function refactorActions(server: AigovServer, folder: Folder, engine: Engine, path: string, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const onFinding = params.context.diagnostics.some((d) => isAigovSource(d.source));
  const unasked = only === undefined && !onFinding;
  const ctx = fixContext(server, folder, engine);
  const out: { kind: string; fix: FixProposal | undefined }[] = [];
  const reg = registryOf(engine, path);
  if (reg) {
    const pos = params.range.start;
    const c = reg.components.find((x) => contains(x.idRange, pos));
    if (c && (unasked || asked(only, AigovCodeActionKinds.recordIncident))) {
      out.push({ kind: AigovCodeActionKinds.recordIncident, fix: recordIncident(ctx, engine, c) });
    }
    if (c && asked(only, AigovCodeActionKinds.newRiskAssessment)) {
      const kind = AigovCodeActionKinds.newRiskAssessment;
      if (hasAssessment(c)) out.push({ kind, fix: nextReviewFix(ctx, c, 'aigov') }, { kind, fix: renewDatesFix(ctx, c, 'aigov') });
      else out.push({ kind, fix: firstAssessmentFix(ctx, c, 'aigov') });
    }
    const inc = incidentAt(reg, pos);
    if (inc && (unasked || asked(only, AigovCodeActionKinds.markReported))) {
      out.push({ kind: AigovCodeActionKinds.markReported, fix: markReported(ctx, inc.component, inc.index) });
    }
  } else if (asked(only, AigovCodeActionKinds.registerComponent)) {
    const kind = AigovCodeActionKinds.registerComponent;
    const fresh = registerComponentFix(ctx, 'aigov', path, { id: freshId(engine, path) }, true);
    // A new component is what "Register component" is for: the links are the alternatives.
    out.push({ kind, fix: fresh && { ...fresh, isPreferred: true } });
    const covering = new Set(engine.model.coverage(path).map((c) => c.id));
    const governing = engine.model.governing(path);
    const candidates = [...engine.model.components].filter((c) => !covering.has(c.id)).sort((a, b) => Number(b.registry === governing) - Number(a.registry === governing));
    for (const c of candidates.slice(0, MAX_LINKS)) out.push({ kind, fix: linkComponentFix(ctx, 'aigov', path, c.id) });
  }
  const opts = { documentChanges: server.caps.documentChanges, versionOf: (u: string) => server.versionOf(u) };
  return out
    .filter((x): x is { kind: string; fix: FixProposal } => x.fix !== undefined)
    .filter((x) => !x.fix.edits.some((e) => e.kind === 'create') || (server.caps.documentChanges && server.caps.createFiles))
    .flatMap(({ kind, fix }) => {
      const edit = toWorkspaceEdit(folder, fix.edits, opts);
      const open = openCreatedCommand(server.caps.showDocument, folder, fix, server.caps.locale);
      return edit ? [{ title: fix.title, kind, ...(fix.isPreferred ? { isPreferred: true } : {}), edit, ...(open ? { command: open } : {}) }] : [];
    });
}

/** A component id for a file: its name in kebab-case, made unique. */
function freshId(engine: Engine, path: string): string {
  const stem = basename(path).replace(/\.[^.]*$/, '');
  const base = toKebab(stem) || 'component';
  let id = base;
  for (let n = 2; engine.model.component(id); n++) id = `${base}-${n}`;
  return id;
}

function incidentAt(reg: ParsedRegistry, pos: Range['start']): { component: ComponentEntry; index: number } | undefined {
  for (const c of reg.components) {
    const list = c.data.incidents ?? [];
    for (let i = 0; i < list.length; i++) {
      if (contains(reg.locate(['components', c.index, 'incidents', i, 'id'], 'value'), pos)) return { component: c, index: i };
    }
  }
  return undefined;
}

function recordIncident(ctx: FixContext, engine: Engine, c: ComponentEntry): FixProposal | undefined {
  const text = ctx.textOf(c.registry.path);
  if (text === undefined) return undefined;
  const year = ctx.today.slice(0, 4);
  const taken = new Set(engine.model.components.flatMap((x) => (x.data.incidents ?? []).map((i) => i.id)));
  let n = 1;
  while (taken.has(`INC-${year}-${String(n).padStart(3, '0')}`)) n++;
  const incident = {
    id: `INC-${year}-${String(n).padStart(3, '0')}`,
    title: TEMPLATES[ctx.locale ?? 'en'].incidentTitle,
    detected: ctx.today,
    severity: 'serious',
    reported: null,
    authority: null,
    status: 'open',
  };
  const change = appendToSeq(text, ['components', c.index, 'incidents'], incident);
  if (!change) return undefined;
  return { title: fixTitle(ctx, 'fix.recordIncidentFor', { id: c.id }), code: 'aigov', safe: false, edits: [toFileEdit(c.registry.path, text, change)] };
}

function markReported(ctx: FixContext, c: ComponentEntry, index: number): FixProposal | undefined {
  const inc = c.data.incidents?.[index];
  const text = ctx.textOf(c.registry.path);
  if (!inc || inc.reported || text === undefined) return undefined;
  const change = replaceScalar(text, ['components', c.index, 'incidents', index, 'reported'], ctx.today);
  if (!change) return undefined;
  return { title: fixTitle(ctx, 'fix.markReportedOn', { id: inc.id, today: ctx.today }), code: 'aigov', safe: false, edits: [toFileEdit(c.registry.path, text, change)] };
}
