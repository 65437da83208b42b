import type { RegistryRule } from './types.js';

export const aigov004: RegistryRule = {
  code: 'AIGOV004',
  slug: 'unknown-version',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'The registry has no version, or one this aigov does not know',
  description:
    'The `version` key says which schema the file follows, so that later schema versions can change meaning safely. aigov understands `version: 1`.',
  check(ctx) {
    const reg = ctx.registry;
    if (reg.syntaxErrors.length > 0 || !reg.doc) return;
    const raw = reg.raw as Record<string, unknown> | null | undefined;
    if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) return;
    const v = raw?.version;
    if (v === undefined || v === null) {
      ctx.report({ file: reg.path, range: reg.locate(['version']), messageId: 'AIGOV004.missing', data: { missing: true } });
    } else if (typeof v === 'string' && v.trim() === '1') {
      // Version 1 written as text: AIGOV002 says so and offers to drop the quotes.
      return;
    } else if (v !== 1) {
      ctx.report({ file: reg.path, range: reg.locate(['version'], 'value'), messageId: 'AIGOV004.unknown', args: { version: String(v) }, data: { version: String(v) } });
    }
  },
};
