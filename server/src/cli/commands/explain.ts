import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../core/rules/index.js';
import { docsUrl } from '../../core/docs.js';
import { parse, UsageError, type Io } from '../args.js';
import { suggest } from '../../core/suggest.js';

export const EXPLAIN_HELP = `Usage: aigov explain AIGOVnnn | --list

Prints what a finding means, why it matters and how to fix it.
`;

/** The docs page, from the docs folder shipped beside the bundle (dist/../docs) or the source tree. */
async function docsPage(code: string): Promise<string | undefined> {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const text = await fs.readFile(path.join(dir, 'docs', 'rules', `${code}.md`), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
    dir = path.dirname(dir);
  }
  return undefined;
}

export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (values.list) {
    for (const r of ALL_RULES) io.stdout(`${r.code}  ${r.defaultSeverity.padEnd(7)}  ${r.pack.padEnd(20)}  ${r.slug}: ${r.summary}\n`);
    return 0;
  }
  const raw = positionals[0];
  if (!raw) throw new UsageError('explain needs a code, e.g. aigov explain AIGOV101');
  const code = /^\d{3}$/.test(raw) ? `AIGOV${raw}` : raw.toUpperCase();
  const rule = ALL_RULES.find((r) => r.code === code || r.slug === raw);
  if (!rule) {
    const s = suggest(code, ALL_RULES.map((r) => r.code));
    throw new UsageError(`no finding has the code '${raw}'.${s ? ` Did you mean ${s}?` : ''} See aigov explain --list.`);
  }
  const page = await docsPage(rule.code);
  if (page) {
    io.stdout(page.endsWith('\n') ? page : `${page}\n`);
  } else {
    io.stdout(`${rule.code} ${rule.slug} (${rule.defaultSeverity}, pack ${rule.pack})\n\n${rule.summary}.\n\n${rule.description}\n`);
  }
  if (rule.citation) io.stdout(`\nCitation: ${rule.citation.framework} ${rule.citation.article}${rule.citation.unverified ? ' (unverified)' : ''}\n`);
  io.stdout(`\nDocumentation: ${docsUrl(rule.code)}\n`);
  return 0;
}
