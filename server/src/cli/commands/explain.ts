import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../core/rules/index.js';
import { DOCS_BASE_URL } from '../../core/docs.js';
import { localizedSummary, type Locale } from '../../core/i18n/messages.js';
import { ui, uiText } from '../../core/i18n/ui.js';
import { type Io, localeOf, parse, usage } from '../args.js';
import { suggest } from '../../core/suggest.js';

/** Where a rule's page is, below the docs folder: `rules/<CODE>.md`, Japanese pages in `rules/ja/`. */
function pagePath(code: string, locale: Locale): string[] {
  return locale === 'en' ? ['rules', `${code}.md`] : ['rules', locale, `${code}.md`];
}

/** The docs page, from the docs folder shipped beside the bundle (dist/../docs) or the source tree. */
async function docsPage(code: string, locale: Locale): Promise<string | undefined> {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const text = await fs.readFile(path.join(dir, 'docs', ...pagePath(code, locale)), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
    dir = path.dirname(dir);
  }
  return undefined;
}

export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  const locale = localeOf(io);
  if (values.help) {
    io.stdout(ui(locale, 'help.explain'));
    return 0;
  }
  if (values.list) {
    for (const r of ALL_RULES) io.stdout(`${r.code}  ${r.defaultSeverity.padEnd(7)}  ${r.pack.padEnd(20)}  ${r.slug}: ${localizedSummary(r.code, r.summary, locale)}\n`);
    return 0;
  }
  const raw = positionals[0];
  if (!raw) throw usage('cli.explain.needsCode');
  const code = /^\d{3}$/.test(raw) ? `AIGOV${raw}` : raw.toUpperCase();
  const rule = ALL_RULES.find((r) => r.code === code || r.slug === raw);
  if (!rule) {
    const s = suggest(code, ALL_RULES.map((r) => r.code));
    throw usage('cli.explain.unknown', { code: raw, didYouMean: s ? uiText('cli.explain.didYouMean', { suggestion: s }) : '' });
  }
  const page = await docsPage(rule.code, locale);
  if (page) {
    io.stdout(page.endsWith('\n') ? page : `${page}\n`);
  } else {
    const summary = localizedSummary(rule.code, rule.summary, locale);
    io.stdout(ui(locale, 'cli.explain.fallback', { code: rule.code, slug: rule.slug, severity: ui(locale, `cli.severity.${rule.defaultSeverity}`), pack: rule.pack, summary, description: rule.description }));
  }
  const c = rule.citation;
  if (c) io.stdout(`\n${ui(locale, 'cli.explain.citation', { citation: `${c.framework} ${c.article}${c.unverified ? ui(locale, 'cli.unverified') : ''}` })}\n`);
  io.stdout(`\n${ui(locale, 'cli.explain.documentation', { url: `${DOCS_BASE_URL}${pagePath(rule.code, locale).slice(1).join('/')}` })}\n`);
  return 0;
}
