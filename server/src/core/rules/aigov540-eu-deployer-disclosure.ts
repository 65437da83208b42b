import { EU_GENERAL_FROM, EU_PACK, euCitation, inEu } from './packs/eu.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { capability, declaresRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';
import { pushAll } from '../arrays.js';

const has = (c: Parameters<typeof capability>[0], cap: string): boolean => capability(c, cap, false).has;

export const aigov540 = obligationRule({
  code: 'AIGOV540',
  slug: 'eu-deployer-disclosure',
  title: 'Deployer disclosure (emotion, biometrics, deepfakes)',
  pack: EU_PACK,
  summary: 'A deployer does not disclose emotion recognition, biometric categorisation or deepfakes',
  description:
    'Deployers of emotion-recognition or biometric-categorisation systems inform the people exposed to them; deployers of systems that produce deepfakes, or text published to inform the public on matters of public interest, disclose that the content is artificially generated or manipulated (EU AI Act Art 50(3)–(4)). The rule applies to deployer components that declare one of these `capabilities` and asks for `transparency.user_notice` or `transparency.deepfake_disclosure`. Art 50 applies from 2 Aug 2026.',
  citation: euCitation('Art 50(3)–(4)'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  howToFix: 'Link the notice shown to exposed people as `transparency.user_notice`, and the disclosure used on generated or manipulated content as `transparency.deepfake_disclosure`.',
  appliesTo: (c) =>
    inEu(c) &&
    declaresRole(c, 'deployer') &&
    ['emotion-recognition', 'biometric-categorisation', 'deepfakes', 'public-interest-text'].some((cap) => has(c, cap)),
  gaps: (c) => {
    const out: Gap[] = [];
    if (has(c, 'emotion-recognition') || has(c, 'biometric-categorisation')) {
      pushAll(out, need(c, 'transparency.user_notice', msg('AIGOV540.notice', { id: c.id })));
    }
    if (has(c, 'deepfakes') || has(c, 'public-interest-text')) {
      pushAll(out, need(c, 'transparency.deepfake_disclosure', msg('AIGOV540.disclosure', { id: c.id })));
    }
    return out;
  },
});
