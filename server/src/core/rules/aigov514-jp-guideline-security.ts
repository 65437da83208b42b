import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov514 = voluntary(
  obligationRule({
    code: 'AIGOV514',
    slug: 'jp-guideline-security',
    title: 'Security review',
    pack: JP_GUIDELINES_PACK,
    summary: 'No security review (security principle)',
    description:
      'The security principle of the AI Guidelines for Business (Part 2, principle 5) asks every role to protect AI systems against unauthorised manipulation, data leaks and attacks particular to AI. aigov asks for a linked security review (`security.review`). Voluntary; selecting the pack opts in.',
    citation: principle(5, 'security'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Review the system for AI-specific attacks (prompt injection, data poisoning, model theft) as well as the usual ones, and link the review as `security.review`.',
    appliesTo: jpGuidelinesScope,
    gaps: (c) => need(c, 'security.review', msg('AIGOV514.securityReview', { id: c.id })),
  }),
);
