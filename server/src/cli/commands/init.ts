import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { starterTemplate } from '../../core/fixes/starter.js';
import { ui } from '../../core/i18n/ui.js';
import { type Io, localeOf, parse, resolveToday } from '../args.js';
import { todayIso } from '../../core/dates.js';

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  const locale = localeOf(io);
  if (values.help) {
    io.stdout(ui(locale, 'help.init'));
    return 0;
  }
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const target = path.join(dir, '.aigov.yaml');
  const today = resolveToday(values.today) ?? todayIso();
  await fs.mkdir(dir, { recursive: true });
  try {
    // 'wx' fails when the file exists: never overwrite.
    await fs.writeFile(target, starterTemplate(path.basename(dir), today, locale), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`${ui(locale, 'cli.init.exists', { file: path.relative(io.cwd, target) || target })}\n`);
      return 2;
    }
    throw err;
  }
  io.stdout(`${ui(locale, 'cli.init.created', { file: path.relative(io.cwd, target) || target, folder: positionals[0] ?? '.' })}\n`);
  return 0;
}
