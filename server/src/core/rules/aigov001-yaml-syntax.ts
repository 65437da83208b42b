import type { RegistryRule } from './types.js';

export const aigov001: RegistryRule = {
  code: 'AIGOV001',
  slug: 'yaml-syntax',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'The registry file is not valid YAML',
  description:
    'A registry that does not parse governs nothing: its components, contacts and assessments are invisible to every other check until the syntax error is fixed.',
  check(ctx) {
    for (const e of ctx.registry.syntaxErrors) {
      ctx.report({ file: ctx.registry.path, range: e.range, messageId: 'AIGOV001.syntax', args: { detail: e.message }, ...(e.data ? { data: e.data } : {}) });
    }
  },
};
