import type { Engine } from '../core/engine.js';
import type { FileEdit, Finding, FixProposal } from '../core/finding.js';
import { applyEdits } from '../core/fixes/yaml-edit.js';
import type { Locale } from '../core/i18n/messages.js';
import { isRegistryPath, ParsedRegistry } from '../core/manifest/registry.js';
import { compareRanges } from '../core/text/line-index.js';
import { SourceFile } from '../core/text/source-file.js';

type Replace = Extract<FileEdit, { kind: 'replace' }>;

/** Passes of fixes and re-analysis at most: each applies what does not collide, then looks again. */
const MAX_PASSES = 8;

interface FixPlan {
  /** New files: workspace path → text. */
  creates: Map<string, string>;
  /** Changed files: workspace path → text before and after. */
  changes: Map<string, { before: string; after: string }>;
  /** What was fixed, in order: the finding and the fix's title. */
  applied: { finding: Finding; title: string }[];
  /** Fixes left out, with why. */
  skipped: { finding: Finding; title: string; reason: SkipReason }[];
}

/** Why a fix is left out: a file it would create exists, the file it edits cannot be read, or a registry it edits would no longer parse. */
type SkipReason = { kind: 'exists'; file: string } | { kind: 'unreadable' } | { kind: 'wouldNotParse'; file: string };

function overlaps(a: Replace, b: Replace): boolean {
  return compareRanges({ start: a.range.start, end: a.range.start }, { start: b.range.end, end: b.range.end }) < 0 &&
    compareRanges({ start: b.range.start, end: b.range.start }, { start: a.range.end, end: a.range.end }) < 0;
}

function syntaxErrors(path: string, text: string): number {
  return new ParsedRegistry(new SourceFile(path, text)).syntaxErrors.length;
}

/**
 * The safe fixes of an indexed engine's findings, worked out in memory before anything is
 * written. Fixes that edit the same file are applied together when their edits do not overlap
 * and the registry still parses; otherwise one at a time, the engine re-reading the result in
 * between, so a later fix is computed against what the earlier one wrote (a key renamed first,
 * then the block under it, never a second key of the same name). Fixes of the registry's own
 * structure (codes below 100: misspelt keys) go first, in a pass of their own. A registry edit
 * after which the file no longer parses is never kept.
 *
 * `disk.exists(path)` says whether anything is at a path (a symlink too, even a dangling one): a
 * fix never creates over it. `disk.read` gives a file's text the engine does not hold. The engine
 * is updated with the planned texts. Templates are written in `locale`.
 */
