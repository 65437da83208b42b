import { crypto } from '../../node/lazy.js';
import * as path from 'node:path';
import { buildBom } from '../../core/bom/cyclonedx.js';
import { ui } from '../../core/i18n/ui.js';
import { visible } from '../../core/text/visible.js';
import { type Io, localeOf, parse, resolveToday, usage, writeResult } from '../args.js';
import { VERSION } from '../version.js';
import { runEngines, stderrLogger } from './check.js';

export async function bomCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    'random-serial': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ui(localeOf(io), 'help.bom'));
    return 0;
  }
  if (positionals.length > 1) throw usage('cli.oneFolder', { command: 'bom' });
  const { engines } = await runEngines([positionals[0] ?? '.'], io, resolveToday(values.today), stderrLogger(io));
  const run = engines[0];
  if (!run) return 2;
  const above = run.engine.model.above.map((r) => r.path);
  if (above.length > 0) stderrLogger(io).warn(ui(localeOf(io), 'cli.bom.governedFrom', { list: above.map(visible).join(', ') }));
  const bom = buildBom({
    model: run.engine.model,
    today: run.engine.today,
    workspace: path.basename(run.root),
    toolVersion: VERSION,
    locale: localeOf(io),
    ...(values['random-serial'] ? { serialNumber: `urn:uuid:${crypto().randomUUID()}` } : {}),
  });
  const text = `${JSON.stringify(bom, null, 2)}\n`;
  await writeResult(io, typeof values.output === 'string' ? values.output : undefined, text, (shown) => `${ui(localeOf(io), 'cli.bom.wrote', { file: shown })}\n`);
  return 0;
}
