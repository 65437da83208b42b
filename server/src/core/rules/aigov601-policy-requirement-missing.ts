import { policyApplies, policyCitation, policyMisses, requirementsOf } from './packs/policy.js';
import { msg } from '../i18n/format.js';
import type { RegistryRule } from './types.js';

export const aigov601: RegistryRule = {
  code: 'AIGOV601',
  slug: 'policy-requirement-missing',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: "A component lacks a field the organisation's policy requires",
  description:
    "`policy.require` holds the organisation's own rules, written without code: when a component matches `when` (dotted field → value or list of values), every path in `fields` must be present (`[]` means every item of a list; organisation defaults count for `owner` and `contacts.*`). Each missing field is a finding with the requirement's `message` and `severity`; `framework` and `article` labels become its citation, so an organisation can add its own framework. See docs/policy.md.",
  check(ctx) {
    const reg = ctx.registry;
    requirementsOf(reg).forEach((entry, index) => {
      const policyRange = reg.locate(['policy', 'require', index], 'value');
      const citation = policyCitation(entry);
      const cited = citation ? msg('AIGOV601.citation', { framework: citation.framework, article: citation.article }) : '';
      for (const c of reg.components) {
        if (!policyApplies(entry, c)) continue;
        for (const miss of policyMisses(entry, c)) {
          ctx.report({
            file: reg.path,
            range: reg.locate(miss.yamlPath, 'key'),
            messageId: 'AIGOV601.missing',
            args: { policy: entry.message.replace(/[.\s]+$/, ''), id: c.id, field: miss.field, citation: cited },
            ...(entry.severity ? { severity: entry.severity } : {}),
            ...(citation ? { citation } : {}),
            related: [{ file: reg.path, range: policyRange, messageId: 'AIGOV601.requiredBy' }],
            data: { id: c.id, field: miss.field, policy: entry.id ?? index },
          });
        }
      }
    });
  },
};