export async function planFixes(engine: Engine, accept: (f: Finding) => boolean, disk: { exists(path: string): boolean; read(path: string): string | undefined }, locale?: Locale): Promise<FixPlan> {
  const plan: FixPlan = { creates: new Map(), changes: new Map(), applied: [], skipped: [] };
  const refused = new Set<string>();
  const textOf = (file: string): string | undefined => plan.changes.get(file)?.after ?? engine.factsOf(file)?.source?.text ?? disk.read(file);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates: { finding: Finding; fix: FixProposal }[] = [];
    for (const finding of engine.findings()) {
      if (!accept(finding)) continue;
      const fix = engine.fixesFor(finding, locale).find((p) => p.safe);
      if (!fix) continue;
      const key = `${finding.code}\u0000${finding.file}\u0000${fix.title}`;
      if (refused.has(key)) continue;
      candidates.push({ finding, fix });
    }
    const structural = candidates.filter((c) => Number(c.finding.code.slice(5)) < 100);
    const chosen: { finding: Finding; fix: FixProposal }[] = [];
    const edits = new Map<string, Replace[]>();
    const createdNow = new Map<string, string>();
    for (const c of structural.length > 0 ? structural : candidates) {
      const creates = c.fix.edits.filter((e): e is Extract<FileEdit, { kind: 'create' }> => e.kind === 'create');
      const replaces = c.fix.edits.filter((e): e is Replace => e.kind === 'replace');
      // A template planned already (by a fix that linked it) is the same fix seen again.
      if (creates.some((e) => plan.creates.get(e.file) === e.text) && replaces.length === 0) continue;
      // A file another fix of this pass creates: this one is computed again once it exists.
      if (creates.some((e) => createdNow.has(e.file))) continue;
      const taken = creates.find((e) => plan.creates.has(e.file) || disk.exists(e.file));
      if (taken) {
        plan.skipped.push({ finding: c.finding, title: c.fix.title, reason: { kind: 'exists', file: taken.file } });
        refused.add(`${c.finding.code}\u0000${c.finding.file}\u0000${c.fix.title}`);
        continue;
      }
      if (replaces.some((e) => textOf(e.file) === undefined)) {
        plan.skipped.push({ finding: c.finding, title: c.fix.title, reason: { kind: 'unreadable' } });
        refused.add(`${c.finding.code}\u0000${c.finding.file}\u0000${c.fix.title}`);
        continue;
      }
      // Overlapping edits wait for the next pass, computed again on the new text.
      if (replaces.some((e) => (edits.get(e.file) ?? []).some((o) => overlaps(o, e)))) continue;
      for (const e of replaces) edits.set(e.file, [...(edits.get(e.file) ?? []), e]);
      for (const e of creates) createdNow.set(e.file, e.text);
      chosen.push(c);
    }
    if (chosen.length === 0) break;
    // A registry that no longer parses with every edit of the pass takes one fix per pass.
    const start = new Map<string, string>();
    for (const file of edits.keys()) start.set(file, textOf(file) ?? '');
    const alone = new Set<string>();
    for (const [file, list] of edits) {
      if (!isRegistryPath(file)) continue;
      const before = start.get(file) ?? '';
      if (syntaxErrors(file, applyEdits(before, list)) > syntaxErrors(file, before)) alone.add(file);
    }
    const kept: { finding: Finding; fix: FixProposal }[] = [];
    const touched = new Set<string>();
    for (const c of chosen) {
      const replaces = c.fix.edits.filter((e): e is Replace => e.kind === 'replace');
      const files = [...new Set(replaces.map((e) => e.file))];
      if (files.some((f) => alone.has(f) && touched.has(f))) continue; // its turn comes in a later pass
      // Alone in its registry: kept only when the registry still parses after it.
      const broken = files.find((f) => alone.has(f) && syntaxErrors(f, applyEdits(start.get(f) ?? '', replaces.filter((e) => e.file === f))) > syntaxErrors(f, start.get(f) ?? ''));
      if (broken !== undefined) {
        plan.skipped.push({ finding: c.finding, title: c.fix.title, reason: { kind: 'wouldNotParse', file: broken } });
        refused.add(`${c.finding.code}\u0000${c.finding.file}\u0000${c.fix.title}`);
        continue;
      }
      for (const f of files) touched.add(f);
      kept.push(c);
    }
    // Every fix chosen in this pass was refused: the next pass chooses among the others.
    if (kept.length === 0) continue;
    // Every kept edit of a file is applied at once to the text the pass started from.
    const byFile = new Map<string, Replace[]>();
    for (const c of kept) {
      for (const e of c.fix.edits) if (e.kind === 'replace') byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
      for (const e of c.fix.edits) if (e.kind === 'create') plan.creates.set(e.file, e.text);
      plan.applied.push({ finding: c.finding, title: c.fix.title });
    }
    for (const [file, list] of byFile) {
      const before = start.get(file) ?? '';
      const after = applyEdits(before, list);
      plan.changes.set(file, { before: plan.changes.get(file)?.before ?? before, after });
      await engine.updateFile(file, after);
    }
    for (const c of kept) for (const e of c.fix.edits) if (e.kind === 'create') await engine.updateFile(e.file, e.text);
  }
  return plan;
}
