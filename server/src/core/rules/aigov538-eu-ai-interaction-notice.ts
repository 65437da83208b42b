import { EU_GENERAL_FROM, EU_PACK, euCitation, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { capability, hasRole, need, presumedNote } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov538 = obligationRule({
  code: 'AIGOV538',
  slug: 'eu-ai-interaction-notice',
  title: 'People told they interact with AI',
  pack: EU_PACK,
  summary: 'People are not told that they are interacting with an AI system',
  description:
    'Providers design systems that interact directly with natural persons so that those persons are informed they are dealing with an AI system, at the latest at the first interaction (EU AI Act Art 50(1), 50(5)). The rule applies to provider components with the capability `interacts-with-people` (presumed for kinds `llm-app` and `agent` when `capabilities` is not declared) and asks for `transparency.user_notice`. Art 50 applies from 2 Aug 2026.',
  citation: euCitation('Art 50(1)'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  howToFix: 'Show a notice at the first interaction and link its text as `transparency.user_notice`. If the system does not talk to people, declare `capabilities` without `interacts-with-people`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && capability(c, 'interacts-with-people').has,
  gaps: (c) =>
    need(
      c,
      'transparency.user_notice',
      msg('AIGOV538.notice', { id: c.id, presumed: presumedNote(c, capability(c, 'interacts-with-people')) }),
    ),
});
