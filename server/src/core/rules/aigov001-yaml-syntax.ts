import { msg } from '../i18n/format.js';
import type { RegistryRule } from './types.js';

export const aigov001: RegistryRule = {
  code: 'AIGOV001',
  slug: 'yaml-syntax',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'The registry file is not valid YAML',
  description:
    'A registry that does not parse governs nothing: its components, contacts and assessments are invisible to every other check until the syntax error is fixed. One mistake (a stray bracket, a lost quote) makes the parser stumble over every token after it, so only the first error is reported, with the number of errors the parser found after it; they usually go away with it. Which component covers the files it governs is unknown meanwhile, so AI use there is not reported as undeclared (AIGOV301–304); the editor keeps the coverage of the last parse without errors while you type.',
  check(ctx) {
    const [first, ...rest] = ctx.registry.syntaxErrors;
    if (!first) return;
    const more = rest.length;
    const detail = first.message.replace(/\.+$/, '');
    // Coverage findings of the files it governs are held back, or judged by its last good parse.
    const lastGood = ctx.model.standInFor(ctx.registry) !== undefined;
    const until = lastGood ? msg('AIGOV001.untilLastGood') : msg('AIGOV001.untilHeld');
    const place = { file: ctx.registry.path, range: first.range, data: { ...(first.data ?? {}), more, coverage: lastGood ? 'last-good' : 'held-back' } };
    if (more === 0) ctx.report({ ...place, messageId: 'AIGOV001.syntax', args: { detail, until } });
    else ctx.report({ ...place, messageId: 'AIGOV001.syntaxMore', args: { detail, more, until }, count: more });
  },
};
