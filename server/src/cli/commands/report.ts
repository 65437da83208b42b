import * as path from 'node:path';
import { buildReport } from '../../core/report/model.js';
import { renderHtml } from '../../core/report/html.js';
import { renderMarkdown } from '../../core/report/markdown.js';
import { ui } from '../../core/i18n/ui.js';
import { type Io, localeOf, oneOf, parse, resolveToday, usage, writeResult } from '../args.js';
import { toPosix } from '../results.js';
import { VERSION } from '../version.js';
import { runEngines, stderrLogger } from './check.js';

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ui(localeOf(io), 'help.report'));
    return 0;
  }
  if (positionals.length > 1) throw usage('cli.oneFolder', { command: 'report' });
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
    locale: localeOf(io),
  });
  const text = format === 'html' ? renderHtml(data) : renderMarkdown(data);
  await writeResult(io, output, text, (shown) => `${ui(localeOf(io), 'cli.report.wrote', { file: shown, count: data.totals.components })}\n`);
  return 0;
}
