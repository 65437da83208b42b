import { JP_GUIDELINES, JP_GUIDELINES_PACK, JP_GUIDELINES_V12_FROM, inJp } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, needTrue } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov518 = voluntary(
  obligationRule({
    code: 'AIGOV518',
    slug: 'jp-guideline-agents',
    title: 'AI agents: human confirmation and action logs',
    pack: JP_GUIDELINES_PACK,
    summary: 'An AI agent records no human confirmation step or action log (v1.2 agent items, unverified)',
    description:
      'Version 1.2 of the AI Guidelines for Business (31 Mar 2026) is reported (secondary, unverified) to add an AI-agent definition, human confirmation before agents act on external systems, least privilege, and agent action logs. Because the source is unverified, this rule reports at info level only and labels its findings unverified. It applies to components of kind `agent` and asks for `human_oversight.measures` (the confirmation step) and `logging.enabled: true` (action logs).',
    citation: { framework: JP_GUIDELINES, article: 'v1.2 AI-agent items (reported)', unverified: true },
    defaultSeverity: 'info',
    appliesFrom: JP_GUIDELINES_V12_FROM,
    howToFix: 'Describe the human confirmation step before the agent acts on external systems (and its privileges) in `human_oversight.measures`, and record `logging: { enabled: true }` for its action log.',
    appliesTo: (c) => inJp(c) && c.data.kind === 'agent',
    gaps: (c) => [
      ...need(c, 'human_oversight.measures', msg('AIGOV518.confirmation', { id: c.id })),
      ...needTrue(c, 'logging.enabled', msg('AIGOV518.actionLog', { id: c.id })),
    ],
  }),
);
