import { lstatSync } from 'node:fs';
import * as path from 'node:path';
import { starterTemplate } from '../../core/fixes/starter.js';
import { ui } from '../../core/i18n/ui.js';
import { type Io, localeOf, parse, resolveToday } from '../args.js';
import { todayIso } from '../../core/dates.js';
import { visible } from '../../core/text/visible.js';
import { writePlan } from '../../node/safe-write.js';

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  const locale = localeOf(io);
  if (values.help) {
    io.stdout(ui(locale, 'help.init'));
    return 0;
  }
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const target = path.join(dir, '.aigov.yaml');
  const shown = path.relative(io.cwd, target) || target;
  const today = resolveToday(values.today) ?? todayIso();
  if (lstatSync(target, { throwIfNoEntry: false })) {
    io.stderr(`${ui(locale, 'cli.init.exists', { file: visible(shown) })}
`);
    return 2;
  }
  // A new file only (never over anything, a dangling symlink included), written atomically; the
  // folder and the ones above it are made when missing. The folder is the user's to name.
  writePlan(path.parse(dir).root, { creates: new Map([[target, starterTemplate(path.basename(dir), today, locale)]]), replaces: new Map() });
  io.stdout(`${ui(locale, 'cli.init.created', { file: visible(shown), folder: visible(positionals[0] ?? '.') })}
`);
  return 0;
}
