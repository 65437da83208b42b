import { requirementsOf, unknownFieldProblem } from './packs/policy.js';
import type { RegistryRule } from './types.js';

export const aigov602: RegistryRule = {
  code: 'AIGOV602',
  slug: 'policy-unknown-field',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A policy requirement names a field components do not have',
  description:
    'A path in `policy.require[].fields` or a key of `when` that is not a component field is never present (or never matches), so the requirement silently fails every component or none. Paths are dotted component fields such as `human_oversight.assignee` or `upstream_models[].license`; keys starting with `x-` are the organisation\'s own and are accepted.',
  check(ctx) {
    const reg = ctx.registry;
    requirementsOf(reg).forEach((entry, i) => {
      entry.fields.forEach((field, j) => {
        const p = unknownFieldProblem(field);
        if (p) ctx.report({ file: reg.path, range: reg.locate(['policy', 'require', i, 'fields', j], 'value'), messageId: 'AIGOV602.field', args: { field, problem: p }, data: { field } });
      });
      for (const key of Object.keys(entry.when ?? {})) {
        const p = unknownFieldProblem(key);
        if (p) ctx.report({ file: reg.path, range: reg.locate(['policy', 'require', i, 'when', key], 'key'), messageId: 'AIGOV602.condition', args: { key, problem: p }, data: { field: key } });
      }
    });
  },
};
