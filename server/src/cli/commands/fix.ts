import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { FileEdit } from '../../core/finding.js';
import { applyEdits } from '../../core/fixes/yaml-edit.js';
import { ui, uiText } from '../../core/i18n/ui.js';
import { type Io, localeOf, parse, resolveToday } from '../args.js';
import { runEngines, stderrLogger } from './check.js';
import { compareRanges } from '../../core/text/line-index.js';

function overlaps(a: Extract<FileEdit, { kind: 'replace' }>, b: Extract<FileEdit, { kind: 'replace' }>): boolean {
  return compareRanges({ start: a.range.start, end: a.range.start }, { start: b.range.end, end: b.range.end }) < 0 &&
    compareRanges({ start: b.range.start, end: b.range.start }, { start: a.range.end, end: a.range.end }) < 0;
}

export async function fixCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    code: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const locale = localeOf(io);
  if (values.help) {
    io.stdout(ui(locale, 'help.fix'));
    return 0;
  }
  const codes = new Set((values.code as string[] | undefined) ?? []);
  const { engines } = await runEngines(positionals.length ? positionals : ['.'], io, resolveToday(values.today), stderrLogger(io));
  let applied = 0;
  let skipped = 0;
  for (const { engine, root } of engines) {
    const replaces = new Map<string, Extract<FileEdit, { kind: 'replace' }>[]>();
    const creates = new Map<string, string>();
    const titles: string[] = [];
    for (const f of engine.findings()) {
      if (codes.size > 0 && !codes.has(f.code)) continue;
      const fix = engine.fixesFor(f, locale).find((p) => p.safe);
      if (!fix) continue;
      const conflict = fix.edits.some((e) =>
        e.kind === 'create' ? creates.has(e.file) : (replaces.get(e.file) ?? []).some((o) => overlaps(o, e)),
      );
      if (conflict) {
        skipped++;
        continue;
      }
      for (const e of fix.edits) {
        if (e.kind === 'create') creates.set(e.file, e.text);
        else replaces.set(e.file, [...(replaces.get(e.file) ?? []), e]);
      }
      titles.push(`${f.code} ${path.relative(io.cwd, path.join(root, f.file))}:${f.range.start.line + 1}: ${fix.title}`);
    }
    for (const [file, text] of creates) {
      const abs = path.join(root, file);
      const rel = path.relative(io.cwd, abs);
      if (await fs.stat(abs).then(() => true, () => false)) {
        io.stderr(`${ui(locale, 'cli.fix.exists', { file: rel })}\n`);
        skipped++;
        continue;
      }
      if (values['dry-run']) {
        io.stdout(createTwoFilesPatch('/dev/null', rel, '', text, '', '(new file)'));
      } else {
        await fs.mkdir(path.dirname(abs), { recursive: true });
        await fs.writeFile(abs, text, { flag: 'wx' });
      }
      applied++;
    }
    for (const [file, edits] of replaces) {
      const abs = path.join(root, file);
      const rel = path.relative(io.cwd, abs);
      const before = await fs.readFile(abs, 'utf8').catch(() => undefined);
      if (before === undefined) {
        skipped += edits.length;
        continue;
      }
      const after = applyEdits(before, edits);
      if (values['dry-run']) io.stdout(createTwoFilesPatch(rel, rel, before, after));
      else await fs.writeFile(abs, after);
      applied += edits.length;
    }
    for (const t of titles) io.stderr(`${ui(locale, values['dry-run'] ? 'cli.fix.wouldFix' : 'cli.fix.fixed', { what: t })}\n`);
  }
  const done = uiText(values['dry-run'] ? 'cli.fix.wouldApply' : 'cli.fix.applied', { count: applied });
  io.stderr(`${ui(locale, 'cli.fix.done', { applied: done, skipped: skipped ? uiText('cli.fix.skipped', { count: skipped }) : '' })}\n`);
  return 0;
}
