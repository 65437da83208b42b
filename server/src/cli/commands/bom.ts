import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { buildBom } from '../../core/bom/cyclonedx.js';
import { parse, resolveToday, UsageError, type Io, writeResult } from '../args.js';
import { VERSION } from '../version.js';
import { runEngines, stderrLogger } from './check.js';
import type { Command } from '../command.js';

export const BOM_HELP = `Usage: aigov bom [dir] [options]

Writes the AI bill of materials of a folder (default: .) as CycloneDX 1.6 JSON: each registered
component with its model card, the upstream models and data sets it depends on, and the
dependency graph. The output is reproducible: the timestamp is the --today date and the serial
number is derived from the content.

Options:
  --output FILE         write to FILE instead of standard output
  --today YYYY-MM-DD    the BOM's date (or AIGOV_TODAY)
  --random-serial       use a random serial number (a new BOM identity on every run)
`;

export async function bomCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    'random-serial': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(BOM_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('bom takes one folder');
  const { engines } = await runEngines([positionals[0] ?? '.'], io, resolveToday(values.today), stderrLogger(io));
  const run = engines[0];
  if (!run) return 2;
  const bom = buildBom({
    model: run.engine.model,
    today: run.engine.today,
    workspace: path.basename(run.root),
    toolVersion: VERSION,
    ...(values['random-serial'] ? { serialNumber: `urn:uuid:${randomUUID()}` } : {}),
  });
  const text = `${JSON.stringify(bom, null, 2)}\n`;
  await writeResult(io, typeof values.output === 'string' ? values.output : undefined, text, (shown) => `Wrote ${shown}.\n`);
  return 0;
}

export const BOM_COMMAND: Command = {
  name: 'bom',
  usage: 'bom [dir]',
  summary: 'AI bill of materials (CycloneDX 1.6 JSON)',
  run: bomCommand,
};
