import { lstatSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { ui, uiText } from '../../core/i18n/ui.js';
import { normalizeRelative } from '../../core/paths.js';
import { shownPath } from '../../core/text/shown-path.js';
import { visible } from '../../core/text/visible.js';
import { WritePlanError, writePlan } from '../../node/safe-write.js';
import { type Io, localeOf, parse, resolveToday } from '../args.js';
import { planFixes } from '../fix-plan.js';
import { runEngines, stderrLogger } from './check.js';

/**
 * Applies the safe fixes of each folder's findings. Never overwrites an existing file, never writes
 * outside the folder (symlinks included), and writes all or nothing: the fixes are planned in
 * memory (a registry edit that would no longer parse is skipped), every target is checked, then
 * each file is written atomically. Exit 2 when a file cannot be written.
 */
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
  const dry = values['dry-run'] === true;
  const codes = new Set((values.code as string[] | undefined) ?? []);
  const { engines } = await runEngines(positionals.length ? positionals : ['.'], io, resolveToday(values.today), stderrLogger(io));
  let applied = 0;
  let skipped = 0;
  let failed = false;
  for (const { engine, root } of engines) {
    const shown = (file: string): string => visible(shownPath(path.relative(io.cwd, path.join(root, ...file.split('/'))) || '.'));
    const plan = await planFixes(
      engine,
      (f) => codes.size === 0 || codes.has(f.code),
      // A registry above the folder governs some of its files, but is not the folder's to edit: a
      // fix that would change or create a file out there is skipped, never planned.
      {
        exists: (file) => normalizeRelative(file) === undefined || lstatSync(path.join(root, ...file.split('/')), { throwIfNoEntry: false }) !== undefined,
        read: (file) => (normalizeRelative(file) === undefined ? undefined : readTextQuiet(path.join(root, ...file.split('/')))),
      },
      locale,
    );
    for (const s of plan.skipped) {
      const place = `${shown(s.finding.file)}:${s.finding.range.start.line + 1}`;
      const reason = s.reason.kind === 'unreadable' ? uiText('cli.fix.why.unreadable') : uiText(s.reason.kind === 'exists' ? 'cli.fix.why.exists' : 'cli.fix.why.wouldNotParse', { file: shown(s.reason.file) });
      io.stderr(`${ui(locale, 'cli.fix.skippedFix', { code: s.finding.code, place, title: visible(s.title), reason })}\n`);
    }
    skipped += plan.skipped.length;
    if (plan.applied.length === 0) continue;
    if (dry) {
      for (const [file, text] of plan.creates) io.stdout(createTwoFilesPatch('/dev/null', shown(file), '', text, '', '(new file)'));
      for (const [file, { before, after }] of plan.changes) io.stdout(createTwoFilesPatch(shown(file), shown(file), before, after));
    } else {
      try {
        // Checked whole (inside the folder, writable, new files absent), then written atomically.
        writePlan(root, {
          creates: new Map([...plan.creates].map(([f, t]) => [path.join(root, ...f.split('/')), t])),
          replaces: new Map([...plan.changes].map(([f, c]) => [path.join(root, ...f.split('/')), c.after])),
        });
      } catch (err) {
        if (!(err instanceof WritePlanError)) throw err;
        for (const p of err.problems) io.stderr(`${ui(locale, 'cli.fix.cannotWrite', { file: visible(path.relative(io.cwd, p.target) || p.target), reason: p.why, folder: shown('') })}\n`);
        failed = true;
        continue;
      }
    }
    applied += plan.applied.length;
    for (const a of plan.applied) {
      const what = `${a.finding.code} ${shown(a.finding.file)}:${a.finding.range.start.line + 1}: ${visible(a.title)}`;
      io.stderr(`${ui(locale, dry ? 'cli.fix.wouldFix' : 'cli.fix.fixed', { what })}\n`);
    }
  }
  const done = uiText(dry ? 'cli.fix.wouldApply' : 'cli.fix.applied', { count: applied });
  io.stderr(`${ui(locale, 'cli.fix.done', { applied: done, skipped: skipped ? uiText('cli.fix.skipped', { count: skipped }) : '' })}\n`);
  return failed ? 2 : 0;
}

function readTextQuiet(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

