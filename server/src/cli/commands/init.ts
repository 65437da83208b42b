import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { starterTemplate } from '../../core/fixes/starter.js';
import { parse, resolveToday, type Io } from '../args.js';
import { todayIso } from '../../core/dates.js';

export const INIT_HELP = `Usage: aigov init [dir] [--today YYYY-MM-DD]

Writes a commented starter .aigov.yaml into dir (default: .). Never overwrites an existing file.
`;

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const target = path.join(dir, '.aigov.yaml');
  const today = resolveToday(values.today) ?? todayIso();
  await fs.mkdir(dir, { recursive: true });
  try {
    // 'wx' fails when the file exists: never overwrite.
    await fs.writeFile(target, starterTemplate(path.basename(dir), today), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`aigov: ${path.relative(io.cwd, target) || target} already exists; nothing was changed.\n`);
      return 2;
    }
    throw err;
  }
  io.stdout(`Created ${path.relative(io.cwd, target) || target}. Edit it, then run: aigov check ${positionals[0] ?? '.'}\n`);
  return 0;
}
