import * as path from 'node:path';
import { buildReport } from '../../core/report/model.js';
import { renderHtml } from '../../core/report/html.js';
import { renderMarkdown } from '../../core/report/markdown.js';
import { oneOf, parse, resolveToday, UsageError, type Io, writeResult } from '../args.js';
import { toPosix } from '../results.js';
import { VERSION } from '../version.js';
import { runEngines, stderrLogger } from './check.js';
import type { Command } from '../command.js';

export const REPORT_HELP = `Usage: aigov report [dir] [options]

Writes the governance report of a folder (default: .): per component, framework coverage
(obligation × status), risk and assessment dates, contacts, registrations, incidents with their
deadlines, links to evidence, and findings.

Options:
  --format md|html      markdown (default) or one self-contained HTML file (default when --output ends in .html)
  --output FILE         write to FILE instead of standard output; links are made relative to it
  --today YYYY-MM-DD    the date statuses and deadlines are computed for (or AIGOV_TODAY)
`;

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('report takes one folder');
  const output = typeof values.output === 'string' ? path.resolve(io.cwd, values.output) : undefined;
  const format = oneOf('format', values.format, ['md', 'html'] as const, output?.toLowerCase().endsWith('.html') ? 'html' : 'md');
  const { engines } = await runEngines([positionals[0] ?? '.'], io, resolveToday(values.today), stderrLogger(io));
  const run = engines[0];
  if (!run) return 2;
  const { engine, root } = run;
  const base = output ? path.dirname(output) : io.cwd;
  const data = buildReport({
    model: engine.model,
    findings: engine.findings(),
    rules: engine.allRules,
    today: engine.today,
    workspace: path.basename(root),
    generator: `aigov ${VERSION}`,
    link: (p) => toPosix(path.relative(base, path.join(root, ...p.split('/')))) || '.',
  });
  const text = format === 'html' ? renderHtml(data) : renderMarkdown(data);
  await writeResult(io, output, text, (shown) => `Wrote ${shown} (${data.totals.components} component${data.totals.components === 1 ? '' : 's'}).\n`);
  return 0;
}

export const REPORT_COMMAND: Command = {
  name: 'report',
  usage: 'report [dir]',
  summary: 'governance report per component (md or self-contained html)',
  run: reportCommand,
};
