import { lstatSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../../core/engine.js';
import { starterComponents, starterTemplate } from '../../core/fixes/starter.js';
import { ui } from '../../core/i18n/ui.js';
import { NodeWorkspace } from '../../node/fs-workspace.js';
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
    io.stderr(`${ui(locale, 'cli.init.exists', { file: visible(shown) })}\n`);
    return 2;
  }
  // What detection finds in the folder (the same engine as `aigov check`) shapes the components;
  // a folder named through a symbolic link is read behind it, as `aigov check` reads it.
  let components: ReturnType<typeof starterComponents> = [];
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    const engine = new Engine(new NodeWorkspace(dir), { today });
    await engine.indexAll();
    components = starterComponents(engine.findings(), path.basename(dir));
  }
  // A new file only (never over anything, a dangling symlink included), written atomically; the
  // folder and the ones above it are made when missing. The folder is the user's to name.
  writePlan(path.parse(dir).root, { creates: new Map([[target, starterTemplate(components, today, locale)]]), replaces: new Map() });
  const found = components.length === 0 ? { id: 'cli.init.foundNone' as const } : { id: 'cli.init.found' as const, args: { count: components.length } };
  io.stdout(`${ui(locale, 'cli.init.created', { file: visible(shown), folder: visible(positionals[0] ?? '.'), found })}\n`);
  return 0;
}
