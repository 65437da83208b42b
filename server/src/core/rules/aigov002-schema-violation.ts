import { replaceText } from '../fixes/edits.js';
import type { RegistryRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov002: RegistryRule = {
  code: 'AIGOV002',
  slug: 'schema-violation',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'A registry value does not match the schema',
  description:
    'Values of the wrong type, unknown keys and misspelt enum values are not silently dropped: the check that relies on them would pass or fail for the wrong reason. Keys of your own start with `x-`.',
  check(ctx) {
    for (const p of ctx.registry.schemaProblems) {
      ctx.report({ file: ctx.registry.path, range: p.range, messageId: p.messageId, ...(p.args ? { args: p.args } : {}), data: { ...p.data } });
    }
  },
  fixes(finding, ctx) {
    const s = finding.data?.suggestion;
    if (typeof s !== 'string') return [];
    const kind = finding.data?.kind;
    const title = fixTitle(ctx, kind === 'unknown-key' ? 'fix.renameKey' : 'fix.changeTo', { value: s });
    return [{ title, code: finding.code, isPreferred: true, safe: true, edits: [replaceText(finding.file, finding.range, s)] }];
  },
};
