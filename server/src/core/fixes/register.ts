import type { FileEdit, FixProposal } from '../finding.js';
import { REGISTRY_FILENAMES } from '../manifest/registry.js';
import { joinPath, relativeTo } from '../paths.js';
import { type FixContext, fixTitle } from './context.js';
import { LineIndex } from '../text/line-index.js';
import { commentFor, eolOf, headerInsertLine } from './comments.js';
import { appendToSeq, toFileEdit } from './yaml-edit.js';
import { yaml } from '../manifest/yaml-lib.js';

export interface NewComponent {
  id: string;
  name?: string;
  kind?: string;
  intended_purpose?: string;
  /** Workspace-relative paths the component covers (made relative to the registry). */
  paths?: string[];
  upstream_models?: { provider: string; name?: string }[];
}

/** Builds the registry entry: only what is known, plus the fields the core checks ask for. */
function entryFor(n: NewComponent, registryDir: string): Record<string, unknown> {
  const e: Record<string, unknown> = { id: n.id };
  if (n.name) e.name = n.name;
  if (n.kind) e.kind = n.kind;
  if (n.intended_purpose) e.intended_purpose = n.intended_purpose;
  if (n.paths?.length) e.paths = n.paths.map((p) => relativeTo(registryDir, p));
  if (n.upstream_models?.length) e.upstream_models = n.upstream_models;
  e.risk = { level: 'unassessed' };
  return e;
}

/** A starter registry for a folder that has none. */
function starterRegistry(entries: Record<string, unknown>[] = []): string {
  const head = [
    '# AI components of this repository, checked by aigov.',
    'version: 1',
    '',
  ].join('\n');
  const body = yaml().stringify({ components: entries }, { lineWidth: 0 });
  return `${head}\n${body}`;
}

/**
 * "Register new component": appends an entry to the registry governing `file` (creating a
 * `.aigov.yaml` at the workspace root when none governs it) and, when `annotate` is set, puts
 * `@aigov <id>` at the top of the file.
 */
export function registerComponentFix(ctx: FixContext, code: string, file: string, n: NewComponent, annotate: boolean): FixProposal | undefined {
  const edits: FileEdit[] = [];
  const reg = ctx.model.governing(file);
  if (reg) {
    const text = ctx.textOf(reg.path);
    if (text === undefined) return undefined;
    const change = appendToSeq(text, ['components'], entryFor(n, reg.dir));
    if (!change) return undefined;
    edits.push(toFileEdit(reg.path, text, change));
  } else {
    const target = joinPath('', REGISTRY_FILENAMES[0]);
    if (ctx.exists(target)) return undefined;
    edits.push({ kind: 'create', file: target, text: starterRegistry([entryFor(n, '')]) });
  }
  if (annotate) {
    const text = ctx.textOf(file);
    const comment = commentFor(file, `@aigov ${n.id}`);
    if (text === undefined || !comment) return undefined;
    const line = headerInsertLine(text);
    const index = new LineIndex(text);
    const pos = index.positionAt(index.lineStart(line));
    edits.push({ kind: 'replace', file, range: { start: pos, end: pos }, newText: `${comment}${eolOf(text)}` });
  }
  return {
    title: reg ? fixTitle(ctx, 'fix.registerIn', { id: n.id, registry: reg.path }) : fixTitle(ctx, 'fix.registerNew', { id: n.id }),
    code,
    safe: false,
    edits,
  };
}

/** "Link to existing component": insert `@aigov <id>` at the top of the file. */
export function linkComponentFix(ctx: FixContext, code: string, file: string, id: string): FixProposal | undefined {
  const text = ctx.textOf(file);
  const comment = commentFor(file, `@aigov ${id}`);
  if (text === undefined || !comment) return undefined;
  const index = new LineIndex(text);
  const pos = index.positionAt(index.lineStart(headerInsertLine(text)));
  return {
    title: fixTitle(ctx, 'fix.link', { id }),
    code,
    safe: false,
    edits: [{ kind: 'replace', file, range: { start: pos, end: pos }, newText: `${comment}${eolOf(text)}` }],
  };
}
