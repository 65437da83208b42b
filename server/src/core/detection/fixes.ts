/**
 * Quick-fixes for the detection findings (AIGOV301–304). They read only the finding's data and
 * the fix context, and edit registries through the `yaml` Document API so the user's comments,
 * order and blank lines survive.
 *
 * - Register new component: an entry built from the evidence (kind, provider as
 *   `upstream_models`, `paths`), plus `@aigov <id>` when the file has comments.
 * - Link to existing component X: `@aigov X` at the top of the file, or — for files without
 *   comments (notebooks, manifests, model files) — the file added to X's `paths`; a vendor that
 *   X does not name yet is added to its `upstream_models`.
 */
import { commentFor } from '../fixes/comments.js';
import { linkComponentFix, registerComponentFix, type NewComponent } from '../fixes/register.js';
import { appendToSeq, applyChange, type TextChange } from '../fixes/yaml-edit.js';
import type { FileEdit, Finding, FixProposal } from '../finding.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { relativeTo } from '../paths.js';
import { type FixContext, fixTitle } from '../fixes/context.js';
import { LineIndex } from '../text/line-index.js';
import { linkCandidates, mentionsProvider } from './reconcile.js';
import { pushAll } from '../arrays.js';

/** What the detection rules put in `finding.data` for their fixes. */
interface DetectionFixData {
  library: string;
  provider: string;
  kind?: string;
  vendor?: boolean;
  suggestedId?: string;
}

function fixData(f: Finding): DetectionFixData | undefined {
  const d = f.data;
  if (!d || typeof d.library !== 'string' || typeof d.provider !== 'string') return undefined;
  const out: DetectionFixData = { library: d.library, provider: d.provider };
  if (typeof d.kind === 'string') out.kind = d.kind;
  if (d.vendor === true) out.vendor = true;
  if (typeof d.suggestedId === 'string') out.suggestedId = d.suggestedId;
  return out;
}

/** A single replace edit turning `before` into `after` (common prefix and suffix kept). */
function diffEdit(file: string, before: string, after: string): FileEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const index = new LineIndex(before);
  return { kind: 'replace', file, range: index.rangeOf({ start: p, end: before.length - s }), newText: after.slice(p, after.length - s) };
}

type Change = (text: string) => TextChange | undefined;

/** Applies registry changes one after the other; undefined when any cannot be made. */
function registryEdit(ctx: FixContext, c: ComponentEntry, changes: readonly Change[]): FileEdit | undefined {
  const path = c.registry.path;
  const before = ctx.textOf(path);
  if (before === undefined) return undefined;
  let text = before;
  for (const change of changes) {
    const ch = change(text);
    if (!ch) return undefined;
    text = applyChange(text, ch);
  }
  return text === before ? undefined : diffEdit(path, before, text);
}

const addPath = (c: ComponentEntry, file: string): Change => (text) => appendToSeq(text, ['components', c.index, 'paths'], relativeTo(c.registry.dir, file));
const addProvider = (c: ComponentEntry, provider: string): Change => (text) => appendToSeq(text, ['components', c.index, 'upstream_models'], { provider });

/**
 * "Register new component": only the kind and provider the evidence shows, and the file linked
 * once: by an `@aigov` annotation where the file has comments, else by `paths`.
 */
function registerFix(f: Finding, ctx: FixContext, byPath = false): FixProposal | undefined {
  const data = fixData(f);
  if (!data) return undefined;
  const id = data.suggestedId && !ctx.model.component(data.suggestedId) ? data.suggestedId : uniqueId(ctx, data.suggestedId ?? 'ai-component');
  const annotate = !byPath && commentFor(f.file, '') !== undefined;
  const n: NewComponent = { id, ...(annotate ? {} : { paths: [f.file] }) };
  if (data.kind) n.kind = data.kind;
  if (data.vendor) n.upstream_models = [{ provider: data.provider }];
  return registerComponentFix(ctx, f.code, f.file, n, annotate);
}

function uniqueId(ctx: FixContext, id: string): string {
  if (!ctx.model.component(id)) return id;
  for (let n = 2; ; n++) if (!ctx.model.component(`${id}-${n}`)) return `${id}-${n}`;
}

/** "Link to existing component X" for the likely components of the governing registry. */
function linkFixes(f: Finding, ctx: FixContext, byPath = false): FixProposal[] {
  const data = fixData(f);
  if (!data) return [];
  const out: FixProposal[] = [];
  const annotate = !byPath && commentFor(f.file, '') !== undefined;
  for (const c of linkCandidates(ctx.model.governing(f.file), f.file, data.vendor ? data.provider : undefined, data.kind)) {
    const needsProvider = data.vendor === true && !mentionsProvider(c, data.provider);
    const changes: Change[] = [];
    if (!annotate) changes.push(addPath(c, f.file));
    if (needsProvider) changes.push(addProvider(c, data.provider));
    const edits: FileEdit[] = [];
    if (annotate) {
      const link = linkComponentFix(ctx, f.code, f.file, c.id);
      if (!link) continue;
      pushAll(edits, link.edits);
    }
    if (changes.length > 0) {
      const reg = registryEdit(ctx, c, changes);
      if (!reg) continue;
      edits.push(reg);
    }
    const id = annotate ? (needsProvider ? 'fix.linkProvider' : 'fix.link') : needsProvider ? 'fix.linkPathsProvider' : 'fix.linkPaths';
    out.push({ title: fixTitle(ctx, id, { id: c.id, provider: data.provider }), code: f.code, safe: false, edits });
  }
  return out;
}

/** AIGOV303: add the provider to `upstream_models` of each covering component named in the data. */
export function addProviderFixes(f: Finding, ctx: FixContext): FixProposal[] {
  const data = fixData(f);
  const ids = f.data?.components;
  if (!data || !Array.isArray(ids)) return [];
  const out: FixProposal[] = [];
  for (const id of ids.slice(0, 3)) {
    const c = typeof id === 'string' ? ctx.model.component(id) : undefined;
    if (!c) continue;
    const edit = registryEdit(ctx, c, [addProvider(c, data.provider)]);
    if (edit) out.push({ title: fixTitle(ctx, 'fix.addProvider', { provider: data.provider, id: c.id }), code: f.code, isPreferred: out.length === 0, safe: false, edits: [edit] });
  }
  return out;
}

/** Register, then link: the fixes of AIGOV301, 302 and 304. */
export function detectionFixes(f: Finding, ctx: FixContext, byPath = false): FixProposal[] {
  const out: FixProposal[] = [];
  const reg = registerFix(f, ctx, byPath);
  if (reg) out.push(reg);
  pushAll(out, linkFixes(f, ctx, byPath));
  return out;
}
